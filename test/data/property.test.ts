// Property-based: whatever a content system's answer turns into (random mutations of each
// adapter's fixture and of the native shape, fast-check with a fixed seed), reading it never
// throws anything but a NewsError with a message, and the elements never stay blank: they show
// articles, or an error with its message.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { NewsClient } from '../../src/data/client.js';
import { NewsError } from '../../src/base/errors.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { json, mockFetch, until, type FetchMock } from '../helpers/mock-fetch.js';
import { serve, systems } from '../helpers/systems.js';

const SEED = 20261201;

/** One record changed: replaced by any JSON value, a key deleted, or a key set to any JSON value. */
const mutation = fc.oneof(
  fc.constant((record: unknown) => record),
  fc.jsonValue().map((value) => () => value),
  fc.nat().map((n) => (record: unknown) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
    const keys = Object.keys(record);
    if (!keys.length) return record;
    const copy: Record<string, unknown> = { ...record };
    delete copy[keys[n % keys.length]];
    return copy;
  }),
  fc.tuple(fc.nat(), fc.jsonValue()).map(([n, value]) => (record: unknown) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
    const keys = Object.keys(record);
    return keys.length ? { ...record, [keys[n % keys.length]]: value } : record;
  }),
);

const mutated = (records: unknown[]) => fc.array(mutation, { minLength: records.length, maxLength: records.length }).map((changes) => records.map((record, i) => changes[i](record)));

let fetchMock: FetchMock | undefined;

describe('property: any mutation of an answer', () => {
  afterEach(() => fetchMock?.restore());

  for (const system of systems) {
    it(`${system.name}: read, or a NewsError with a message, never anything else`, async () => {
      await fc.assert(
        fc.asyncProperty(mutated(system.records), async (records) => {
          fetchMock?.restore();
          fetchMock = serve(system, records);
          try {
            const page = await new NewsClient().list({ src: system.src, mapping: system.mapping }, system.adapter, { category: null, page: 1, pageSize: 100 });
            expect(page.items.length + page.skipped!.length).to.equal(records.length);
            for (const article of page.items) {
              expect(article.id).to.be.a('string').and.not.equal('');
              expect(article.title).to.be.a('string');
            }
          } catch (error) {
            expect(error).to.be.instanceOf(NewsError);
            expect((error as NewsError).message).to.not.equal('');
          }
        }),
        { seed: SEED, numRuns: 40 },
      );
    });
  }

  it('native: any JSON as the whole answer is a page or a NewsError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (answer) => {
        fetchMock?.restore();
        fetchMock = mockFetch(() => json(answer));
        try {
          await new NewsClient().list({ src: '/any' }, 'native', { category: null, page: 1, pageSize: 10 });
        } catch (error) {
          expect(error).to.be.instanceOf(NewsError);
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('<news-list> on a mutated native answer shows articles or an error with its message, never nothing', async function () {
    this.timeout(60_000);
    const [paged] = systems;
    let run = 0;
    // Mutated answers leave records out, and the list says so in the console each time: expected here.
    const warn = console.warn;
    let warnings = 0;
    console.warn = () => (warnings += 1);
    try {
      await fc.assert(
      fc.asyncProperty(mutated(paged.records), async (records) => {
        fetchMock?.restore();
        fetchMock = serve(paged, records);
        run += 1;
        const list = await fixture<NewsList>(`<news-list src="/api/property-${run}" page-size="20"></news-list>`);
        await until(() => !list.shadowRoot!.querySelector('.skeleton') && Boolean(list.shadowRoot!.querySelector('.item, [role="alert"]')), 3000, 'articles or an error');
        const alert = list.shadowRoot!.querySelector('[role="alert"]');
        if (alert) expect(alert.textContent!.trim()).to.not.equal('');
        else expect(list.shadowRoot!.querySelectorAll('.item').length).to.be.greaterThan(0);
        list.remove();
      }),
      { seed: SEED, numRuns: 30 },
      );
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.be.greaterThan(0);
  });
});
