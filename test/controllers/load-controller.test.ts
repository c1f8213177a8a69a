// LoadController alone, in a host of the test's own whose loads the test answers one by one: it
// loads when its inputs change and only then, aborts the previous load and shows only the newest
// answer, reports value, error and loading, retries, announces with news-load / news-error, waits
// for `ready`, aborts on leaving the page and reloads on coming back, and waits for the strings of
// the host's language.
import { expect, fixture, html } from '@open-wc/testing';
import { TaskStatus } from '@lit/task';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsError } from '../../src/base/errors.js';
import { LoadController } from '../../src/controllers/load-controller.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../src/events.js';
import { localeOf, stringsFor } from '../../src/i18n/localize.js';
import { failed, loaded, shadow, text } from '../helpers/elements.js';

type Inputs = readonly [topic: string, page: number];

/** One call of `load`, held until the test answers it. */
interface LoadCall {
  args: Inputs;
  signal: AbortSignal;
  resolve(value: string): void;
  reject(error: unknown): void;
}

/** A promise the test opens when it likes (the `ready` wait). */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

class LoadHost extends LitElement {
  /** `undefined`: nothing to load. */
  @property() topic: string | undefined = 'news';
  @property({ type: Number }) page = 1;

  readonly calls: LoadCall[] = [];
  /** Whether a load rejects when its signal aborts, as fetch does. */
  honoursAbort = true;
  /** The `ready` wait, if any. */
  wait: (() => Promise<void> | undefined) | undefined = undefined;
  /** The values `loaded` was asked about. */
  readonly announced: string[] = [];

  readonly resource = new LoadController<Inputs, string>(this, {
    args: () => (this.topic === undefined ? undefined : ([this.topic, this.page] as const)),
    load: (args, signal) =>
      new Promise<string>((resolve, reject) => {
        this.calls.push({ args, signal, resolve, reject });
        if (this.honoursAbort) signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    ready: () => this.wait?.(),
    loaded: (value) => {
      this.announced.push(value);
      return { kind: 'categories', categories: [{ id: value, name: value }] };
    },
  });

  override render() {
    // A string of the host's language beside the value, for the language tests.
    return html`<p>${stringsFor(localeOf(this)).all}</p>
      <output>${this.resource.value ?? ''}</output>`;
  }
}
customElements.define('test-load-host', LoadHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-load-host': LoadHost;
  }
}

/** The news-load and news-error events a host fires from now on. */
function record(host: LoadHost): { loads: NewsLoadEvent[]; errors: NewsErrorEvent[] } {
  const events = { loads: [] as NewsLoadEvent[], errors: [] as NewsErrorEvent[] };
  host.addEventListener('news-load', (event) => events.loads.push(event));
  host.addEventListener('news-error', (event) => events.errors.push(event));
  return events;
}

/** Until the newest run has ended (either way) and its result has rendered. */
async function settled(host: LoadHost): Promise<void> {
  await host.resource.task.taskComplete.catch(() => undefined);
  await rendered(host);
}

/**
 * Until no update is pending. (A run with nothing to load never settles `taskComplete`, but it
 * does request an update.)
 */
async function rendered(host: LoadHost): Promise<void> {
  while (!(await host.updateComplete));
}

/** Until every microtask queued so far has run: time for an answer that should be ignored to be taken, if it were. */
const aTask = () => new Promise((resolve) => setTimeout(resolve));

const shown = (host: LoadHost) => text(shadow(host, 'output'));

describe('LoadController', () => {
  describe('inputs', () => {
    it('loads once the host renders, with its inputs, and is loading meanwhile', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host .page=${3}></test-load-host>`);
      expect(host.calls.map((call) => call.args)).to.deep.equal([['news', 3]]);
      expect(host.resource.status).to.equal(TaskStatus.PENDING);
      expect(host.resource.loading).to.be.true;
      expect(host.resource.value).to.equal(undefined);
      expect(host.resource.error).to.equal(undefined);
    });

    it('does not load again while the inputs stay the same (a new array of equal inputs included)', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      // Each render asks `args()` again, which makes a new array of the same inputs.
      host.requestUpdate();
      await host.updateComplete;
      host.topic = 'news';
      await host.updateComplete;
      expect(host.calls).to.have.length(1);
      host.calls[0].resolve('first');
      await settled(host);
      host.requestUpdate();
      await host.updateComplete;
      expect(host.calls, 'nor once the answer is in').to.have.length(1);
      expect(host.calls[0].signal.aborted).to.be.false;
    });

    it('loads again when one input changes, with the new inputs', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      host.calls[0].resolve('news 1');
      await settled(host);
      host.page = 2;
      await host.updateComplete;
      host.topic = 'faq';
      await host.updateComplete;
      expect(host.calls.map((call) => call.args)).to.deep.equal([
        ['news', 1],
        ['news', 2],
        ['faq', 2],
      ]);
    });

    it('loads nothing while there are no inputs, and loads when they come', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host .topic=${undefined}></test-load-host>`);
      await rendered(host);
      expect(host.calls).to.have.length(0);
      expect(host.resource.status).to.equal(TaskStatus.INITIAL);
      expect(host.resource.loading).to.be.false;
      expect(host.resource.error).to.equal(undefined);
      host.topic = 'faq';
      await host.updateComplete;
      expect(host.calls.map((call) => call.args)).to.deep.equal([['faq', 1]]);
    });
  });

