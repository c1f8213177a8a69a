// Whether an element's stylesheets reached the browser whole. A CSS syntax slip (a selector list
// left open by a missing line, a stray brace) is not an error anywhere: the browser silently drops
// the broken rule, and with it whatever follows up to the next block. Counting the top-level
// rules of the source text against the rules the browser kept finds it.

interface StyledClass {
  elementStyles: readonly (CSSStyleSheet | { cssText: string; styleSheet?: CSSStyleSheet })[];
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

/** For each stylesheet of the class: the rules in its text and the rules the browser kept. */
export function ruleCounts(elementClass: CustomElementConstructor): { written: number; kept: number; text: string }[] {
  // Lit gathers a class's styles when it is finalized, which reading observedAttributes does (as defining it would).
  void (elementClass as unknown as { observedAttributes: unknown }).observedAttributes;
  return (elementClass as unknown as StyledClass).elementStyles.map((style) => {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet!;
    const text = style instanceof CSSStyleSheet ? [...sheet.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
    return { written: topLevelRules(text), kept: sheet.cssRules.length, text: text.slice(0, 60) };
  });
}
