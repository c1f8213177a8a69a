// RovingTabindexController alone, in a tab bar of the test's own: one item in the Tab order (the
// host's current one, or the one the arrow keys reached until reset()), the arrow keys with
// wrap-around, mirrored right-to-left, Home and End, and only those keys, without modifiers.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { RovingTabindexController } from '../../src/controllers/roving-tabindex.js';
import { shadowAll } from '../helpers/elements.js';
import { press } from '../helpers/keys.js';

class RovingHost extends LitElement {
  @property({ type: Number }) count = 4;
  /** The host's current item (the selected tab). */
  @property({ type: Number }) current = 0;

  /** What handleKeydown returned, per keydown. */
  readonly handled: boolean[] = [];
  readonly roving = new RovingTabindexController(this, () => shadowAll(this, '[role="tab"]'));

  override render() {
    return html`<div role="tablist" @keydown=${(event: KeyboardEvent) => this.handled.push(this.roving.handleKeydown(event))}>
      ${Array.from(
        { length: this.count },
        (_, index) => html`<button type="button" role="tab" tabindex=${this.roving.tabindexFor(index, this.current)}>Tab ${index}</button>`,
      )}
    </div>`;
  }
}
customElements.define('test-roving-host', RovingHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-roving-host': RovingHost;
  }
}

const items = (host: RovingHost) => shadowAll<HTMLButtonElement>(host, '[role="tab"]');
const tabIndexes = (host: RovingHost) => items(host).map((item) => item.tabIndex);
/** The index of the item that has focus, -1 if none has. */
const focused = (host: RovingHost) => items(host).indexOf(host.shadowRoot!.activeElement as HTMLButtonElement);

/** Presses a key and waits for the host's render; returns where focus is and the Tab order then. */
async function pressOn(host: RovingHost, key: string): Promise<{ focus: number; tabIndexes: number[] }> {
  await press(key);
  await host.updateComplete;
  return { focus: focused(host), tabIndexes: tabIndexes(host) };
}

/** The Tab order with only `index` in it, for `count` items. */
const onlyAt = (index: number, count = 4) => Array.from({ length: count }, (_, i) => (i === index ? 0 : -1));

