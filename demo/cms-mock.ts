// The content systems of the "Any CMS" demo page, answered in the page: every request to
// /cms/<system>/… is answered as that system's API would answer it (its routes, query
// parameters, paging, headers and JSON or XML shape), built from the demo's own articles.
// Nothing here is part of the library; it stands in for a company's existing CMS.
import categoryList from './public/data/categories.json';
import news from './public/data/news.json';

interface DemoArticle {
  id: string;
  title: string;
  summary?: string;
  body?: string;
  category?: string;
  author?: string;
  source?: string;
  publishedAt?: string;
  image?: { src: string; alt?: string; width?: number; height?: number };
  tags?: string[];
}

// A real CMS's URLs are absolute (or root-relative), and a reader resolves relative ones against
// the answer (here /cms/<system>/…, where the demo's images are not): the demo's relative media
// paths, which the native shape reads relative to the page, are made absolute first.
const absolute = (path: string) => new URL(path, location.href).href;
const absoluteMedia = (html: string) => html.replace(/\b(src|href|poster)="((?:images|media)\/)/g, (_, attribute: string, folder: string) => `${attribute}="${absolute(folder)}`);

// The native shape lets an image be a bare URL; the CMSs below want an object.
const articles = (news as (Omit<DemoArticle, 'image'> & { image?: DemoArticle['image'] | string })[]).map((a) => {
  const image = typeof a.image === 'string' ? { src: a.image } : a.image;
  return { ...a, body: a.body === undefined ? undefined : absoluteMedia(a.body), image: image ? { ...image, src: absolute(image.src) } : undefined };
});
const categories = categoryList as { id: string; name: string }[];
const categoryName = (id?: string) => categories.find((c) => c.id === id)?.name ?? id ?? '';
const categoryNumber = (id?: string) => categories.findIndex((c) => c.id === id) + 1;

const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'content-type': 'application/json; charset=utf-8', ...init.headers } });
const xml = (body: string) => new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const utc = (iso?: string) => (iso ? new Date(iso).toISOString() : undefined);

function page<T>(items: T[], pageNumber: number, size: number) {
  const start = (pageNumber - 1) * size;
  return { slice: items.slice(start, start + size), total: items.length, pages: Math.max(1, Math.ceil(items.length / size)) };
}

const inCategory = (id: string | null | undefined) => articles.filter((a) => !id || a.category === id);

/** The body's HTML as Strapi Blocks (v5) or Markdown (v4), to show both rich-text forms. */
function inlineNodes(node: Node): unknown[] {
  return [...node.childNodes].flatMap((child): unknown[] => {
    if (child.nodeType === Node.TEXT_NODE) return child.textContent ? [{ type: 'text', text: child.textContent }] : [];
    if (!(child instanceof Element)) return [];
    const marks = { STRONG: 'bold', B: 'bold', EM: 'italic', I: 'italic', CODE: 'code' } as Record<string, string>;
    if (child.tagName === 'A') return [{ type: 'link', url: child.getAttribute('href') ?? '#', children: inlineNodes(child) }];
    const mark = marks[child.tagName];
    return inlineNodes(child).map((n) => (mark && (n as { type: string }).type === 'text' ? { ...(n as object), [mark]: true } : n));
  });
}

function toBlocks(html = ''): unknown[] {
  const root = new DOMParser().parseFromString(html, 'text/html').body;
  return [...root.children].map((el) => {
    if (/^H[1-6]$/.test(el.tagName)) return { type: 'heading', level: Number(el.tagName[1]), children: inlineNodes(el) };
    if (el.tagName === 'UL' || el.tagName === 'OL') return { type: 'list', format: el.tagName === 'OL' ? 'ordered' : 'unordered', children: [...el.children].map((li) => ({ type: 'list-item', children: inlineNodes(li) })) };
    if (el.tagName === 'BLOCKQUOTE') return { type: 'quote', children: inlineNodes(el) };
    return { type: 'paragraph', children: inlineNodes(el) };
  });
}

function toMarkdown(html = ''): string {
  const root = new DOMParser().parseFromString(html, 'text/html').body;
  const inline = (el: Element) => el.innerHTML.replace(/<\/?(strong|b)>/g, '**').replace(/<\/?(em|i)>/g, '_').replace(/<a href="([^"]*)">(.*?)<\/a>/g, '[$2]($1)').replace(/<[^>]+>/g, '');
  return [...root.children]
    .map((el) => {
      if (/^H[1-6]$/.test(el.tagName)) return `${'#'.repeat(Number(el.tagName[1]))} ${inline(el)}`;
      if (el.tagName === 'UL' || el.tagName === 'OL') return [...el.children].map((li, i) => `${el.tagName === 'OL' ? `${i + 1}.` : '-'} ${inline(li)}`).join('\n');
      if (el.tagName === 'BLOCKQUOTE') return `> ${inline(el)}`;
      return inline(el);
    })
    .join('\n\n');
}

// WordPress REST API v2 ------------------------------------------------------------------------
function wordpressPost(a: DemoArticle) {
  const term = { id: categoryNumber(a.category), slug: a.category, name: categoryName(a.category), taxonomy: 'category' };
  const gmt = utc(a.publishedAt)?.slice(0, 19);
  return {
    id: Number(a.id),
    date: a.publishedAt?.slice(0, 19),
    date_gmt: gmt,
    modified_gmt: gmt,
    slug: a.title.toLowerCase().replace(/\W+/g, '-'),
    link: `https://hengyuan.example/news/${a.id}/`,
    title: { rendered: escapeXml(a.title).replace(/&#39;/g, '&#8217;') },
    excerpt: { rendered: `<p>${escapeXml(a.summary ?? '')} [&hellip;]</p>\n`, protected: false },
    content: { rendered: a.body ?? '', protected: false },
    categories: [term.id],
    _embedded: {
      author: [{ id: 1, name: a.author ?? 'Hengyuan Group' }],
      ...(a.image ? { 'wp:featuredmedia': [{ id: 1, source_url: a.image.src, alt_text: a.image.alt ?? '', media_details: { width: a.image.width, height: a.image.height } }] } : {}),
      'wp:term': [[term], (a.tags ?? []).map((name, i) => ({ id: 100 + i, name, slug: name.toLowerCase(), taxonomy: 'post_tag' }))],
    },
  };
}

function wordpress(url: URL, rest: string): Response {
  if (rest === 'wp-json/wp/v2/categories') return json(categories.map((c, i) => ({ id: i + 1, slug: c.id, name: c.name, count: inCategory(c.id).length, taxonomy: 'category' })));
  const single = /^wp-json\/wp\/v2\/posts\/(\d+)$/.exec(rest);
  if (single) {
    const found = articles.find((a) => a.id === single[1]);
    return found ? json(wordpressPost(found)) : json({ code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } }, { status: 404 });
  }
  const number = Number(url.searchParams.get('categories') ?? 0);
  const matching = inCategory(number ? categories[number - 1]?.id ?? '-' : null);
  const { slice, total, pages } = page(matching, Number(url.searchParams.get('page') ?? 1), Number(url.searchParams.get('per_page') ?? 10));
  if (!slice.length && Number(url.searchParams.get('page')) > 1) {
    return json({ code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } }, { status: 400 });
  }
  return json(slice.map(wordpressPost), { headers: { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(pages) } });
}

