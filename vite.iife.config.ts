// The script-tag bundle: dist/news-elements.iife.js, one classic script with Lit and DOMPurify
// inside, that registers the tags at load and sets `window.NewsElements`.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/bundle.ts',
      name: 'NewsElements',
      formats: ['iife'],
      fileName: () => 'news-elements.iife.js',
    },
  },
});
