// The ESM build (`news-elements` and `news-elements/define`, dependencies left to the user's
// bundler) and the dev server that `npm start` runs for the demo portal.
// The script-tag bundle has its own config: vite.iife.config.ts.
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => ({
  // `npm start` serves the demo portal at the server's root; the library build reads src/.
  root: command === 'serve' ? 'demo' : '.',
  publicDir: false,
  server: { port: 5173, host: 'localhost' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: { 'news-elements': 'src/index.ts', define: 'src/define.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^dompurify($|\/)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
}));