// Ghost Content API ----------------------------------------------------------------------------
function ghostPost(a: DemoArticle) {
  const tag = { id: a.category, slug: a.category, name: categoryName(a.category), visibility: 'public' };
  return {
    id: a.id,
    title: a.title,
    html: a.body ?? null,
    custom_excerpt: a.summary ?? null,
    feature_image: a.image?.src ?? null,
    feature_image_alt: a.image?.alt ?? null,
    published_at: a.publishedAt,
    url: `https://hengyuan.example/${a.id}/`,
    tags: [tag],
    primary_tag: tag,
    authors: [{ name: a.author ?? 'Hengyuan Group' }],
  };
}

function ghost(url: URL, rest: string): Response {
  if (url.searchParams.get('key') !== 'demo-content-key') return json({ errors: [{ message: 'Unknown Content API Key', type: 'UnauthorizedError' }] }, { status: 401 });
  if (rest === 'ghost/api/content/tags/') return json({ tags: categories.map((c) => ({ slug: c.id, name: c.name, visibility: 'public', count: { posts: inCategory(c.id).length } })) });
  const single = /^ghost\/api\/content\/posts\/([^/]+)\/$/.exec(rest);
  if (single) return json({ posts: articles.filter((a) => a.id === single[1]).map(ghostPost) });
  const tag = /^tag:(.+)$/.exec(url.searchParams.get('filter') ?? '')?.[1];
  const current = Number(url.searchParams.get('page') ?? 1);
  const limit = Number(url.searchParams.get('limit') ?? 15);
  const { slice, total, pages } = page(inCategory(tag), current, limit);
  return json({ posts: slice.map(ghostPost), meta: { pagination: { page: current, limit, pages, total, next: current < pages ? current + 1 : null, prev: current > 1 ? current - 1 : null } } });
}

