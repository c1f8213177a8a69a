// The script tag: `vite build -c vite.script.config.ts`.
// - dist/script-tag/: the library's modules as the npm build has them (the same entries and
//   source), with Lit, DOMPurify and marked inside: what the entry needs at once in one file,
//   the rest split where the code imports on demand, every file named by its content's hash;
// - dist/news-elements.iife.js: the classic script a page loads (src/script-tag/loader.ts), built
//   after them with the entry's file name and the modules it and the article element import, to
//   load them all at once.
import { defineConfig, build, type Plugin } from 'vite';
import { minifyTemplates } from './build/minify-templates.js';

const FOLDER = 'script-tag';

/** Builds the loader once the modules are written, with their file names. */
function loader(): Plugin {
  return {
    name: 'news-elements-loader',
    apply: 'build',
    async writeBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry || entry.type !== 'chunk') throw new Error('news-elements-loader: no entry chunk');
      // Everything the entry needs before it runs, and the article element it asks for at once,
      // with what that needs: the loader preloads them all in parallel.
      const chunk = (name: string) => {
        const file = bundle[name];
        if (file?.type !== 'chunk') throw new Error(`news-elements-loader: no chunk ${name}`);
        return file;
      };
      const initial = [entry.fileName, ...entry.imports];
      const article = [...new Set(initial.flatMap((name) => chunk(name).dynamicImports))].filter((name) => chunk(name).name === 'news-article');
      if (article.length !== 1) throw new Error('news-elements-loader: the entry should import the article element on demand');
      const preload = new Set([...entry.imports, ...article]);
      for (const name of preload) for (const next of chunk(name).imports) preload.add(next);
      await build({
        configFile: false,
        publicDir: false,
        logLevel: 'warn',
        define: {
          __NEWS_ENTRY__: JSON.stringify(`./${FOLDER}/${entry.fileName}`),
          __NEWS_PRELOAD__: JSON.stringify([...preload].map((file) => `./${FOLDER}/${file}`)),
        },
        build: {
          target: 'es2020',
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          lib: { entry: 'src/script-tag/loader.ts', name: 'NewsElementsLoader', formats: ['iife'], fileName: () => 'news-elements.iife.js' },
        },
      });
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates(), loader()],
  build: {
    target: 'es2022',
    outDir: `dist/${FOLDER}`,
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: { 'news-elements': 'src/script-tag/library.ts' }, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: '[name]-[hash].js',
        // Lib mode leaves ES output unminified; these files go to browsers as they are.
        minify: true,
        // Everything the entry needs before it runs in one file: one request, compressed as one.
        // Left to itself the bundler splits out each module the on-demand chunks share with it
        // (nine files, 37.8 kB gzip before the list; one file: 34.7 kB).
        codeSplitting: {
          groups: [
            { name: 'core', tags: ['$initial'] },
            // The readers of CMS markup and dirty records (src/data/lenient.ts and what it
            // imports) in one file, which the adapters that need them and the sanitizer fetch
            // alongside their own (src/data/registry.ts, src/security/load-sanitizer.ts): left to
            // itself the bundler makes four, each found only after the one that imports it. (Not
            // in the npm build: there an app's bundler makes the files, and its own preloads.)
            { name: 'readers', test: /src\/(data\/(lenient|feed-date|html-text)|security\/defuse)\.ts$/ },
          ],
        },
      },
    },
  },
});
