// Every story: the elements registered, endpoints mocked in the page, docs tables and controls from
// the Custom Elements Manifest (through @wc-toolkit/storybook-helpers in each element's stories),
// and toolbar switches for the locale and the theme.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { installMockEndpoints } from '../stories/mock-endpoints.js';

installMockEndpoints();
setCustomElementsManifest(manifest);
setStorybookHelpersConfig();

const directions: Record<string, 'ltr' | 'rtl'> = { en: 'ltr', 'zh-CN': 'ltr', ar: 'rtl' };

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { story: { inline: true } },
  },
  globalTypes: {
    locale: {
      description: 'Language of labels and dates',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'ar', title: 'العربية (ar, right-to-left)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light, or dark (the page declares color-scheme: dark)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string) ?? 'en';
      const dark = context.globals.theme === 'dark';
      return html`<div
        class="story-page"
        lang=${locale}
        dir=${directions[locale] ?? 'ltr'}
        style=${dark ? 'color-scheme: dark; background: #121417; color: #e3e3e3; padding: 1rem' : 'color-scheme: light; padding: 1rem'}
      >
        ${story()}
      </div>`;
    },
  ],
};

export default preview;
