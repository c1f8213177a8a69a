import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  adapter: string;
  src: string;
  mapping?: string;
}

/** The same elements on the content systems' own answers (sample responses in test/fixtures/cms). */
const meta: Meta<Args> = {
  title: 'Adapters',
  render: ({ adapter, src, mapping }) => html`<section style="max-width: 900px" aria-label=${`News from ${adapter}`}>
    <news-tabs group=${adapter} adapter=${adapter} src=${src} mapping=${mapping ?? ''}></news-tabs>
    <news-list group=${adapter} adapter=${adapter} src=${src} mapping=${mapping ?? ''} page-size="5"></news-list>
    <news-article group=${adapter} adapter=${adapter} src=${src} mapping=${mapping ?? ''} url-param="article"></news-article>
  </section>`,
};
export default meta;
type Story = StoryObj<Args>;

export const WordPress: Story = { args: { adapter: 'wordpress', src: '/mock/wordpress/1/wp-json/' } };
export const Ghost: Story = { args: { adapter: 'ghost', src: '/mock/ghost/1/ghost/api/content/?key=demo' } };
export const JsonFeed: Story = { name: 'JSON Feed', args: { adapter: 'jsonfeed', src: '/mock/jsonfeed/1/feed.json' } };
export const Strapi: Story = { name: 'Strapi 5', args: { adapter: 'strapi', src: '/mock/strapi/1/api/articles' } };
export const Strapi4: Story = { name: 'Strapi 4 (Markdown)', args: { adapter: 'strapi', src: '/mock/strapi4/1/api/articles' } };
export const Drupal: Story = { name: 'Drupal JSON:API', args: { adapter: 'drupal', src: '/mock/drupal/1/jsonapi/node/article' } };
export const Rss: Story = { name: 'RSS', args: { adapter: 'rss', src: '/mock/rss/1/feed.xml' } };
export const Atom: Story = { args: { adapter: 'rss', src: '/mock/atom/1/feed.xml' } };
export const FieldMapping: Story = {
  args: {
    adapter: 'mapping',
    src: '/mock/mapping/1/api/news',
    mapping: JSON.stringify({ items: 'data.list', total: 'data.count', id: 'newsId', title: 'name', publishedAt: 'pubDate', category: 'column.code' }),
  },
};
