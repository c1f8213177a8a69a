import type { NewsError } from '../../src/base/errors.js';
// A fetch stand-in for tests: routes by URL, records every request, honours AbortSignal, and
// can hold an answer back until the test releases it (to test races, loading states, timeouts).

export interface MockRequest {
  url: string;
  init?: RequestInit;
  aborted: boolean;
}

export type Route = (url: URL, request: MockRequest) => Response | Promise<Response>;

export interface FetchMock {
  requests: MockRequest[];
  /** Requests whose URL contains `part`. */
  requestsTo(part: string): MockRequest[];
  restore(): void;
}

const realFetch = globalThis.fetch;

export function mockFetch(route: Route): FetchMock {
  const requests: MockRequest[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    const request: MockRequest = { url: url.href, init, aborted: false };
    requests.push(request);
    const signal = init?.signal;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => {
        request.aborted = true;
        reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      Promise.resolve()
        .then(() => route(url, request))
        .then(resolve, reject);
    });
  };
  return {
    requests,
    requestsTo: (part) => requests.filter((r) => r.url.includes(part)),
    restore: () => {
      globalThis.fetch = realFetch;
    },
  };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A promise with its resolve exposed, to hold an answer back. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * The least a wait gives its condition, whatever the caller asked: a busy machine (another suite
 * beside this one on two cores, three engines in turn) can hold a page's timers for a second or
 * more, and a wait that ends on time and not on what it waits for is a flaky test.
 */
export const LEAST_WAIT_MS = 5000;

/** Waits until `check` is true (or throws after `timeout` ms, LEAST_WAIT_MS at least). */
export async function until(check: () => unknown, timeout = 3000, message = 'condition'): Promise<void> {
  const start = performance.now();
  const limit = Math.max(timeout, LEAST_WAIT_MS);
  while (!check()) {
    if (performance.now() - start > limit) throw new Error(`Timed out waiting for ${message} (${Math.round(limit)} ms)`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Articles for tests: `count` of them, ids a1…, cycling through the given categories. */
export function makeArticles(count: number, categories = ['news', 'faq']): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i + 1}`,
    title: `Article ${i + 1}`,
    summary: `Summary of article ${i + 1}`,
    body: `<p>Body of article ${i + 1}</p>`,
    category: categories[i % categories.length],
    author: i % 3 === 0 ? '' : `Author ${i + 1}`,
    publishedAt: `2026-0${(i % 9) + 1}-1${i % 9}T09:00:00Z`,
  }));
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<NewsError> {
  try {
    await promise;
  } catch (error) {
    return error as NewsError;
  }
  throw new Error('expected a rejection');
}