// JSON Feed 1.1 --------------------------------------------------------------------------------
const jsonfeed = () =>
  json({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Hengyuan Group News',
    home_page_url: 'https://hengyuan.example/news/',
    items: articles.map((a) => ({ id: a.id, title: a.title, summary: a.summary, content_html: a.body, date_published: a.publishedAt, authors: [{ name: a.author }], tags: [categoryName(a.category)], image: a.image?.src, url: `https://hengyuan.example/news/${a.id}` })),
  });

// Strapi v5 (flat, Blocks) and v4 (attributes, Markdown) ----------------------------------------------
function strapiEntry(a: DemoArticle, v4: boolean) {
  const fields = {
    title: a.title,
    description: a.summary,
    content: v4 ? toMarkdown(a.body) : toBlocks(a.body),
    source: a.source ?? null,
    publishedAt: utc(a.publishedAt),
    category: { id: categoryNumber(a.category), documentId: `c${categoryNumber(a.category)}`, name: categoryName(a.category), slug: a.category },
    author: a.author ? { id: 1, name: a.author } : null,
    cover: a.image ? { id: 1, url: a.image.src, alternativeText: a.image.alt ?? null, width: a.image.width, height: a.image.height } : null,
  };
  if (!v4) return { id: Number(a.id), documentId: `doc${a.id}`, ...fields };
  const wrap = (value: { id: number } | null) => ({ data: value && { id: value.id, attributes: { ...value, id: undefined } } });
  return { id: Number(a.id), attributes: { ...fields, category: wrap(fields.category), author: wrap(fields.author), cover: wrap(fields.cover) } };
}

function strapi(url: URL, rest: string, v4: boolean): Response {
  if (rest === 'api/categories') return json({ data: categories.map((c, i) => (v4 ? { id: i + 1, attributes: { name: c.name, slug: c.id } } : { id: i + 1, documentId: `c${i + 1}`, name: c.name, slug: c.id })), meta: {} });
  const single = /^api\/articles\/([^/]+)$/.exec(rest);
  if (single) {
    const found = articles.find((a) => (v4 ? a.id : `doc${a.id}`) === single[1]);
    return found ? json({ data: strapiEntry(found, v4), meta: {} }) : json({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } }, { status: 404 });
  }
  const current = Number(url.searchParams.get('pagination[page]') ?? 1);
  const size = Number(url.searchParams.get('pagination[pageSize]') ?? 25);
  const { slice, total, pages } = page(inCategory(url.searchParams.get('filters[category][slug][$eq]')), current, size);
  return json({ data: slice.map((a) => strapiEntry(a, v4)), meta: { pagination: { page: current, pageSize: size, pageCount: pages, total } } });
}

// Drupal JSON:API --------------------------------------------------------------------------------
function drupalNode(a: DemoArticle) {
  return {
    type: 'node--article',
    id: `node-${a.id}`,
    attributes: { drupal_internal__nid: Number(a.id), title: a.title, created: a.publishedAt, changed: a.publishedAt, body: { processed: a.body ?? '', summary: a.summary ?? '', format: 'basic_html' }, field_source: a.source ?? null, path: { alias: `/news/${a.id}` } },
    relationships: {
      uid: { data: { type: 'user--user', id: `user-${a.author ?? 'none'}` } },
      field_tags: { data: [{ type: 'taxonomy_term--tags', id: a.category }] },
      field_image: { data: a.image ? { type: 'file--file', id: `file-${a.id}`, meta: { alt: a.image.alt, width: a.image.width, height: a.image.height } } : null },
    },
  };
}

