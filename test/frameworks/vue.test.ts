// The Vue 3 usage of docs/frameworks.md, exercised: attributes, properties and events through Vue's renderer.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import type { NewsLoadEvent } from '../../src/events.js';
import { json, makeArticles, mockFetch, until } from '../helpers/mock-fetch.js';
// Vue's browser build: ES modules with no bundler flags to define.
// @ts-expect-error the browser build ships no declaration of its own; its API is vue's
import { createApp, h, ref } from 'vue/dist/vue.runtime.esm-browser.prod.js';

describe('Vue 3', () => {
  it('sets attributes and properties, and hears the events', async () => {
    const fetchMock = mockFetch((url) => {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('pageSize'));
      return json({ items: makeArticles(12).slice((page - 1) * size, page * size), total: 12 });
    });
    const host = document.createElement('div');
    document.body.append(host);
    const loads: NewsLoadEvent[] = [];
    const pages: number[] = [];
    const pageSize = ref(5);
    const app = createApp({
      setup() {
        return () =>
          h('news-list', {
            src: '/vue/news',
            // Vue sets a property when the element has one: a number stays a number.
            pageSize: pageSize.value,
            strings: { nextPage: 'More' },
            onNewsLoad: (event: NewsLoadEvent) => loads.push(event),
            onNewsPageChange: (event: CustomEvent<{ page: number }>) => pages.push(event.detail.page),
          });
      },
    });
    try {
      app.mount(host);
      const list = host.querySelector('news-list') as NewsList;
      await until(() => loads.length === 1, 2000, 'news-load through Vue');
      expect(list.pageSize).to.equal(5);
      expect(list.src).to.equal('/vue/news');
      expect(list.shadowRoot!.querySelectorAll('.item')).to.have.length(5);
      const next = [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('More'))!;
      next.click();
      await until(() => loads.length === 2, 2000, 'page 2');
      expect(pages).to.deep.equal([2]);
      pageSize.value = 10;
      await until(() => list.shadowRoot!.querySelectorAll('.item .title').length === 2, 2000, 'page 2 of 10 per page');
    } finally {
      app.unmount();
      host.remove();
      fetchMock.restore();
    }
  });
});
