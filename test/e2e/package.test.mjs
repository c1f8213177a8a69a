// `npm pack` holds exactly what users need: the builds, the types, the manifest, README and
// package.json; no sources, tests, demo or configuration.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the npm package', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = pack.files.map((file) => file.path).sort();

  it('contains the builds, the types and the manifest', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/news-elements.js', 'dist/define.js', 'dist/news-tabs.js', 'dist/news-list.js', 'dist/news-article.js', 'dist/news-elements.iife.js', 'dist/types/index.d.ts', 'dist/types/define.d.ts', 'dist/types/news-list.d.ts']) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
  });

  it('contains nothing else: no sources, tests, demo, configs or maps of the demo', () => {
    const unexpected = files.filter(
      (file) => !/^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/[\w.-]+\.js(\.map)?|dist\/chunks\/[\w.-]+\.js(\.map)?|dist\/script-tag\/[\w.-]+\.js(\.map)?|dist\/types\/.+\.d\.ts|bin\/news-elements\.mjs)$/.test(file),
    );
    assert.deepEqual(unexpected, []);
  });

  it('points every export at a file in the package, and names the manifest', () => {
    const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    assert.equal(manifest.customElements, 'custom-elements.json');
    const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is packed`);
    // (The source files in sideEffects are for the demo and Storybook, which build from src/.)
    for (const module of manifest.sideEffects.filter((file) => file.startsWith('./dist/'))) {
      const pattern = new RegExp(`^${module.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);
      assert.ok(files.some((file) => pattern.test(file)), `${module} is packed`);
    }
  });

  it('the manifest documents the three tags with their attributes, events, parts and custom properties', () => {
    const cem = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
    const elements = cem.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), ['news-article', 'news-list', 'news-tabs']);
    const list = elements.find((element) => element.tagName === 'news-list');
    for (const name of ['src', 'page-size', 'article-href', 'layout', 'url-state']) assert.ok(list.attributes.some((a) => a.name === name), name);
    assert.deepEqual(list.events.map((e) => e.name).sort(), ['news-article-select', 'news-error', 'news-load', 'news-page-change']);
    assert.ok(list.cssParts.some((part) => part.name === 'item'));
    assert.ok(list.cssProperties.some((property) => property.name === '--news-accent'));
  });
});
