// The readers of dirty records (src/data/lenient.ts): a file of their own that a clean answer of
// the native shape never loads, and that the pipeline loads with the first record needing one
// (a date of another form than ISO 8601, the ISO-like ones and Unix time; a body with markup for a
// missing title). The tests run in this order: the file's page starts without them.
import { expect } from '@open-wc/testing';
import { NewsClient } from '../../src/data/client.js';
import { json, mockFetch, type FetchMock } from '../helpers/mock-fetch.js';

const everything = { category: null, page: 1, pageSize: 100 };
const readersRequested = () => performance.getEntriesByType('resource').some((entry) => /\/src\/data\/lenient\.[jt]s\b/.test(entry.name));

let fetchMock: FetchMock | undefined;

describe('the readers of dirty records', () => {
  afterEach(() => fetchMock?.restore());

  it('are not loaded for a clean answer: ISO 8601, MySQL and Unix dates, entities, plain-text drafts', async () => {
    fetchMock = mockFetch(() =>
      json({
        items: [
          { id: 1, title: 'R&amp;D', publishedAt: '2025-02-12T09:30:00+08:00' },
          { id: 2, title: 'MySQL', publishedAt: '2025-02-12 09:30:00', updatedAt: 1739323800 },
          { id: 3, body: 'A draft saved without a title', publishedAt: 'N/A' },
        ],
      }),
    );
    const page = await new NewsClient().list({ src: '/api/clean' }, 'native', everything);
    expect(page.items.map((a) => [a.title, a.publishedAt])).to.deep.equal([
      ['R&D', '2025-02-12T09:30:00+08:00'],
      ['MySQL', '2025-02-12T09:30:00'],
      ['A draft saved without a title', undefined],
    ]);
    expect(readersRequested()).to.equal(false);
  });

  it('load with the first record that needs them, which is then read as before', async () => {
    fetchMock = mockFetch(() =>
      json({
        items: [
          { id: 1, title: 'Clean', publishedAt: '2025-02-12T09:30:00+08:00' },
          { id: 2, title: 'RFC 822', publishedAt: 'Wed, 12 Feb 2025 09:30:00 GMT' },
          { id: 3, body: '<p>Saved <b>without</b> a title</p>', publishedAt: '2025-02' },
          { id: 4, title: 'Unreadable date', publishedAt: 'next Tuesday' },
        ],
      }),
    );
    const page = await new NewsClient().list({ src: '/api/dirty' }, 'native', everything);
    expect(page.items.map((a) => [a.title, a.publishedAt])).to.deep.equal([
      ['Clean', '2025-02-12T09:30:00+08:00'],
      ['RFC 822', '2025-02-12T09:30:00Z'],
      ['Saved without a title', '2025-02-01'],
      ['Unreadable date', undefined],
    ]);
    expect(page.skipped).to.deep.equal([]);
    expect(readersRequested()).to.equal(true);
  });
});
