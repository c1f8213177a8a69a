import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { endpoint } from './mock-endpoints.js';
import { tokenArgTypes, tokenDefaults, tokens, type TokenArgs } from './tokens.js';

interface Args extends TokenArgs {
  pageSize: number;
  layout: 'list' | 'cards' | 'compact';
}

/** The three elements composed as a portal's news centre: tabs, list, and the article in place. */
const meta: Meta<Args> = {
  title: 'Portal',
  args: { ...tokenDefaults, pageSize: 6, layout: 'list' },
  argTypes: {
    ...tokenArgTypes,
    pageSize: { control: { type: 'number', min: 1, max: 50 }, description: 'page-size' },
    layout: { control: 'inline-radio', options: ['list', 'cards', 'compact'] },
  },
  render: (args) => {
    const { src, categoriesSrc } = endpoint('demo');
    return html`<section style="max-width: 960px" aria-label="News centre">
      <div style=${tokens(args)}>
        <news-tabs src=${src} categories-src=${categoriesSrc}></news-tabs>
        <news-list src=${src} page-size=${args.pageSize} layout=${args.layout}></news-list>
        <!-- url-param: Storybook's own URL has an "id" parameter (the story id), the article's default. -->
        <news-article src=${src} url-param="article"></news-article>
      </div>
    </section>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const NewsCentre: Story = {};
export const NewsCentreInChinese: Story = { name: 'News centre, zh-CN', globals: { locale: 'zh-CN' } };
export const NewsCentreDark: Story = { name: 'News centre, dark', globals: { theme: 'dark' } };