describe('RovingTabindexController', () => {
  describe('the Tab order', () => {
    it('has exactly one item in it: the host’s current one, and follows it', async () => {
      const host = await fixture<RovingHost>(html`<test-roving-host current="2"></test-roving-host>`);
      expect(tabIndexes(host)).to.deep.equal(onlyAt(2));
      host.current = 3;
      await host.updateComplete;
      expect(tabIndexes(host)).to.deep.equal(onlyAt(3));
    });

    it('Tab enters the widget at that item, and the next Tab leaves it', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button><test-roving-host current="1"></test-roving-host><button id="after">after</button>
      </div>`);
      const host = page.querySelector('test-roving-host')!;
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await press('Tab');
      expect(document.activeElement).to.equal(host);
      expect(focused(host)).to.equal(1);
      await press('Tab');
      expect(document.activeElement).to.equal(page.querySelector('#after'));
    });
  });

  describe('arrow keys', () => {
    it('move focus to the next and the previous item, wrapping at both ends, with the item reached alone in the Tab order', async () => {
      const host = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
      items(host)[0].focus();
      expect(await pressOn(host, 'ArrowLeft')).to.deep.equal({ focus: 3, tabIndexes: onlyAt(3) });
      expect(await pressOn(host, 'ArrowRight')).to.deep.equal({ focus: 0, tabIndexes: onlyAt(0) });
      expect(await pressOn(host, 'ArrowRight')).to.deep.equal({ focus: 1, tabIndexes: onlyAt(1) });
      expect(await pressOn(host, 'ArrowRight')).to.deep.equal({ focus: 2, tabIndexes: onlyAt(2) });
      expect(await pressOn(host, 'ArrowLeft')).to.deep.equal({ focus: 1, tabIndexes: onlyAt(1) });
      expect(host.current, 'moving is not choosing').to.equal(0);
    });

    it('Home and End go to the first and the last item', async () => {
      const host = await fixture<RovingHost>(html`<test-roving-host count="5" current="2"></test-roving-host>`);
      items(host)[2].focus();
      expect(await pressOn(host, 'End')).to.deep.equal({ focus: 4, tabIndexes: onlyAt(4, 5) });
      expect(await pressOn(host, 'End')).to.deep.equal({ focus: 4, tabIndexes: onlyAt(4, 5) });
      expect(await pressOn(host, 'Home')).to.deep.equal({ focus: 0, tabIndexes: onlyAt(0, 5) });
    });

    it('are handled only by the controller’s keys: true and the default prevented for them, false and left alone otherwise', async () => {
      const host = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
      const prevented: boolean[] = [];
      // On the host, outside its shadow root: after the tab list's own listener.
      host.addEventListener('keydown', (event) => prevented.push(event.defaultPrevented));
      items(host)[1].focus();
      for (const key of ['ArrowDown', 'ArrowUp', 'a', 'Enter']) await press(key);
      await host.updateComplete;
      expect(host.handled).to.deep.equal([false, false, false, false]);
      expect(prevented).to.deep.equal([false, false, false, false]);
      expect(focused(host), 'the vertical arrows do not move it (a one-dimensional bar)').to.equal(1);
      expect(tabIndexes(host)).to.deep.equal(onlyAt(0));
      for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) await press(key);
      expect(host.handled.slice(4)).to.deep.equal([true, true, true, true]);
      expect(prevented.slice(4)).to.deep.equal([true, true, true, true]);
    });

    it('leave a key with Shift, Alt, Control or Meta alone', async () => {
      const host = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
      const [first] = items(host);
      first.focus();
      // Synthetic keydowns: a real Alt+ArrowLeft is the browser's Back.
      const keydown = (init: KeyboardEventInit) => {
        const event = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true, ...init });
        first.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const withModifiers = [{ shiftKey: true }, { altKey: true }, { ctrlKey: true }, { metaKey: true }].map(keydown);
      expect(withModifiers, 'prevented').to.deep.equal([false, false, false, false]);
      expect(host.handled).to.deep.equal([false, false, false, false]);
      expect(focused(host)).to.equal(0);
      // The same keydown without a modifier is the controller's.
      expect(keydown({}), 'prevented').to.be.true;
      expect(host.handled[4]).to.be.true;
      expect(focused(host)).to.equal(1);
    });

    it('ignore a keydown on anything but an item', async () => {
      const host = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
      items(host)[0].focus();
      const list = host.shadowRoot!.querySelector('[role="tablist"]')!;
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      await host.updateComplete;
      expect(host.handled).to.deep.equal([false]);
      expect(focused(host)).to.equal(0);
      expect(tabIndexes(host)).to.deep.equal(onlyAt(0));
    });
  });

  describe('right-to-left', () => {
    for (const [where, template] of [
      ['on the host', html`<test-roving-host dir="rtl"></test-roving-host>`],
      ['from an ancestor', html`<div dir="rtl"><test-roving-host></test-roving-host></div>`],
    ] as const) {
      it(`mirrors the arrow keys, still wrapping, with Home and End at the same items (dir ${where})`, async () => {
        const container = await fixture<HTMLElement>(template);
        const host = (container.matches('test-roving-host') ? container : container.querySelector('test-roving-host')!) as RovingHost;
        items(host)[0].focus();
        expect((await pressOn(host, 'ArrowLeft')).focus, 'ArrowLeft: the next item').to.equal(1);
        expect((await pressOn(host, 'ArrowRight')).focus, 'ArrowRight: the previous item').to.equal(0);
        expect((await pressOn(host, 'ArrowRight')).focus, 'ArrowRight from the first: the last').to.equal(3);
        expect((await pressOn(host, 'ArrowLeft')).focus, 'ArrowLeft from the last: the first').to.equal(0);
        expect((await pressOn(host, 'End')).focus).to.equal(3);
        expect(await pressOn(host, 'Home')).to.deep.equal({ focus: 0, tabIndexes: onlyAt(0) });
      });
    }
  });

  describe('reset()', () => {
    it('keeps the item reached in the Tab order whatever the current one, until reset() gives it back to the current one', async () => {
      const host = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
      items(host)[0].focus();
      await pressOn(host, 'End');
      host.current = 1;
      await host.updateComplete;
      expect(tabIndexes(host), 'the roving position wins').to.deep.equal(onlyAt(3));
      expect(host.roving.focusIndex).to.equal(3);
      host.roving.reset();
      await host.updateComplete;
      expect(host.roving.focusIndex).to.equal(null);
      expect(tabIndexes(host)).to.deep.equal(onlyAt(1));
    });
  });
});
