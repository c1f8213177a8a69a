import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementStory, type ElementArgs } from './element-story.js';

const { args, argTypes, parameters, render } = elementStory('news-list', ['100%', '640px', '320px']);

const meta: Meta<ElementArgs> = {
  title: 'Elements/news-list',
  args: { ...args, 'page-size': '5' },
  argTypes,
  parameters,
  render,
};
export default meta;
type Story = StoryObj<ElementArgs>;

export const Default: Story = {};
export const Cards: Story = { args: { layout: 'cards', 'page-size': '6' } };
export const Compact: Story = { args: { layout: 'compact', width: '320px', 'date-style': 'relative' } };
export const LoadMore: Story = { name: 'Load more', args: { paging: 'load-more', layout: 'compact', width: '640px' } };

/** An answer that never comes: skeleton rows, aria-busy. */
export const Loading: Story = { args: { scenario: 'loading' } };
export const Empty: Story = { args: { scenario: 'empty' } };
/** HTTP 503, with the retry button. */
export const ErrorWithRetry: Story = { name: 'Error (with retry)', args: { scenario: 'error' } };
/** A single-sign-on login page where JSON was expected. */
export const LoginPageInsteadOfJson: Story = { args: { scenario: 'login' } };
export const LongTitles: Story = { name: 'Long titles (English, Chinese, a part number)', args: { scenario: 'long', width: '420px' } };
export const MissingFields: Story = { name: 'Missing author, source and image', args: { scenario: 'missing' } };
export const ManyPages: Story = { name: 'Many pages (ellipses)', args: { scenario: 'many', page: '7', 'page-size': '10' } };
export const HostileContent: Story = { name: 'Hostile content (shown as text)', args: { scenario: 'hostile' } };
export const Chinese: Story = { name: 'zh-CN', globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { name: 'Right-to-left (ar)', globals: { locale: 'ar' } };
export const Dark: Story = { globals: { theme: 'dark' } };
