// The "Any CMS" page: the same tabs, list and article on each content system's answers
// (played by cms-mock.ts). `?cms=<system>` picks one; each loads in a fresh page, so each has
// its own group and cache, as a real portal would.
import { defineElements } from '../src/define-elements.js';

defineElements();

interface System {
  label: string;
  attributes: Record<string, string>;
  articleAttributes?: Record<string, string>;
}

const systems: Record<string, System> = {
  native: { label: 'Native JSON', attributes: { src: 'data/news.json', 'categories-src': 'data/categories.json' } },
  wordpress: { label: 'WordPress', attributes: { adapter: 'wordpress', src: '/cms/wordpress/wp-json/' } },
  ghost: { label: 'Ghost', attributes: { adapter: 'ghost', src: '/cms/ghost/ghost/api/content/?key=demo-content-key' } },
  jsonfeed: { label: 'JSON Feed', attributes: { adapter: 'jsonfeed', src: '/cms/jsonfeed/feed.json' } },
  strapi: { label: 'Strapi 5', attributes: { adapter: 'strapi', src: '/cms/strapi/api/articles' } },
  strapi4: { label: 'Strapi 4 (Markdown)', attributes: { adapter: 'strapi', src: '/cms/strapi4/api/articles' } },
  drupal: { label: 'Drupal', attributes: { adapter: 'drupal', src: '/cms/drupal/jsonapi/node/article' } },
  rss: { label: 'RSS', attributes: { adapter: 'rss', src: '/cms/rss/feed.xml' } },
  mapping: {
    label: 'Any JSON (mapping)',
    attributes: {
      adapter: 'mapping',
      src: '/cms/mapping/news/list?column={category}&page={page}&size={pageSize}',
      'categories-src': 'data/categories.json',
      mapping: JSON.stringify({ items: 'data.list', total: 'data.count', id: 'newsId', title: 'name', summary: 'brief', body: 'content', category: 'column.code', author: 'writer', source: 'origin', publishedAt: 'pubDate', image: 'pic' }),
    },
  },
};

const chosen = new URLSearchParams(location.search).get('cms') ?? 'wordpress';
const system = systems[chosen] ?? systems.wordpress;

const list = document.getElementById('systems')!;
for (const [key, { label }] of Object.entries(systems)) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `?cms=${key}`;
  link.textContent = label;
  if (systems[key] === system) link.setAttribute('aria-current', 'page');
  item.append(link);
  list.append(item);
}

const tags: [string, Record<string, string>][] = [
  ['news-tabs', { ...system.attributes, 'url-state': '' }],
  ['news-list', { ...system.attributes, 'page-size': '8', 'heading-level': '2' }],
  ['news-article', system.attributes],
];
const portal = document.getElementById('portal')!;
const markup: string[] = [];
for (const [tag, attributes] of tags) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  portal.append(element);
  const shown = Object.entries(attributes).map(([name, value]) => (value === '' ? name : `${name}='${value}'`));
  markup.push(`<${tag} ${shown.join(' ')}></${tag}>`);
}
document.getElementById('markup')!.textContent = markup.join('\n');
document.title = `${system.label} – News on any CMS – Hengyuan Group`;
