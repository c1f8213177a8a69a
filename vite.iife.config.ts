// The script-tag bundle: dist/news-elements.iife.js, one classic script with Lit and DOMPurify
// inside, that registers the tags at load and sets `window.NewsElements`.
// `--mode chunks` builds what that bundle loads on demand from beside itself (an IIFE cannot be
// split): dist/news-elements.markdown.js, the Markdown library, only for Markdown bodies.
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => ({
  publicDir: false,
  define: { __NEWS_SCRIPT_TAG__: 'true' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib:
      mode === 'chunks'
        ? { entry: { 'news-elements.markdown': 'src/lazy/markdown.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` }
        : { entry: 'src/bundle.ts', name: 'NewsElements', formats: ['iife'], fileName: () => 'news-elements.iife.js' },
  },
}));
