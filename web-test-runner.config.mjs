// Tests run in Debian's Chromium through Playwright; TypeScript (with Lit's classic decorators)
// is compiled by esbuild with the project's tsconfig.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM, CHROMIUM_FLAGS } from './test/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM,
        args: [
          ...CHROMIUM_FLAGS,
          // For the memory test: gc() and exact heap sizes.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
