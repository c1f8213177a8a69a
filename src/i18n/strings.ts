// The typed strings every element shows. English is the fallback for anything a locale lacks;
// `{placeholders}` are filled by `format()`.

export interface NewsStrings {
  all: string;
  categoriesLabel: string;
  articlesLabel: string;
  loading: string;
  empty: string;
  emptyCategory: string;
  retry: string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  page: string;
  currentPage: string;
  category: string;
  author: string;
  source: string;
  publishedAt: string;
  updatedAt: string;
  backToList: string;
  previousArticle: string;
  nextArticle: string;
  attachments: string;
  download: string;
  video: string;
  noArticle: string;
  tableRegion: string;
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: string;
  errorParse: string;
  errorShape: string;
  errorNotFound: string;
}

/** Fills `{name}` placeholders; unknown ones are left as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
