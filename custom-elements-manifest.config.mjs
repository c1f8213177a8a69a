// The Custom Elements Manifest (`npm run analyze` → custom-elements.json) describes the public API
// only: what a page can set, listen to and style. Storybook's docs and Controls, docs/reference.md
// and editors read it, so internals stay out of it at the source.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Leaves out every private, protected and `#private` member (the analyzer lists them with their
 * privacy; Storybook and most readers show them all). Public members that only the elements use
 * among themselves carry `@internal`, which the analyzer already leaves out.
 */
function publicApiOnly() {
  const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
  return {
    name: 'news-elements:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

/**
 * A field whose initial value is an imported constant (`pageSize = DEFAULT_PAGE_SIZE`) gets that
 * constant's value and type (10, number) as its default. The analyzer's own resolution misses
 * TypeScript modules imported as `.js`, and the constant's module need not be in the manifest.
 */
function constantDefaults() {
  const constantsOf = new Map();
  /** The exported `const NAME = literal` declarations of a module, by name. */
  const constants = (file) => {
    if (!constantsOf.has(file)) {
      const found = new Map();
      const source = ts.createSourceFile(file.pathname, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
        for (const declaration of statement.declarationList.declarations) {
          const value = declaration.initializer;
          if (!ts.isIdentifier(declaration.name) || !value) continue;
          if (ts.isNumericLiteral(value)) found.set(declaration.name.text, { default: value.text, type: 'number' });
          else if (ts.isStringLiteral(value)) found.set(declaration.name.text, { default: `'${value.text}'`, type: 'string' });
          else if (value.kind === ts.SyntaxKind.TrueKeyword || value.kind === ts.SyntaxKind.FalseKeyword) found.set(declaration.name.text, { default: value.getText(), type: 'boolean' });
        }
      }
      constantsOf.set(file, found);
    }
    return constantsOf.get(file);
  };
  return {
    name: 'news-elements:constant-defaults',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const member of declaration.members ?? []) {
          const from = member.resolveInitializer?.module;
          if (!from || 'package' in member.resolveInitializer) continue;
          const file = new URL(from.replace(/^\/?/, './').replace(/\.js$/, '.ts'), import.meta.url);
          let constant;
          try {
            constant = constants(file).get(member.default);
          } catch {
            continue;
          }
          if (!constant) continue;
          member.default = constant.default;
          member.type ??= { text: constant.type };
          delete member.resolveInitializer;
          // The attribute of a Lit property was copied from the field before this phase.
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.fieldName !== member.name) continue;
            attribute.default = constant.default;
            attribute.type ??= { text: constant.type };
          }
        }
      }
    },
  };
}

/**
 * A field that is `null` until given, where `null` means a default (`adapter`: `native`), shows
 * that default, as its JSDoc's `@default` says: the analyzer keeps the initializer's `null`.
 */
function documentedDefaults() {
  const documented = new Map();
  return {
    name: 'news-elements:documented-defaults',
    analyzePhase({ ts: tsApi, node, moduleDoc }) {
      if (!tsApi.isPropertyDeclaration(node) || !tsApi.isIdentifier(node.name) || !tsApi.isClassDeclaration(node.parent) || !node.parent.name) return;
      const tag = tsApi.getJSDocTags(node).find((one) => one.tagName.text === 'default');
      const value = typeof tag?.comment === 'string' ? tag.comment.trim() : undefined;
      if (value) documented.set(`${moduleDoc.path} ${node.parent.name.text} ${node.name.text}`, value);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const member of declaration.members ?? []) {
          const value = documented.get(`${moduleDoc.path} ${declaration.name} ${member.name}`);
          if (!value) continue;
          member.default = value;
          for (const attribute of declaration.attributes ?? []) if (attribute.fieldName === member.name) attribute.default = value;
        }
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  plugins: [constantDefaults(), documentedDefaults(), publicApiOnly()],
};
