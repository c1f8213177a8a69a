import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementStory, type ElementArgs } from './element-story.js';

const { args, argTypes, parameters, render } = elementStory('news-article', ['760px', '480px', '320px']);

const meta: Meta<ElementArgs> = {
  title: 'Elements/news-article',
  args: { ...args, 'article-id': '1023' },
  argTypes,
  parameters,
  render,
};
export default meta;
type Story = StoryObj<ElementArgs>;

/** The long article: headings, a wide table, figures, lists, a quote, a very long word. */
export const RichContent: Story = { name: 'Rich CMS content' };
export const Video: Story = { name: 'Corporate Video (player with poster)', args: { 'article-id': '1051' } };
export const Brochure: Story = { name: 'Corporate Brochure (attachments)', args: { 'article-id': '1048' } };
export const FAQ: Story = { args: { 'article-id': '1043' } };
export const MissingFields: Story = { name: 'Missing author, source and image', args: { scenario: 'missing', 'article-id': 'm-1' } };
export const LongCjkTitle: Story = { name: 'Long Chinese title', args: { scenario: 'long', 'article-id': 'long-2', width: '480px' } };
export const Narrow: Story = { name: 'Narrow column (320 px)', args: { width: '320px' } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ErrorWithRetry: Story = { name: 'Error (with retry)', args: { scenario: 'error' } };
export const NotFound: Story = { args: { 'article-id': 'no-such-article' } };
/** A detail page's article with no article named in the page URL (Storybook's own URL has an `id`). */
export const NothingSelected: Story = { name: 'Nothing selected', args: { 'article-id': '', 'url-param': 'article' } };
/** The article of a multi-page portal's detail page, with its link back to the list page. */
export const DetailPage: Story = { name: 'Detail page (back to the list)', args: { 'list-href': '/news/' } };
export const HostileContent: Story = { name: 'Hostile content (sanitized)', args: { scenario: 'hostile', 'article-id': 'h1' } };
export const Chinese: Story = { name: 'zh-CN', globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { name: 'Right-to-left (ar)', globals: { locale: 'ar' } };
export const Dark: Story = { globals: { theme: 'dark' } };
