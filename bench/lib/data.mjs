// Test data in the native JSON shape of API.md (`Article`, `Category`), generated
// deterministically so that every run measures the same bytes.

/** The categories every generated set uses (ids as in the demo). */
export const CATEGORIES = [
  { id: 'news', name: 'News' },
  { id: 'product-management', name: 'Product Management' },
  { id: 'introduction', name: 'Introduction' },
  { id: 'corporate-outlets', name: 'Corporate Outlets' },
  { id: 'faq', name: 'FAQ' },
  { id: 'corporate-video', name: 'Corporate Video' },
];

const WORDS = (
  'valve plant factory group annual output energy solar wind water chemical power customer service ' +
  'product quality safety digital control pressure pump pipeline export partner award training ' +
  'engineer research campus supply order contract market region growth steel foundry test bench'
).split(' ');

/** A small deterministic PRNG (mulberry32), so that the data does not change between runs. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(next, count) {
  const out = [];
  for (let i = 0; i < count; i += 1) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

/**
 * `count` articles, newest first: title, summary, category id, author, source, date, thumbnail
 * (with width and height, as a CMS that knows its images sends them), url and a short HTML body.
 * @param {number} count
 * @param {{ image?: string }} [options] the thumbnail URL every article uses
 * @returns {object[]}
 */
export function makeArticles(count, { image = '/demo/images/plant-suzhou.jpg' } = {}) {
  const next = random(count * 7919 + 17);
  const start = Date.UTC(2026, 10, 20, 9, 30);
  return Array.from({ length: count }, (_, i) => {
    const id = String(100000 + count - i);
    const title = words(next, 6 + Math.floor(next() * 6));
    return {
      id,
      title,
      summary: `${words(next, 14 + Math.floor(next() * 12))}.`,
      category: CATEGORIES[i % CATEGORIES.length].id,
      author: words(next, 2),
      source: 'Press Office',
      publishedAt: new Date(start - i * 36e5 * 11).toISOString(),
      image: { src: image, alt: title, width: 640, height: 360 },
      url: `https://example.com/news/${id}`,
      body: `<p>${words(next, 40)}.</p><p>${words(next, 30)}.</p>`,
    };
  });
}

/**
 * One page of `articles` as a paged native answer
 * (`{ items, total, page, pageSize }`), filtered by category.
 * @param {object[]} articles
 * @param {{ category?: string | null, page?: number, pageSize?: number }} query
 */
export function pageOf(articles, { category = null, page = 1, pageSize = 10 }) {
  const matching = category ? articles.filter((a) => a.category === category) : articles;
  const start = (page - 1) * pageSize;
  return { items: matching.slice(start, start + pageSize), total: matching.length, page, pageSize };
}
