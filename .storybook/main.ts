// Storybook for designers: every element and state, on mocked endpoints (stories/mock-endpoints.ts),
// with docs generated from custom-elements.json. Written by hand; telemetry off (offline builds
// would otherwise wait for it).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
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
    return { ...viteConfig, build };
  },
};

export default config;
