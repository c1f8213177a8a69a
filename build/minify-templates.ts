// Minifies the static text of Lit's templates in the built files, which is where their
// indentation and comments would otherwise ship:
// - css`…`: through Lightning CSS (the CSS minifier Vite itself uses). It refuses CSS it cannot
//   parse, so a syntax slip fails the build instead of being dropped by the browser in silence.
// - html`…`: every run of spaces, tabs and line breaks that spans a line becomes one space. A
//   browser shows such a run as one space, or none between blocks, so nothing on screen changes.
//   Other spaces (no-break, ideographic) are kept, and a template with <pre> or <textarea>, whose
//   whitespace shows, stops the build.
// Only the `html` and `css` imported from Lit are touched. Templates are found by TypeScript's
// parser, so `${…}` expressions and templates nested in them are never touched; edits go through
// magic-string, so the source maps stay right.
import { transform as transformCss } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const ours = /\/src\/.*\.ts$/;

/** The local names under which a module imports Lit's `html` and `css` tags. */
function litTags(source: ts.SourceFile): Map<string, 'html' | 'css'> {
  const tags = new Map<string, 'html' | 'css'>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !/^lit(\/|$)/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 'html' || imported === 'css') tags.set(element.name.text, imported);
    }
  }
  return tags;
}

function minifyCss(css: string, file: string): string {
  const { code } = transformCss({ filename: file, code: Buffer.from(css), minify: true });
  return code.toString();
}

/** Text as the inside of a template literal that evaluates to it. */
function asTemplateText(text: string): string {
  return text.replace(/[\\`]|\$\{/g, (special) => `\\${special}`);
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
      const tags = litTags(source);
      if (!tags.size) return null;
      const output = new MagicString(code);
      const visit = (node: ts.Node): void => {
        const tag = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) ? tags.get(node.tag.text) : undefined;
        if (tag && ts.isTaggedTemplateExpression(node)) {
          const spans = staticSpans(node.template, source);
          const where = `${id}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
          if (tag === 'css') {
            const template = node.template;
            if (!ts.isNoSubstitutionTemplateLiteral(template)) throw new Error(`${where}: css\`…\` with \${} cannot be minified; use unsafeCSS outside the template`);
            // The CSS is the string the browser gets (escapes such as \\2014 or \u2014 resolved), and
            // goes back into the source as a template again.
            const [start, end] = spans[0];
            output.overwrite(start, end, asTemplateText(minifyCss(template.text, where)));
          } else {
            for (const [start, end] of spans) {
              const text = code.slice(start, end);
              if (/<(pre|textarea)\b/i.test(text)) throw new Error(`${where}: html\`…\` with <pre> or <textarea>, whose whitespace shows, cannot be minified`);
              for (const match of text.matchAll(/[ \t\r\n]*\n[ \t\r\n]*/g)) {
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
