// The URL state's functions alone: the names of the parameters, reading a selection from a URL and
// writing one into it, with the portal's own parameters kept.
import { expect } from '@open-wc/testing';
import { readSelection, urlParams, urlWith } from '../../src/controllers/url-state.js';

describe('url-state functions', () => {
  it('names the parameters by their prefix', () => {
    expect(urlParams('news')).to.deep.equal({ category: 'news-category', page: 'news-page', article: 'news-article' });
    expect(urlParams('press')).to.deep.equal({ category: 'press-category', page: 'press-page', article: 'press-article' });
  });

  it('reads what a URL names, and defaults for what it does not or cannot mean', () => {
    expect(readSelection('news', 'https://portal.example/news?news-category=faq&news-page=3&news-article=a1')).to.deep.equal({ category: 'faq', page: 3, articleId: 'a1' });
    expect(readSelection('news', 'https://portal.example/news')).to.deep.equal({ category: null, page: 1, articleId: null });
    for (const page of ['0', '-2', '1.5', 'two', '']) {
      expect(readSelection('news', `https://portal.example/?news-page=${page}`).page, page).to.equal(1);
    }
    // Another prefix's parameters are another group's.
    expect(readSelection('press', 'https://portal.example/?news-category=faq').category).to.equal(null);
  });

  it('writes the selection, leaving defaults out and the portal’s own parameters as they were', () => {
    const href = 'https://portal.example/news.aspx?lang=zh&news-article=old#top';
    const written = new URL(urlWith('news', { category: 'faq', page: 2, articleId: null }, href));
    expect(written.searchParams.get('lang')).to.equal('zh');
    expect(written.searchParams.get('news-category')).to.equal('faq');
    expect(written.searchParams.get('news-page')).to.equal('2');
    expect(written.searchParams.has('news-article')).to.be.false;
    expect(written.hash).to.equal('#top');
    expect(urlWith('news', { category: null, page: 1, articleId: null }, 'https://portal.example/?news-category=faq&news-page=4')).to.equal('https://portal.example/');
    // What is written reads back the same.
    const selection = { category: 'R&D news', page: 7, articleId: 'id with spaces/and?marks' };
    expect(readSelection('news', urlWith('news', selection, href))).to.deep.equal(selection);
  });
});
