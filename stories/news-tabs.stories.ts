import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { endpoint } from './mock-endpoints.js';
import { categoryOptions, tokenArgTypes, tokenDefaults, tokens, type TokenArgs } from './tokens.js';

interface Args extends TokenArgs {
  scenario: string;
  category: string;
  noAll: boolean;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/news-tabs',
  component: 'news-tabs',
  tags: ['autodocs'],
  args: { ...tokenDefaults, scenario: 'demo', category: '', noAll: false, width: '100%' },
  argTypes: {
    ...tokenArgTypes,
    scenario: { table: { disable: true } },
    category: { control: 'select', options: categoryOptions },
    noAll: { control: 'boolean', description: 'no-all' },
    width: { control: 'inline-radio', options: ['100%', '480px', '280px'], description: 'width of the column (not an attribute)' },
  },
  render: (args) => {
    const { src, categoriesSrc } = endpoint(args.scenario);
    return html`<div style="max-width: ${args.width}">
      <news-tabs style=${tokens(args)} src=${src} categories-src=${categoriesSrc} category=${args.category || nothing} ?no-all=${args.noAll} retries="0"></news-tabs>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const CategoryChosen: Story = { args: { category: 'corporate-video' } };
export const WithoutAll: Story = { name: 'Without All (no-all)', args: { noAll: true } };
/** The bar scrolls sideways in a narrow column. */
export const Narrow: Story = { args: { width: '280px' } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ErrorWithRetry: Story = { name: 'Error (with retry)', args: { scenario: 'error' } };
export const Chinese: Story = { name: 'zh-CN', globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { name: 'Right-to-left (ar)', globals: { locale: 'ar' } };
export const Dark: Story = { globals: { theme: 'dark' } };
