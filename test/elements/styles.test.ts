// Every rule of every element's stylesheets reaches the browser (see helpers/css.ts).
import { expect } from '@open-wc/testing';
import { NewsArticle } from '../../src/elements/news-article/news-article.js';
import { NewsList } from '../../src/elements/news-list/news-list.js';
import { NewsTabs } from '../../src/elements/news-tabs/news-tabs.js';
import { ruleCounts, topLevelRules } from '../helpers/css.js';

describe('element stylesheets', () => {
  it('counts the top-level rules of CSS text, nested blocks and comments aside', () => {
    expect(topLevelRules('a { b: c } @media (x) { d { e: f } } /* g { } */ h::after { content: "}" }')).to.equal(3);
  });

  it('notices a rule the browser dropped', () => {
    const sheet = new CSSStyleSheet();
    const broken = '.notice { color: red }\n.notice p,\n  margin: 0;\n}\n.button { display: inline-flex }\n.x { color: red }';
    sheet.replaceSync(broken);
    expect(sheet.cssRules.length).to.be.below(topLevelRules(broken));
  });

  for (const [tag, elementClass] of [
    ['news-tabs', NewsTabs],
    ['news-list', NewsList],
    ['news-article', NewsArticle],
  ] as const) {
    it(`<${tag}>: the browser keeps every rule`, () => {
      const sheets = ruleCounts(elementClass);
      expect(sheets).to.have.length.of.at.least(2); // the shared host styles and the element's own
      for (const { written, kept, text } of sheets) {
        expect(kept, `rules kept of the sheet starting ${JSON.stringify(text)}`).to.equal(written);
      }
    });
  }
});
