// The script-tag bundle: dist/news-elements.iife.js, one classic script with Lit inside, that
// registers the tags at load and sets `window.NewsElements`.
//
// `--mode chunks` builds what that bundle imports on demand from beside itself (an IIFE cannot be
// split): dist/news-elements.sanitizer.js (DOMPurify, with the first article),
// dist/news-elements.adapter-<name>.js (each content system) and dist/news-elements.markdown.js
// (marked, for Markdown bodies). The modules the bundle shares with them (NewsError, the
// Markdown loader) are not copied into the chunks: they read the bundle's (src/lazy/kernel.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { KERNEL_MODULES } from './src/lazy/kernel.js';
import { BUILT_IN_ADAPTERS } from './src/data/registry.js';
import { minifyTemplates } from './build/minify-templates.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const kernelIds = new Map(Object.entries(KERNEL_MODULES).map(([file, names]) => [resolve(file), names]));

/** Resolves the kernel's modules, in the chunks, to the script-tag bundle's published copies. */
function fromKernel(): Plugin {
  return {
    name: 'news-elements-kernel',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && kernelIds.has(resolved.id) ? `\0kernel:${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith('\0kernel:')) return null;
      const names = kernelIds.get(id.slice('\0kernel:'.length))!;
      return [
        `const kernel = globalThis[Symbol.for('news-elements.kernel')];`,
        `if (!kernel) throw new Error('news-elements: this file is loaded by news-elements.iife.js, not on its own');`,
        // A file of another release beside the bundle (a cache, a partial upload) is refused, not mixed in.
        `if (kernel.version !== ${JSON.stringify(version)}) throw new Error('news-elements: this file is version ${version}, the bundle is ' + kernel.version);`,
        ...names.map((name) => `export const ${name} = kernel.${name};`),
      ].join('\n');
    },
  };
}

const chunkEntries = {
  'news-elements.sanitizer': 'src/security/sanitize.ts',
  'news-elements.markdown': 'src/lazy/markdown.ts',
  ...Object.fromEntries(BUILT_IN_ADAPTERS.map((name) => [`news-elements.adapter-${name}`, `src/data/adapters/${name}.ts`])),
};

export default defineConfig(({ mode }) => ({
  publicDir: false,
  define: { __NEWS_SCRIPT_TAG__: 'true', __NEWS_VERSION__: JSON.stringify(version) },
  plugins: mode === 'chunks' ? [fromKernel(), minifyTemplates()] : [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib:
      mode === 'chunks'
        ? { entry: chunkEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` }
        : { entry: 'src/bundle.ts', name: 'NewsElements', formats: ['iife'], fileName: () => 'news-elements.iife.js' },
    rolldownOptions: mode === 'chunks' ? { output: { chunkFileNames: 'news-elements.shared-[hash].js', minify: true /* lib mode leaves ES output unminified; these go to browsers as they are */ } } : {},
  },
}));