function drupalIncluded(list: DemoArticle[]) {
  const resources = new Map<string, unknown>();
  for (const a of list) {
    resources.set(`u${a.author}`, { type: 'user--user', id: `user-${a.author ?? 'none'}`, attributes: { display_name: a.author ?? 'Anonymous' } });
    resources.set(`t${a.category}`, { type: 'taxonomy_term--tags', id: a.category, attributes: { name: categoryName(a.category) } });
    if (a.image) resources.set(`f${a.id}`, { type: 'file--file', id: `file-${a.id}`, attributes: { uri: { url: a.image.src } } });
  }
  return [...resources.values()];
}

function drupal(url: URL, rest: string): Response {
  if (rest === 'jsonapi/taxonomy_term/tags') return json({ data: categories.map((c) => ({ type: 'taxonomy_term--tags', id: c.id, attributes: { name: c.name } })) });
  const single = /^jsonapi\/node\/article\/node-(\d+)$/.exec(rest);
  if (single) {
    const found = articles.filter((a) => a.id === single[1]);
    return found.length ? json({ data: drupalNode(found[0]), included: drupalIncluded(found) }) : json({ errors: [{ status: '404', title: 'Not Found' }] }, { status: 404 });
  }
  const offset = Number(url.searchParams.get('page[offset]') ?? 0);
  const limit = Number(url.searchParams.get('page[limit]') ?? 50);
  const matching = inCategory(url.searchParams.get('filter[field_tags.id]'));
  const slice = matching.slice(offset, offset + limit);
  const next = new URL(url);
  next.searchParams.set('page[offset]', String(offset + limit));
  // Like a stock Drupal site: no total count, a next link while there is more.
  return json({ data: slice.map(drupalNode), included: drupalIncluded(slice), links: { self: { href: url.href }, ...(offset + limit < matching.length ? { next: { href: next.href } } : {}) } });
}

// RSS 2.0 ------------------------------------------------------------------------------------------
const rss = () =>
  xml(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Hengyuan Group News</title><link>https://hengyuan.example/news/</link><language>en</language>
${articles
  .map(
    (a) => `<item><title>${escapeXml(a.title)}</title><link>https://hengyuan.example/news/${a.id}</link><guid isPermaLink="false">${a.id}</guid>
<pubDate>${new Date(a.publishedAt ?? 0).toUTCString()}</pubDate><dc:creator>${escapeXml(a.author ?? '')}</dc:creator><category>${escapeXml(categoryName(a.category))}</category>
<description>${escapeXml(a.summary ?? '')}</description><content:encoded><![CDATA[${a.body ?? ''}]]></content:encoded>${a.image ? `<enclosure url="${escapeXml(a.image.src)}" type="image/jpeg" length="0"/>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`);

// Any other JSON, read through a field mapping -----------------------------------------------------------
function mapping(url: URL): Response {
  const current = Number(url.searchParams.get('page') ?? 1);
  const { slice, total } = page(inCategory(url.searchParams.get('column')), current, Number(url.searchParams.get('size') ?? 10));
  return json({ code: 0, msg: 'ok', data: { count: total, list: slice.map((a) => ({ newsId: a.id, name: a.title, brief: a.summary, content: a.body, column: { code: a.category, label: categoryName(a.category) }, writer: a.author, origin: a.source, pubDate: a.publishedAt, pic: a.image?.src })) } });
}

const systems: Record<string, (url: URL, rest: string) => Response> = {
  wordpress,
  ghost,
  jsonfeed,
  strapi: (url, rest) => strapi(url, rest, false),
  strapi4: (url, rest) => strapi(url, rest, true),
  drupal,
  rss,
  mapping,
};

const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
  const match = /\/cms\/(\w+)\/(.*)$/.exec(url.pathname);
  const system = match && systems[match[1]];
  if (!system) return realFetch(input, init);
  // A little latency, as a real CMS has.
  return new Promise((resolve) => setTimeout(() => resolve(system(url, match[2])), 120));
};
