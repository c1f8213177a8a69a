import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { endpoint } from './mock-endpoints.js';
import { tokenArgTypes, tokenDefaults, tokens, type TokenArgs } from './tokens.js';

interface Args extends TokenArgs {
  scenario: string;
  articleId: string;
  headingLevel: number;
  dateStyle: 'short' | 'medium' | 'long' | 'full' | 'relative';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/news-article',
  component: 'news-article',
  tags: ['autodocs'],
  args: { ...tokenDefaults, scenario: 'demo', articleId: '1023', headingLevel: 2, dateStyle: 'long', width: '760px' },
  argTypes: {
    ...tokenArgTypes,
    scenario: { table: { disable: true } },
    articleId: { control: 'text', description: 'article-id' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: 'heading-level' },
    dateStyle: { control: 'select', options: ['short', 'medium', 'long', 'full', 'relative'], description: 'date-style' },
    width: { control: 'inline-radio', options: ['760px', '480px', '320px'], description: 'width of the column (not an attribute)' },
  },
  render: (args) => {
    const { src, categoriesSrc } = endpoint(args.scenario);
    return html`<div style="max-width: ${args.width}">
      <news-article
        style=${tokens(args)}
        src=${src}
        categories-src=${categoriesSrc}
        article-id=${args.articleId}
        heading-level=${args.headingLevel}
        date-style=${args.dateStyle}
        retries="0"
      ></news-article>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The long article: headings, a wide table, figures, lists, a quote, a very long word. */
export const RichContent: Story = { name: 'Rich CMS content' };
export const Video: Story = { name: 'Corporate Video (player with poster)', args: { articleId: '1051' } };
export const Brochure: Story = { name: 'Corporate Brochure (attachments)', args: { articleId: '1048' } };
export const FAQ: Story = { args: { articleId: '1043' } };
export const MissingFields: Story = { name: 'Missing author, source and image', args: { scenario: 'missing', articleId: 'm-1' } };
export const LongCjkTitle: Story = { name: 'Long Chinese title', args: { scenario: 'long', articleId: 'long-2', width: '480px' } };
export const Narrow: Story = { name: 'Narrow column (320 px)', args: { width: '320px' } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ErrorWithRetry: Story = { name: 'Error (with retry)', args: { scenario: 'error' } };
export const NotFound: Story = { args: { articleId: 'no-such-article' } };
export const HostileContent: Story = { name: 'Hostile content (sanitized)', args: { scenario: 'hostile', articleId: 'h1' } };
export const Chinese: Story = { name: 'zh-CN', globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { name: 'Right-to-left (ar)', globals: { locale: 'ar' } };
export const Dark: Story = { globals: { theme: 'dark' } };
