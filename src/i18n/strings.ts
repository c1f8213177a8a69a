// The typed strings every element shows. English is the fallback for anything a locale lacks;
// `{placeholders}` are filled by `format()`.

/** A message that depends on a count, by CLDR plural category (`other` is required). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface NewsStrings {
  all: string;
  categoriesLabel: string;
  articlesLabel: string;
  loading: string;
  /** Announced when a page of a list has arrived: `{from}`, `{to}`, `{total}`. */
  listSummary: Plural;
  /** The same within a category: also `{category}`. */
  listSummaryCategory: Plural;
  /** When the total is unknown: `{from}`, `{to}`, `{category}`. */
  listSummaryOpen: string;
  empty: string;
  emptyCategory: string;
  retry: string;
  /** Before the error message, over data kept on screen because refreshing it failed. */
  staleNotice: string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  /** The button of `paging="load-more"`. */
  loadMore: string;
  page: string;
  currentPage: string;
  category: string;
  author: string;
  source: string;
  publishedAt: string;
  /** A field's label in the article's details: `{label}` and its punctuation ("Author:", "作者："). */
  fieldLabel: string;
  updatedAt: string;
  backToList: string;
  previousArticle: string;
  nextArticle: string;
  attachments: string;
  download: string;
  video: string;
  noArticle: string;
  tableRegion: string;
  /** Stands in for the title of an article that has none (and nothing that could stand in). */
  untitled: string;
  errorNetwork: string;
  /** A file of the widget itself (beside the script-tag bundle) could not be loaded. */
  errorScript: string;
  errorTimeout: string;
  errorHttp: string;
  errorParse: string;
  errorShape: string;
  errorNotFound: string;
  /** An article the server refuses to show (401, 403): it is not public, and trying again will not help. */
  errorNotPublic: string;
  /** The server's own words for the failure: `{message}`. */
  errorServer: string;
  /** The same with a status code: `{message}`, `{status}`. */
  errorServerStatus: string;
  /** The page itself is set up wrong (a Trusted Types policy it does not allow…): `{detail}`. */
  errorConfig: string;
  /** A list page after the last one (`page="99"` of nine): `{page}`. */
  pageMissing: string;
  /** The button that leads from a page that does not exist to one that does: `{page}`. */
  goToPage: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form of `message` for `count` in `locale`, and fills its placeholders. */
export function plural(locale: string, message: Plural, count: number, values: Record<string, string | number>): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  const form = message[rules.select(count)] ?? message.other;
  return format(form, { count, ...values });
}

/** Fills `{name}` placeholders; unknown ones are left as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
