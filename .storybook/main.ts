// Storybook for designers: every element and state, on mocked endpoints (stories/mock-endpoints.ts),
// with docs generated from custom-elements.json. Written by hand; telemetry off (offline builds
// would otherwise wait for it).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // The docs pages (MDX: getting started, one per element) and the stories.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The demo's sample media, at /images, /media and /data, as the sample articles name them.
  staticDirs: ['../demo/public'],
  // The project's vite.config.ts builds the library with Lit and DOMPurify left external;
  // Storybook's preview must bundle them.
  viteFinal: async (viteConfig) => {
    const build = { ...viteConfig.build } as Record<string, { external?: unknown } | undefined>;
    for (const key of ['rolldownOptions', 'rollupOptions']) {
      if (build[key]) build[key] = { ...build[key], external: undefined };
    }
    // The first start of `storybook dev` must work at once. By default Vite crawls every story for
    // dependencies while the first page loads: the server was then too busy to answer the
    // manager's stores within their second ("Timed out waiting for leader state"), a dependency
    // met only later (the Lit modules Storybook's renderer imports, the sanitizer's DOMPurify and
    // marked, imported on demand) made it bundle again and reload the preview, and two copies of
    // Lit ran. So: no crawl, and every dependency named here, pre-bundled at start (a new one
    // missing from the list fails test/storybook/dev-start.test.mjs, which starts it on an empty
    // cache). `storybook build` does not use this.
    const optimizeDeps = viteConfig.optimizeDeps ?? {};
    return { ...viteConfig, build, optimizeDeps: { ...optimizeDeps, noDiscovery: true, include: [...(optimizeDeps.include ?? []), ...preBundled] } };
  },
};

/** Every dependency the preview imports, for Vite to pre-bundle before the first page. */
const preBundled = [
  'lit',
  'lit/async-directive.js',
  'lit/decorators.js',
  'lit/directive-helpers.js',
  'lit/directive.js',
  'lit/directives/if-defined.js',
  'lit/directives/repeat.js',
  'lit/directives/style-map.js',
  'lit/directives/unsafe-html.js',
  'lit/html.js',
  'lit/static-html.js',
  '@lit/task',
  'dompurify',
  'marked',
  '@wc-toolkit/storybook-helpers',
  // Storybook's own (the docs pages' React, the a11y addon's axe), those of its packages named
  // through the package that depends on them (they need not be hoisted).
  'storybook/internal/preview/runtime',
  '@storybook/web-components-vite',
  '@storybook/addon-docs',
  '@storybook/addon-docs/blocks',
  '@storybook/addon-docs > @mdx-js/react',
  '@storybook/addon-docs > @storybook/react-dom-shim',
  'react',
  'react/jsx-runtime',
  'react-dom/client',
  '@storybook/addon-a11y > axe-core',
  '@storybook/web-components > tiny-invariant',
  '@storybook/web-components > ts-dedent',
];

export default config;
