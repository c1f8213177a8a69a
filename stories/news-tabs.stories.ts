import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementStory, type ElementArgs } from './element-story.js';

const { args, argTypes, parameters, render } = elementStory('news-tabs', ['100%', '480px', '280px']);

const meta: Meta<ElementArgs> = {
  title: 'Elements/news-tabs',
  args,
  argTypes,
  parameters,
  render,
};
export default meta;
type Story = StoryObj<ElementArgs>;

export const Default: Story = {};
export const CategoryChosen: Story = { args: { category: 'corporate-video' } };
export const WithoutAll: Story = { name: 'Without All (no-all)', args: { 'no-all': true } };
/** The bar scrolls sideways in a narrow column. */
export const Narrow: Story = { args: { width: '280px' } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const ErrorWithRetry: Story = { name: 'Error (with retry)', args: { scenario: 'error' } };
export const Chinese: Story = { name: 'zh-CN', globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { name: 'Right-to-left (ar)', globals: { locale: 'ar' } };
export const Dark: Story = { globals: { theme: 'dark' } };
