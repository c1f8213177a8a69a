// 1. Bytes: the script-tag bundle as built (and what it imports on demand from beside itself),
// and each ESM entry bundled with its dependencies (esbuild, minified, code-split at dynamic
// imports as an app's bundler would), raw / gzip / brotli, with what each dependency and each
// of our modules adds (read from the source maps, chained back through dist/'s maps to src/).
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DIST, ROOT } from '../lib/env.mjs';
import { attribute, breakdown, packageOf, shortName, sizes, templateFormatting } from '../lib/sourcemap.mjs';

export const ENTRIES = ['news-elements', 'define', 'news-list', 'news-tabs', 'news-article'];
const DEPENDENCIES = ['lit', '@lit/task', 'dompurify', 'marked'];

/** Our modules by area, to see what a size budget is spent on. */
function areaOf(source) {
  const name = shortName(source);
  if (!name.startsWith('src/')) return packageOf(source);
  if (name === 'src/data/adapters/native.ts') return 'native adapter';
  if (name.startsWith('src/data/adapters/')) return 'other adapters';
  if (/\.styles\.ts$|^src\/styles\//.test(name)) return 'styles';
  if (/^src\/i18n\/(ar|zh-CN)\.ts$/.test(name)) return 'locales ar+zh-CN';
  if (name.startsWith('src/i18n/')) return 'i18n + en';
  if (name.startsWith('src/security/')) return 'security';
  if (name.startsWith('src/elements/')) return 'elements';
  if (name.startsWith('src/controllers/')) return 'controllers';
  if (name.startsWith('src/data/')) return 'data layer';
  return 'other';
}

/** Adds up per-file breakdown rows by name (each file is compressed on its own when served). */
function sumRows(lists) {
  const total = new Map();
  for (const rows of lists) {
    for (const row of rows) {
      const t = total.get(row.name) ?? { name: row.name, minified: 0, gzip: 0, brotli: row.brotli === undefined ? undefined : 0 };
      t.minified += row.minified;
      t.gzip += row.gzip;
      if (t.brotli !== undefined) t.brotli += row.brotli ?? 0;
      total.set(row.name, t);
    }
  }
  return [...total.values()].sort((a, b) => b.minified - a.minified);
}

/** What a set of files (the initial load) weighs, and what each dependency, area and module adds. */
function analyse(files) {
  const per = files.map(({ code, map }) => {
    const ranges = attribute(code, map);
    return {
      size: sizes(code),
      dependencies: breakdown(code, ranges, packageOf),
      areas: breakdown(code, ranges, areaOf, { brotli: false }),
      modules: breakdown(code, ranges, shortName, { brotli: false }),
      formatting: templateFormatting(code),
    };
  });
  const add = (key) => per.reduce((sum, p) => sum + p.size[key], 0);
  return {
    files: files.length,
    raw: add('raw'),
    gzip: add('gzip'),
    brotli: add('brotli'),
    dependencies: sumRows(per.map((p) => p.dependencies)),
    areas: sumRows(per.map((p) => p.areas)).filter((a) => ![...DEPENDENCIES, 'unmapped'].includes(a.name)),
    modules: sumRows(per.map((p) => p.modules)).slice(0, 40),
    templateFormatting: ['raw', 'gzip', 'brotli'].reduce((o, k) => ({ ...o, [k]: per.reduce((s, p) => s + p.formatting[k], 0) }), {}),
  };
}

/** The package or module a lazily loaded chunk mostly holds, to name it. */
function mainContent(code, map) {
  const rows = breakdown(code, attribute(code, map), (s) => (packageOf(s) === 'ours' ? shortName(s) : packageOf(s)), { brotli: false });
  return rows.filter((r) => r.name !== 'unmapped').slice(0, 2).map((r) => r.name).join(' + ');
}

/**
 * Bundles one dist/ entry with its dependencies, minified, split at dynamic imports. Returns
 * the output files (code, source map) and which of them load at once (the entry and its static
 * imports) and which on demand.
 * @param {string} entry
 */
async function bundle(entry) {
  const esbuild = await import('esbuild');
  const outdir = join(ROOT, '.bench-out', entry);
  const result = await esbuild.build({
    entryPoints: [join(DIST, `${entry}.js`)],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    sourcemap: 'external',
    metafile: true,
    write: false,
    outdir,
    absWorkingDir: ROOT,
    // dist/ may be a snapshot outside the project: resolve lit, @lit/task, dompurify, marked here.
    nodePaths: [join(ROOT, 'node_modules')],
    logLevel: 'silent',
  });
  const files = new Map();
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) continue;
    const map = result.outputFiles.find((f) => f.path === `${file.path}.map`);
    files.set(relative(ROOT, file.path), { name: basename(file.path), code: file.text, map: JSON.parse(map.text) });
  }
  const outputs = result.metafile.outputs;
  // With splitting, each dynamic import is an entry point too: find the one of this entry.
  const entryInput = relative(ROOT, join(DIST, `${entry}.js`));
  const entryKey = Object.keys(outputs).find((key) => outputs[key].entryPoint === entryInput && key.endsWith('.js'));
  if (!entryKey) throw new Error(`esbuild: no output for ${entryInput}`);
  const initial = new Set([entryKey]);
  for (const key of initial) for (const i of outputs[key].imports) if (i.kind === 'import-statement' && !i.external) initial.add(i.path);
  const lazy = [...files.keys()].filter((key) => !initial.has(key));
  return { files, initial: [...initial], lazy };
}