  describe('newest wins', () => {
    it('aborts the previous load when the inputs change mid-flight, and announces only the new one', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      const events = record(host);
      const [first] = host.calls;
      host.page = 2;
      await host.updateComplete;
      expect(first.signal.aborted, 'the previous signal').to.be.true;
      expect(host.calls[1].signal.aborted, 'the new signal').to.be.false;
      expect(host.resource.loading).to.be.true;
      const load = loaded(host);
      host.calls[1].resolve('page 2');
      await load;
      expect(shown(host)).to.equal('page 2');
      expect(host.announced).to.deep.equal(['page 2']);
      expect(events.loads).to.have.length(1);
      expect(events.errors, 'an aborted load is no error').to.have.length(0);
    });

    it('never shows an older answer, even from a load that ignores its signal', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host .honoursAbort=${false}></test-load-host>`);
      const events = record(host);
      host.page = 2;
      await host.updateComplete;
      host.page = 3;
      await host.updateComplete;
      const [first, second, third] = host.calls;
      // An older answer while the newest is still out: still loading, nothing shown.
      first.resolve('page 1');
      await aTask();
      await rendered(host);
      expect(host.resource.loading).to.be.true;
      expect(host.resource.value).to.equal(undefined);
      third.resolve('page 3');
      await settled(host);
      // And one after it.
      second.resolve('page 2');
      await aTask();
      await rendered(host);
      expect(host.resource.value).to.equal('page 3');
      expect(shown(host)).to.equal('page 3');
      expect(host.announced).to.deep.equal(['page 3']);
      expect(events.loads.map((event) => event.detail)).to.deep.equal([{ kind: 'categories', categories: [{ id: 'page 3', name: 'page 3' }] }]);
    });

    it('aborts the load when the inputs go away mid-flight, and is then loading nothing', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      const events = record(host);
      host.topic = undefined;
      await rendered(host);
      expect(host.calls[0].signal.aborted).to.be.true;
      expect(host.calls).to.have.length(1);
      expect(host.resource.status).to.equal(TaskStatus.INITIAL);
      expect(host.resource.loading).to.be.false;
      expect(host.resource.error).to.equal(undefined);
      expect([events.loads.length, events.errors.length]).to.deep.equal([0, 0]);
    });
  });

  describe('value, error and loading', () => {
    it('holds the value once loaded, and keeps it while the next inputs load', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      host.calls[0].resolve('page 1');
      await settled(host);
      expect(host.resource.status).to.equal(TaskStatus.COMPLETE);
      expect(host.resource.value).to.equal('page 1');
      expect(host.resource.loading).to.be.false;
      expect(host.resource.error).to.equal(undefined);
      expect(shown(host)).to.equal('page 1');
      host.page = 2;
      await host.updateComplete;
      expect(host.resource.loading).to.be.true;
      expect(host.resource.value).to.equal('page 1');
      host.calls[1].resolve('page 2');
      await settled(host);
      expect([host.resource.value, host.resource.loading]).to.deep.equal(['page 2', false]);
    });

    it('reports a NewsError as it is: in error, in news-error, and no longer loading', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      const events = record(host);
      const problem = new NewsError('http', 'HTTP 503', { status: 503, url: '/news.json' });
      const failure = failed(host);
      host.calls[0].reject(problem);
      const event = await failure;
      expect(event.detail.error).to.equal(problem);
      await settled(host);
      expect(host.resource.status).to.equal(TaskStatus.ERROR);
      expect(host.resource.error).to.equal(problem);
      expect(host.resource.loading).to.be.false;
      expect(host.resource.value).to.equal(undefined);
      expect(events.loads, 'no news-load for a failure').to.have.length(0);
      expect(host.announced).to.deep.equal([]);
    });

    it('turns anything else thrown into a NewsError with its message', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      const cause = new TypeError('items is not iterable');
      const failure = failed(host);
      host.calls[0].reject(cause);
      const { error } = (await failure).detail;
      expect(error).to.be.instanceOf(NewsError);
      expect([error.kind, error.message]).to.deep.equal(['shape', 'items is not iterable']);
      expect(error.cause).to.equal(cause);
      await settled(host);
      expect(host.resource.error).to.be.instanceOf(NewsError);
      expect(host.resource.error!.message).to.equal('items is not iterable');
    });
  });

  describe('retry()', () => {
    it('loads the same inputs again after an error, and a success clears the error', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host .page=${4}></test-load-host>`);
      host.calls[0].reject(new NewsError('network', 'offline'));
      await settled(host);
      expect(host.resource.error?.kind).to.equal('network');
      host.resource.retry();
      await host.updateComplete;
      expect(host.calls.map((call) => call.args)).to.deep.equal([
        ['news', 4],
        ['news', 4],
      ]);
      expect(host.resource.loading).to.be.true;
      expect(host.resource.error, 'not in error while retrying').to.equal(undefined);
      const load = loaded(host);
      host.calls[1].resolve('back');
      await load;
      expect([host.resource.value, host.resource.error, host.resource.loading]).to.deep.equal(['back', undefined, false]);
      expect(shown(host)).to.equal('back');
    });

    it('does nothing while there are no inputs', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host .topic=${undefined}></test-load-host>`);
      await rendered(host);
      host.resource.retry();
      await rendered(host);
      expect(host.calls).to.have.length(0);
      expect(host.resource.loading).to.be.false;
    });
  });

  describe('news-load', () => {
    it('fires once the value has rendered, with what loaded() makes of it', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      let shownAtEvent: string | undefined;
      host.addEventListener('news-load', () => (shownAtEvent = shown(host)));
      const load = loaded(host);
      host.calls[0].resolve('ready to read');
      const event = await load;
      expect(shownAtEvent, 'what the host showed when news-load fired').to.equal('ready to read');
      expect(host.announced).to.deep.equal(['ready to read']);
      expect(event.detail).to.deep.equal({ kind: 'categories', categories: [{ id: 'ready to read', name: 'ready to read' }] });
    });
  });

  describe('ready', () => {
    it('requests nothing until the wait is over', async () => {
      const wait = gate();
      const host = await fixture<LoadHost>(html`<test-load-host .wait=${() => wait.promise}></test-load-host>`);
      expect(host.calls).to.have.length(0);
      expect(host.resource.loading, 'loading while it waits').to.be.true;
      wait.open();
      // The controller's own `then` on the wait was registered first, so it has run by now.
      await wait.promise;
      expect(host.calls.map((call) => call.args)).to.deep.equal([['news', 1]]);
      const load = loaded(host);
      host.calls[0].resolve('after the wait');
      await load;
      expect(shown(host)).to.equal('after the wait');
    });

    it('restarts on a change of the inputs meanwhile: only the newest inputs are requested', async () => {
      const wait = gate();
      let waits = 0;
      const host = await fixture<LoadHost>(
        html`<test-load-host
          .wait=${() => {
            waits += 1;
            return wait.promise;
          }}
        ></test-load-host>`,
      );
      const events = record(host);
      host.page = 2;
      await host.updateComplete;
      host.topic = 'faq';
      await host.updateComplete;
      expect(waits, 'each run waits').to.equal(3);
      expect(host.calls).to.have.length(0);
      wait.open();
      // The controller's `then`s on the wait were registered first, so they have run by now.
      await wait.promise;
      expect(host.calls.map((call) => call.args)).to.deep.equal([['faq', 2]]);
      expect(host.calls[0].signal.aborted).to.be.false;
      const load = loaded(host);
      host.calls[0].resolve('faq 2');
      await load;
      expect(host.resource.value).to.equal('faq 2');
      expect(events.errors, 'the runs restarted are no errors').to.have.length(0);
      expect(events.loads).to.have.length(1);
    });
  });

  describe('leaving the page', () => {
    it('aborts a load in flight, with no error, and loads it again on coming back', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      const events = record(host);
      const place = host.parentNode!;
      host.remove();
      expect(host.calls[0].signal.aborted).to.be.true;
      await settled(host);
      expect(host.resource.error, 'cut off is not an error').to.equal(undefined);
      expect(host.resource.loading, 'cut off shows as loading').to.be.true;
      expect(events.errors).to.have.length(0);
      place.appendChild(host);
      await host.updateComplete;
      expect(host.calls.map((call) => call.args)).to.deep.equal([
        ['news', 1],
        ['news', 1],
      ]);
      expect(host.calls[1].signal.aborted).to.be.false;
      const load = loaded(host);
      host.calls[1].resolve('again');
      await load;
      expect([host.resource.value, host.resource.loading]).to.deep.equal(['again', false]);
      expect(shown(host)).to.equal('again');
    });

    it('keeps what had loaded: leaving and coming back requests nothing', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host></test-load-host>`);
      host.calls[0].resolve('kept');
      await settled(host);
      const place = host.parentNode!;
      host.remove();
      place.appendChild(host);
      await host.updateComplete;
      expect(host.calls).to.have.length(1);
      expect(host.calls[0].signal.aborted).to.be.false;
      expect([host.resource.value, host.resource.loading]).to.deep.equal(['kept', false]);
    });
  });

  // Each language's built-in strings load once per page: each test has a language of its own.
  describe('the host’s language', () => {
    it('shows the answer in that language: news-load waits for its strings', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host lang="zh-CN"></test-load-host>`);
      let wordAtEvent: string | undefined;
      host.addEventListener('news-load', () => (wordAtEvent = text(shadow(host, 'p'))));
      const load = loaded(host);
      // Answered at once; the strings come over the network, after it.
      host.calls[0].resolve('新闻');
      await load;
      expect(wordAtEvent).to.equal('全部');
      expect(shown(host)).to.equal('新闻');
    });

    it('shows an error in that language too', async () => {
      const host = await fixture<LoadHost>(html`<test-load-host lang="ar"></test-load-host>`);
      const failure = failed(host);
      host.calls[0].reject(new NewsError('network', 'offline'));
      await failure;
      await host.updateComplete;
      expect(text(shadow(host, 'p'))).to.equal('الكل');
    });
  });
});
