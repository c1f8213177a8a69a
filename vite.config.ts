// Two builds and the dev server:
// - `vite build`: the ESM library (`news-elements` and `news-elements/define`), dependencies left
//   to the user's bundler;
// - `vite` (npm start) and `vite build --mode demo`: the demo portal in demo/, served from the
//   sources, or built into dist/demo/ for the end-to-end tests.
// The script tag has its own config: vite.script.config.ts (the same entries, dependencies inside).
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplates } from './build/minify-templates.js';
import { prerenderPage } from './build/prerender-page.js';

const demoPages = ['index', 'portal-list', 'detail', 'adapters', 'hostile', 'csp', 'legacy', 'themes', 'prerendered'];

const demo: UserConfig = {
  root: 'demo',
  // Relative URLs, so the built demo works from any folder of a static host.
  base: './',
  publicDir: 'public',
  // The library's templates minified as in dist/: the prerendered page's fragment, made from
  // dist/, is then taken over by the same templates.
  plugins: [minifyTemplates(), prerenderPage('prerendered.html', fileURLToPath(new URL('.', import.meta.url)))],
  server: { port: 5173, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  build: {
    target: 'es2022',
    outDir: '../dist/demo',
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(demoPages.map((page) => [page, fileURLToPath(new URL(`./demo/${page}.html`, import.meta.url))])),
    },
  },
};

const library: UserConfig = {
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: {
        'news-elements': 'src/index.ts',
        define: 'src/define.ts',
        'news-tabs': 'src/news-tabs.ts',
        'news-list': 'src/news-list.ts',
        'news-article': 'src/news-article.ts',
        // Lit's hydration support, for a page with a prerendered fragment (news-elements/hydrate).
        hydrate: 'src/prerender/hydration.ts',
        // Node only: prerendering (news-elements/ssr), from the same chunks as the browser's.
        ssr: 'src/ssr/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@webcomponents\//, /^dompurify($|\/)/, /^marked($|\/)/, /^jsdom$/, /^node:/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ command, mode }) => (command === 'serve' || mode === 'demo' ? demo : library));