/**
 * @param {{ log: (line: string) => void }} context
 */
export async function measureBytes({ log }) {
  // The script tag: the classic loader, then the library's modules in dist/script-tag/. What
  // loads before the list shows is the loader, the entry it names and every module those import
  // statically; the other modules the loader preloads (the article element) come alongside; the
  // rest only on first use (the sanitizer, adapters, Markdown, the locales of other languages).
  const read = async (file) => {
    const code = await readFile(join(DIST, file), 'utf8');
    let map;
    try {
      map = JSON.parse(await readFile(join(DIST, `${file}.map`), 'utf8'));
    } catch {
      // no map
    }
    return { file, code, map };
  };
  const loader = await read('news-elements.iife.js');
  const entryName = /\.\/script-tag\/(news-elements-[\w-]+\.js)/.exec(loader.code)?.[1];
  if (!entryName) throw new Error('bytes: the loader names no entry in dist/script-tag/');
  const folder = join(DIST, 'script-tag');
  const modules = new Map();
  for (const name of (await readdir(folder)).filter((f) => f.endsWith('.js'))) modules.set(name, await read(join('script-tag', name)));
  const imports = (name, kind) => {
    const code = modules.get(name).code;
    const found = kind === 'static' ? code.matchAll(/(?:^|[;}\/])\s*(?:import|export)\s*(?:[\w{}\s,*$]+from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g) : code.matchAll(/import\(["'`]\.\/([\w.-]+\.js)["'`]\)/g);
    return [...found].map((m) => m[1]);
  };
  const closure = (names) => {
    const all = new Set(names);
    for (const name of all) for (const next of imports(name, 'static')) all.add(next);
    return all;
  };
  const critical = closure([entryName]);
  // Alongside: what the loader preloads beyond that (the article element and what it needs).
  const preloaded = [...loader.code.matchAll(/\.\/script-tag\/([\w.-]+\.js)/g)].map((m) => m[1]);
  const alongside = new Set([...closure(preloaded)].filter((name) => !critical.has(name)));
  const fileSizes = (names) => [...names].sort().map((name) => ({ file: `script-tag/${name}`, content: modules.get(name).map ? mainContent(modules.get(name).code, modules.get(name).map) : '', ...sizes(modules.get(name).code) }));
  const rest = [...modules.keys()].filter((name) => !critical.has(name) && !alongside.has(name));
  // Every file counts, with a source map or without (the bundler's small runtime has none).
  const loaded = [loader, ...[...critical].map((name) => modules.get(name))];
  const total = loaded.map((f) => sizes(f.code)).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const iife = {
    file: 'dist/news-elements.iife.js + dist/script-tag/',
    ...analyse(loaded.filter((f) => f.map)),
    ...total,
    files: loaded.length,
    loader: sizes(loader.code),
    beforeList: fileSizes(critical),
    alongside: fileSizes(alongside),
    onDemand: fileSizes(rest),
  };
  log(`  script tag: ${iife.raw} B raw, ${iife.gzip} B gzip before the list shows (${iife.files} files); ${alongside.size} alongside, ${rest.length} on demand`);

  /** @type {Record<string, object>} */
  const esm = {};
  /** @type {Record<string, Map<string, { name: string, code: string, map: object }>>} */
  const bundles = {};
  for (const entry of ENTRIES) {
    const { files, initial, lazy } = await bundle(entry);
    bundles[entry] = files;
    esm[entry] = {
      file: `dist/${entry}.js`,
      ...analyse(initial.map((key) => files.get(key))),
      onDemand: lazy.map((key) => ({ file: files.get(key).name, content: mainContent(files.get(key).code, files.get(key).map), ...sizes(files.get(key).code) })),
    };
    log(`  ESM ${entry}: ${esm[entry].raw} B min, ${esm[entry].gzip} B gzip at load (${initial.length} files); ${lazy.length} chunks on demand`);
  }
  return { iife, esm, bundles };
}
