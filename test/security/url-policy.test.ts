import { expect } from '@open-wc/testing';
import { safeLinkUrl, safeMediaUrl, safeSrcset, sameOriginAs } from '../../src/security/url-policy.js';

describe('URL policy', () => {
  it('lets http, https, relative and mailto links through', () => {
    for (const url of ['https://a.example/x', 'http://a.example', '/news/1', 'detail.html?id=1', '../x', 'mailto:press@a.example']) {
      expect(safeLinkUrl(url), url).to.equal(url);
    }
  });

  it('drops javascript:, data:, vbscript: and blob: in every disguise', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,<script>', 'vbscript:msgbox', 'blob:https://a/x']) {
      expect(safeLinkUrl(url), JSON.stringify(url)).to.equal(undefined);
      expect(safeMediaUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('does not load media from mailto:', () => {
    expect(safeMediaUrl('mailto:a@b.c')).to.equal(undefined);
    expect(safeMediaUrl('/img/a.jpg')).to.equal('/img/a.jpg');
  });

  it('checks every candidate of a srcset', () => {
    expect(safeSrcset('/a.jpg 1x, https://b/c.jpg 2x')).to.be.true;
    expect(safeSrcset('/a.jpg 1x, javascript:alert(1) 2x')).to.be.false;
  });

  it('keeps next links and relations on the origin of src', () => {
    expect(sameOriginAs('/api/news?page=2', '/api/news')).to.be.true;
    expect(sameOriginAs('https://cms.example/api?page=2', 'https://cms.example/api')).to.be.true;
    expect(sameOriginAs('?page=3', 'https://cms.example/api')).to.be.true;
    expect(sameOriginAs('https://evil.example/api?page=2', 'https://cms.example/api')).to.be.false;
    expect(sameOriginAs('//evil.example/x', '/api/news')).to.be.false;
    expect(sameOriginAs('javascript:alert(1)', '/api/news')).to.be.false;
  });
});

describe('defusing markup before it is parsed', () => {
  it('renames inline handlers and <base> inside tags, and leaves text alone', async () => {
    const { defuseMarkup } = await import('../../src/security/defuse.js');
    expect(defuseMarkup('<img src=x onerror="a()"><svg/onload=b()><p>say onclick=hi</p><base href="https://e/">')).to.equal(
      '<img src=x data-news-defused-onerror="a()"><svg/data-news-defused-onload=b()><p>say onclick=hi</p><news-defused-base href="https://e/">',
    );
    expect(defuseMarkup('<a href="/x" onmouseover =\'c()\' ONCLICK=d()>t</a>')).to.equal('<a href="/x" data-news-defused-onmouseover =\'c()\' data-news-defused-ONCLICK=d()>t</a>');
  });
});
