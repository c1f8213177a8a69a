// The build's template minifier (build/minify-templates.ts), run on small modules: what it keeps,
// what it shortens, and what it refuses.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, it, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
let plugin;

before(async () => {
  // Node 20 runs no TypeScript: compile the plugin next to the project's node_modules, so that its imports resolve.
  const { code } = await transform(await readFile(new URL('build/minify-templates.ts', root), 'utf8'), { loader: 'ts', format: 'esm' });
  const dir = new URL('node_modules/.cache/news-elements-test/', root);
  mkdirSync(dir, { recursive: true });
  const file = new URL('minify-templates.mjs', dir);
  writeFileSync(file, code);
  plugin = (await import(fileURLToPath(file))).minifyTemplates();
});

const run = (code, id = '/project/src/elements/x.ts') => plugin.transform(code, id)?.code ?? code;
/** The value of the `name` template in a transformed module, as the browser would get it. */
const evaluate = (code, name) => new Function('css', 'html', `${code.replace(/^import .*$/gm, '')}; return ${name};`)((s) => s.join('|'), (s) => s.join('|'));

describe('build/minify-templates.ts', () => {
  it("minifies Lit's css, keeping what the browser gets: strings, escapes and all", () => {
    const source = "import { css } from 'lit';\nexport const styles = css`\n  /* a comment */\n  .a::before {\n    content: '\\\\2014  x';\n    color: #ffffff;\n  }\n  .b { color: red }\n`;";
    const out = run(source);
    const before = evaluate(source.replace('export ', ''), 'styles');
    const after = evaluate(out.replace('export ', ''), 'styles');
    assert.ok(after.length < before.length / 2, after);
    // The CSS escape \2014 (and the one space that ends it) is the character the browser would read.
    assert.match(after, /content:"— x"/);
    assert.match(after, /\.a:before\{[^}]*color:#fff/);
    assert.doesNotMatch(after, /comment/);
  });

  it('stops the build on CSS it cannot parse, and on css with ${}', () => {
    assert.throws(() => run("import { css } from 'lit';\nconst s = css`.notice p,\n  margin: 0;\n}\n.button { display: flex }`;"));
    assert.throws(() => run("import { css, unsafeCSS } from 'lit';\nconst s = css`a { color: ${unsafeCSS('red')} }`;"), /cannot be minified/);
  });

  it("collapses line-spanning whitespace in Lit's html to one space, and nothing else", () => {
    const source = "import { html } from 'lit';\nconst t = (x) => html`<ul>\n    <li>${x ? html`<b>\n  one</b>` : ''}</li>\n  <li>two\u00a0\u00a0three  four</li>\n</ul>`;";
    const out = run(source);
    assert.equal(out, "import { html } from 'lit';\nconst t = (x) => html`<ul> <li>${x ? html`<b> one</b>` : ''}</li> <li>two\u00a0\u00a0three  four</li> </ul>`;");
  });

  it('refuses html with <pre> or <textarea>, whose whitespace shows', () => {
    assert.throws(() => run("import { html } from 'lit';\nconst t = html`<pre>\n  code\n</pre>`;"), /<pre> or <textarea>/);
  });

  it('leaves tags that are not Lit’s alone', () => {
    const source = "import { html } from './my-html.js';\nconst t = html`<p>\n  kept\n</p>`;";
    assert.equal(run(source), source);
  });
});
