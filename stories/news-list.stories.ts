import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { endpoint } from './mock-endpoints.js';
import { categoryOptions, tokenArgTypes, tokenDefaults, tokens, type TokenArgs } from './tokens.js';

interface Args extends TokenArgs {
  scenario: string;
  category: string;
  page: number;
  pageSize: number;
  layout: 'list' | 'cards' | 'compact';
  paging: 'pages' | 'load-more';
  dateStyle: 'short' | 'medium' | 'long' | 'full' | 'relative';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/news-list',
  component: 'news-list',
  tags: ['autodocs'],
  args: { ...tokenDefaults, scenario: 'demo', category: '', page: 1, pageSize: 5, layout: 'list', paging: 'pages', dateStyle: 'medium', width: '100%' },
  argTypes: {
    ...tokenArgTypes,
    scenario: { table: { disable: true } },
    category: { control: 'select', options: categoryOptions, description: 'category (empty: All)' },
    page: { control: { type: 'number', min: 1 } },
    pageSize: { control: { type: 'number', min: 1, max: 50 }, description: 'page-size' },
    layout: { control: 'inline-radio', options: ['list', 'cards', 'compact'] },
    paging: { control: 'inline-radio', options: ['pages', 'load-more'] },
    dateStyle: { control: 'select', options: ['short', 'medium', 'long', 'full', 'relative'], description: 'date-style' },
    width: { control: 'inline-radio', options: ['100%', '640px', '320px'], description: 'width of the column (not an attribute)' },
  },
  render: (args) => {
    const { src, categoriesSrc } = endpoint(args.scenario);
    return html`<div style="max-width: ${args.width}">
      <news-list
        style=${tokens(args)}
        src=${src}
        categories-src=${categoriesSrc}
        category=${args.category || nothing}
        page=${args.page}
        page-size=${args.pageSize}
        layout=${args.layout}
        paging=${args.paging}
        date-style=${args.dateStyle}
        retries="0"
      ></news-list>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Cards: Story = { args: { layout: 'cards', pageSize: 6 } };
export const Compact: Story = { args: { layout: 'compact', width: '320px', dateStyle: 'relative' } };
/** An answer that never comes: skeleton rows, aria-busy. */
export const LoadMore: Story = { name: 'Load more', args: { paging: 'load-more', layout: 'compact', width: '640px' } };

export const Loading: Story = { args: { scenario: 'loading' } };
export const Empty: Story = { args: { scenario: 'empty' } };
/** HTTP 503, with the retry button. */
export const ErrorWithRetry: Story = { name: 'Error (with retry)', args: { scenario: 'error' } };
/** A single-sign-on login page where JSON was expected. */
export const LoginPageInsteadOfJson: Story = { args: { scenario: 'login' } };
export const LongTitles: Story = { name: 'Long titles (English, Chinese, a part number)', args: { scenario: 'long', width: '420px' } };
export const MissingFields: Story = { name: 'Missing author, source and image', args: { scenario: 'missing' } };
export const ManyPages: Story = { name: 'Many pages (ellipses)', args: { scenario: 'many', page: 7, pageSize: 10 } };
export const HostileContent: Story = { name: 'Hostile content (shown as text)', args: { scenario: 'hostile' } };
export const Chinese: Story = { name: 'zh-CN', globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { name: 'Right-to-left (ar)', globals: { locale: 'ar' } };
export const Dark: Story = { globals: { theme: 'dark' } };
