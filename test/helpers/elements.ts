// Helpers for element tests: wait for an element's news-load / news-error, and reach into shadow roots.
import { oneEvent } from '@open-wc/testing';
import type { NewsErrorEvent, NewsLoadEvent } from '../../src/events.js';

export function loaded(element: HTMLElement): Promise<NewsLoadEvent> {
  return oneEvent(element, 'news-load') as Promise<NewsLoadEvent>;
}

export function failed(element: HTMLElement): Promise<NewsErrorEvent> {
  return oneEvent(element, 'news-error') as Promise<NewsErrorEvent>;
}

export function shadow<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return element.shadowRoot!.querySelector<T>(selector);
}

export function shadowAll<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}

export function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Stops link clicks from navigating the test page away (after the elements had their say). */
export function keepPage(): () => void {
  const stop = (event: Event) => event.preventDefault();
  document.addEventListener('click', stop);
  return () => document.removeEventListener('click', stop);
}
