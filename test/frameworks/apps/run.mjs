#!/usr/bin/env node
// npm run test:frameworks: the package as a user gets it, in the four frameworks of docs/frameworks.md.
//
//   1. the framework snippets of the docs (each fenced block after an
//      `<!-- test/frameworks/apps/<app>/<file> -->` line, in README.md or docs/) are those files;
//   2. `npm pack` (prepack: the library build, with the framework types);
//   3. each app, in sequence, copied to a temporary folder outside the repository (so nothing of
//      the repository's own node_modules or types can be resolved): `npm ci` from its committed
//      lockfile, the tarball installed over it (`--no-save`: the lockfile stays as committed),
//      and its `npm run build`: the framework's own type check, then its production build. Each
//      app has one `@ts-expect-error` (Vue: `@vue-expect-error`) that fails its check if the
//      types stop refusing what they should.
//
// Every step runs even when one before it failed; exit 1 if any failed. Writes nothing in the
// repository but the ignored dist/ and custom-elements.json of the build.
//
//   node test/frameworks/apps/run.mjs [react] [vue] [angular] [svelte] [--keep]
//
// --keep leaves the temporary folder (printed) to look into. To change an app: edit it here; after
// changing its package.json, `npm install --package-lock-only --no-audit --no-fund` in its folder
// updates its lockfile without a node_modules/ in the repository (whose packages' own *.test.ts
// web-test-runner's test/**/*.test.ts would find).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const APPS_DIR = fileURLToPath(new URL('./', import.meta.url));
const APPS = ['react', 'vue', 'angular', 'svelte'];

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !APPS.includes(name));
if (unknown.length) {
  console.error(`test:frameworks: no app ${unknown.join(', ')} (apps: ${APPS.join(', ')})`);
  process.exit(2);
}
const apps = named.length ? APPS.filter((app) => named.includes(app)) : APPS;

// npm when this runs under npm (npm_execpath), else the npm on the PATH.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

/** Runs a command with the console inherited; resolves with its exit code (1 for a signal or a failed start). */
function run([command, ...rest], cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, rest, { cwd, stdio: 'inherit', env: { ...process.env, NG_CLI_ANALYTICS: 'false', CI: 'true' } });
    child.on('error', (error) => {
      console.error(`test:frameworks: could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

/** The Markdown files that may hold the framework snippets: README.md and docs/**. */
function markdownFiles() {
  const files = [join(ROOT, 'README.md')];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.md')) files.push(join(dir, entry.name));
    }
  };
  if (existsSync(join(ROOT, 'docs'))) walk(join(ROOT, 'docs'));
  return files;
}

/** Problems with the snippets: one that differs from its file, or an app with none in the docs. */
function snippetProblems(files = markdownFiles()) {
  const problems = [];
  const shown = new Set();
  const snippet = /^<!-- (test\/frameworks\/apps\/([\w-]+)\/[^\s>]+?)(?: [^>]*)? -->\n+```[\w-]*\n([\s\S]*?)^```$/gm;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, path, app, code] of text.matchAll(snippet)) {
      shown.add(app);
      const where = `${relative(ROOT, file)}: the snippet of ${path}`;
      if (!existsSync(join(ROOT, path))) problems.push(`${where}: no such file`);
      else if (readFileSync(join(ROOT, path), 'utf8') !== code) problems.push(`${where} differs from the file (copy the file into the snippet)`);
    }
  }
  for (const app of APPS) {
    if (!shown.has(app)) problems.push(`no snippet of test/frameworks/apps/${app}/ in README.md or docs/ (a fenced block after <!-- test/frameworks/apps/${app}/<file> -->)`);
  }
  return problems;
}

const results = [];
const step = async (label, body) => {
  console.log(`\ntest:frameworks: ${label}`);
  const started = Date.now();
  let ok;
  try {
    ok = await body();
  } catch (error) {
    console.error(`test:frameworks: ${label}: ${error.message}`);
    ok = false;
  }
  const result = { label, ok, seconds: (Date.now() - started) / 1000 };
  results.push(result);
  return result;
};

await step('the docs\' snippets are the apps\' files', () => {
  const problems = snippetProblems();
  for (const problem of problems) console.error(`  ${problem}`);
  return problems.length === 0;
});

const scratch = mkdtempSync(join(tmpdir(), 'news-frameworks-'));
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const tarball = join(scratch, `${name}-${version}.tgz`);

const packed = await step('npm pack (prepack: the library build)', async () => (await run([...npm, 'pack', '--pack-destination', scratch], ROOT)) === 0 && existsSync(tarball));

for (const app of apps) {
  if (!packed.ok) {
    results.push({ label: `${app}: not run (no tarball)`, ok: false, seconds: 0 });
    continue;
  }
  const dir = join(scratch, app);
  cpSync(join(APPS_DIR, app), dir, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist|\.angular)$/.test(source),
  });
  const install = await step(`${app}: npm ci, then the tarball`, async () =>
    (await run([...npm, 'ci', '--no-audit', '--no-fund'], dir)) === 0 &&
    (await run([...npm, 'install', '--no-save', '--no-audit', '--no-fund', tarball], dir)) === 0);
  if (!install.ok) {
    results.push({ label: `${app}: npm run build: not run (the install failed)`, ok: false, seconds: 0 });
    continue;
  }
  await step(`${app}: npm run build (type check, then build)`, async () => (await run([...npm, 'run', 'build'], dir)) === 0);
}

if (keep) console.log(`\ntest:frameworks: the apps and the tarball are kept in ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });

const width = Math.max(...results.map((r) => r.label.length));
console.log('\ntest:frameworks, by step:');
for (const r of results) console.log(`  ${r.label.padEnd(width)}  ${(r.ok ? 'ok' : 'FAILED').padEnd(6)}  ${r.seconds.toFixed(1).padStart(6)} s`);
const failed = results.filter((r) => !r.ok).length;
console.log(`frameworks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
