// No circular import in src/, between modules or between folders (data/ → security/ → data/),
// counting type-only imports and import() too: each module and each folder can be read after
// the ones it builds on. Reads the import specifiers of every source file (the house style writes
// them all as `from '…'` or `import('…')` with relative paths).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(SRC, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f));

/** Each module's relative imports, as paths under src/. */
const graph = new Map(
  files.map((file) => {
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.[^'"]+)['"]/gm)].map((m) => m[1]);
    return [relative(SRC, file), specifiers.map((s) => relative(SRC, resolve(dirname(file), s.replace(/\.js$/, '.ts'))))];
  }),
);

function cycles(edges) {
  const found = [];
  const state = new Map();
  const stack = [];
  const visit = (node) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

test('every import resolves to a source file', () => {
  for (const [file, imports] of graph) for (const target of imports) assert.ok(graph.has(target), `${file} imports ${target}, which is not in src/`);
});

test('no module imports itself back, by any path', () => {
  assert.deepEqual(cycles(graph), []);
});

test('no folder imports itself back (src/data, src/security, src/controllers, …)', () => {
  // A file at the top of src/ (an entry, events.ts) stands for itself.
  const folderOf = (file) => (file.includes('/') ? file.split('/')[0] : file);
  const folders = new Map();
  for (const [file, imports] of graph) {
    const from = folderOf(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const target of imports) if (folderOf(target) !== from) folders.get(from).add(folderOf(target));
  }
  assert.deepEqual(cycles(new Map([...folders].map(([k, v]) => [k, [...v]]))), []);
});
