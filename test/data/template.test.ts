import { expect } from '@open-wc/testing';
import { endpointUrl, expandTemplate, hasPlaceholders, withQuery } from '../../src/data/template.js';

describe('URL templates', () => {
  it('replaces every placeholder, URL-encoded', () => {
    expect(expandTemplate('/api/{category}/page-{page}.json?size={pageSize}&from={offset}', {
      category: 'Product & Service',
      page: 3,
      pageSize: 10,
      offset: 20,
    })).to.equal('/api/Product%20%26%20Service/page-3.json?size=10&from=20');
  });

  it('leaves missing values empty and never reads inherited properties', () => {
    expect(expandTemplate('/a/{category}/{constructor}/{id}', { category: null, id: 'x/y' })).to.equal('/a///x%2Fy');
  });

  it('appends query parameters to a URL without placeholders, keeping its own and its hash', () => {
    expect(withQuery('/news.json', { category: 'faq', page: 2, pageSize: 10 })).to.equal('/news.json?category=faq&page=2&pageSize=10');
    expect(withQuery('https://x.test/api?key=K#top', { page: 1, category: null })).to.equal('https://x.test/api?key=K&page=1#top');
    expect(withQuery('/api?', { page: 1 })).to.equal('/api?page=1');
  });

  it('chooses between expanding and appending', () => {
    expect(hasPlaceholders('/api/{page}')).to.be.true;
    expect(hasPlaceholders('/api/news')).to.be.false;
    expect(endpointUrl('/api/{page}', { page: 2, pageSize: 5 })).to.equal('/api/2');
    expect(endpointUrl('/api', { page: 2, pageSize: 5 })).to.equal('/api?page=2&pageSize=5');
  });
});
