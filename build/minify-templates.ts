// Minifies the static text of Lit's templates in the built files, which is where their
// indentation and comments would otherwise ship:
// - css`…`: through Lightning CSS (the CSS minifier Vite itself uses). It refuses CSS it cannot
//   parse, so a syntax slip fails the build instead of being dropped by the browser in silence.
// - html`…`: every run of whitespace that spans a line becomes one space. A browser shows such a
//   run as one space, or none between blocks, so nothing on screen changes (the elements have no
//   <pre> or <textarea> in their templates).
// Templates are found by TypeScript's parser, so `${…}` expressions and templates nested in them
// are never touched; edits go through magic-string, so the source maps stay right.
import { transform as transformCss } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const ours = /\/src\/.*\.ts$/;

function minifyCss(css: string, file: string): string {
  const { code } = transformCss({ filename: file, code: Buffer.from(css), minify: true });
  return code.toString();
}

/** The static text spans of a template literal, as [start, end) offsets of the source. */
function staticSpans(template: ts.TemplateLiteral, source: ts.SourceFile): [number, number][] {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(source) + 1, template.end - 1]];
  const spans: [number, number][] = [[template.head.getStart(source) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    spans.push([literal.getStart(source) + 1, ts.isTemplateTail(literal) ? literal.end - 1 : literal.end - 2]);
  }
  return spans;
}

export function minifyTemplates(): Plugin {
  return {
    name: 'news-elements-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!ours.test(id) || !/\b(css|html)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const output = new MagicString(code);
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const spans = staticSpans(node.template, source);
          if (node.tag.text === 'css') {
            if (spans.length !== 1) throw new Error(`${id}: css\`…\` with \${} cannot be minified; use unsafeCSS outside the template`);
            const [start, end] = spans[0];
            output.overwrite(start, end, minifyCss(code.slice(start, end), id));
          } else if (node.tag.text === 'html') {
            for (const [start, end] of spans) {
              for (const match of code.slice(start, end).matchAll(/\s*\n\s*/g)) {
                output.overwrite(start + match.index, start + match.index + match[0].length, ' ');
              }
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: 'boundary', source: id }) } : null;
    },
  };
}
