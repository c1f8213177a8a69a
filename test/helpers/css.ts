// Whether an element's stylesheets reached the browser whole. A CSS syntax slip (a selector list
// left open by a missing line, a stray brace) is not an error anywhere: the browser silently drops
// the broken rule, and with it whatever follows up to the next block. Counting the top-level
// rules of the source text against the rules the browser kept finds it; comparing declarations
// finds what a build step changed.

type StyleResult = { cssText: string; styleSheet?: CSSStyleSheet };

interface StyledClass {
  elementStyles: readonly StyleResult[];
}

/** Top-level rule blocks in CSS text, comments and strings aside. */
export function topLevelRules(cssText: string): number {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
  let depth = 0;
  let rules = 0;
  for (const char of text) {
    if (char === '{' && depth++ === 0) rules++;
    else if (char === '}' && depth > 0) depth--; // a stray one at the top closes nothing
  }
  return rules;
}

/** A class's stylesheets as Lit gathered them (finalizing the class, as defining it would). */
function stylesOf(elementClass: CustomElementConstructor): readonly StyleResult[] {
  void (elementClass as unknown as { observedAttributes: unknown }).observedAttributes;
  return (elementClass as unknown as StyledClass).elementStyles;
}

/** For each stylesheet of the class: the rules in its text and the rules the browser kept. */
export function ruleCounts(elementClass: CustomElementConstructor): { written: number; kept: number; text: string }[] {
  return stylesOf(elementClass).map((style) => ({ written: topLevelRules(style.cssText), kept: style.styleSheet!.cssRules.length, text: style.cssText.slice(0, 60) }));
}

/** Splits a selector list at its top-level commas (not those inside :is(…) or :host(…)). */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth++;
    else if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  return [...parts, current.trim()];
}

/**
 * A value as written, for comparison: the browser normalizes what it parses, but keeps custom
 * properties (and anything with var()) as written, with the minifier's spacing and short colours.
 */
/**
 * `initial` as the value it stands for, where minifiers write one for the other (Lightning CSS
 * writes `background: none` as `background: 0 0` and `list-style: disc` as `list-style: outside`:
 * the same styles, through other longhands).
 */
const INITIAL: Record<string, string> = {
  'background-image': 'none',
  'background-position-x': '0px',
  'background-position-y': '0px',
  'list-style-type': 'disc',
  'list-style-position': 'outside',
};

/**
 * Values that engines write differently for the same style: `background: none` leaves the
 * position at `initial` in Chromium and at `0%` in Firefox and WebKit, where the minifier's
 * `background: 0 0` gives `0px`. A zero position is a zero position.
 */
const SAME_ZERO = new Set(['background-position-x', 'background-position-y']);
const engineNeutral = (property: string, value: string) => (SAME_ZERO.has(property) && /^0(%|px)?$/.test(value.trim()) ? '0px' : value);

const canonical = (value: string) => value.replace(/\s+/g, '').replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/gi, '#$1$1$2$2$3$3').toLowerCase();

/**
 * Every declaration the browser kept, as `context selector { property: value }` lines, one per
 * selector and longhand property: the same set for CSS however it was minified (merged rules,
 * shortened colours or shorthands), a different one if a build step lost or changed anything.
 */
export function declarations(rules: CSSRuleList, context = ''): string[] {
  const lines: string[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      for (const selector of selectors(rule.selectorText)) {
        for (const property of rule.style) {
          const priority = rule.style.getPropertyPriority(property);
          const value = engineNeutral(property, rule.style.getPropertyValue(property));
          lines.push(`${context}${selector} { ${property}: ${canonical(value === 'initial' ? (INITIAL[property] ?? value) : value)}${priority ? ` !${priority}` : ''} }`);
        }
      }
    } else if (rule instanceof CSSKeyframesRule) {
      for (const frame of rule.cssRules) lines.push(`${context}@keyframes ${rule.name} ${frame.cssText}`);
    } else if (rule instanceof CSSGroupingRule) {
      const condition = rule instanceof CSSConditionRule ? rule.conditionText : rule.cssText.slice(0, rule.cssText.indexOf('{'));
      // Lightning CSS writes (max-width: 32em) in range syntax, (width <= 32em): the same query.
      const query = canonical(condition).replace(/\(max-(width|height):([^)]+)\)/g, '($1<=$2)').replace(/\(min-(width|height):([^)]+)\)/g, '($1>=$2)');
      lines.push(...declarations(rule.cssRules, `${context}${rule.constructor.name} ${query} › `));
    } else {
      lines.push(`${context}${rule.cssText}`);
    }
  }
  return lines.sort();
}

/**
 * The selector lists of the style rules, as written together: a minifier that merges two rules
 * (`.a{x}` and `:host(:dir(rtl)) .b{x}` into `.a,:host(:dir(rtl)) .b{x}`) makes a list the source
 * never had, which an older browser that does not know one selector drops whole.
 */
export function selectorLists(rules: CSSRuleList, context = ''): string[] {
  const lists = new Set<string>();
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) lists.add(`${context}${selectors(rule.selectorText).join(', ')}`);
    else if (rule instanceof CSSGroupingRule) for (const list of selectorLists(rule.cssRules, `${context}${rule.constructor.name} › `)) lists.add(list);
  }
  return [...lists].sort();
}

/** The style rules' selector lists of each of a class's stylesheets. */
export function classSelectorLists(elementClass: CustomElementConstructor): string[][] {
  return stylesOf(elementClass).map((style) => selectorLists(style.styleSheet!.cssRules));
}

/** The declarations of each of a class's stylesheets. */
export function classDeclarations(elementClass: CustomElementConstructor): string[][] {
  return stylesOf(elementClass).map((style) => declarations(style.styleSheet!.cssRules));
}
