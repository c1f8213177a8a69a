// The data client a group of elements shares: one in-memory cache, one request per URL however
// many elements ask for it, each caller's AbortSignal honoured, and the request itself aborted
// only when no caller wants it any more. Every failure becomes a NewsError.

import type { AdapterContext, EndpointConfig, FetchedResource, ListQuery } from './adapter.js';
import { NewsError, isAbortError } from './errors.js';
import type { Article, ArticlePage, Category } from './model.js';
import { getAdapter } from './registry.js';

export interface RequestOptions {
  /** Extra request headers (an API key, say). */
  headers?: Record<string, string>;
  /** `fetch` credentials mode; `same-origin` unless set. */
  credentials?: RequestCredentials;
  /** Milliseconds before a request fails with a `timeout` error. */
  timeout?: number;
}

export interface ClientOptions extends RequestOptions {
  /** How long an answer is served from memory, in milliseconds. */
  maxAge?: number;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_AGE = 5 * 60_000;

type BodyKind = 'json' | 'text';

interface InFlight {
  promise: Promise<FetchedResource<unknown>>;
  controller: AbortController;
  callers: number;
}

interface Cached {
  resource: FetchedResource<unknown>;
  storedAt: number;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted', 'AbortError');
}

function describeType(contentType: string | null): string {
  return contentType ? contentType.split(';')[0].trim() : 'no content type';
}

export class NewsClient {
  readonly options: ClientOptions;
  private readonly cache = new Map<string, Cached>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly memo = new Map<string, unknown>();
  private readonly articles = new Map<string, Article>();

  constructor(options: ClientOptions = {}) {
    this.options = options;
  }

  /** GETs a URL through the cache; concurrent callers of one URL share one request. */
  request<T = unknown>(url: string, as: BodyKind = 'json', signal?: AbortSignal): Promise<FetchedResource<T>> {
    const key = `${as} ${url}`;
    const cached = this.cache.get(key);
    const maxAge = this.options.maxAge ?? DEFAULT_MAX_AGE;
    if (cached && Date.now() - cached.storedAt <= maxAge) return Promise.resolve(cached.resource as FetchedResource<T>);
    if (signal?.aborted) return Promise.reject(abortReason(signal));

    let entry = this.inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const promise = this.load(url, as, controller).then(
        (resource) => {
          this.cache.set(key, { resource, storedAt: Date.now() });
          return resource;
        },
      );
      const created: InFlight = { promise, controller, callers: 0 };
      promise.then(
        () => this.inFlight.get(key) === created && this.inFlight.delete(key),
        () => this.inFlight.get(key) === created && this.inFlight.delete(key),
      );
      entry = created;
      this.inFlight.set(key, entry);
    }
    return this.join(key, entry, signal) as Promise<FetchedResource<T>>;
  }

  /** Forgets cached answers: all of them, or those of one URL. */
  invalidate(url?: string): void {
    if (url === undefined) {
      this.cache.clear();
      this.memo.clear();
      return;
    }
    this.cache.delete(`json ${url}`);
    this.cache.delete(`text ${url}`);
  }

  list(config: EndpointConfig, adapterName: string, query: ListQuery, signal?: AbortSignal): Promise<ArticlePage> {
    return this.run(config, adapterName, signal, async (adapter, context) => {
      const page = await adapter.list(query, context);
      for (const article of page.items) this.articles.set(article.id, article);
      return page;
    });
  }

  categories(config: EndpointConfig, adapterName: string, pageSize: number, signal?: AbortSignal): Promise<Category[]> {
    return this.run(config, adapterName, signal, (adapter, context) => adapter.categories(context, pageSize));
  }

  article(config: EndpointConfig, adapterName: string, id: string, signal?: AbortSignal): Promise<Article> {
    return this.run(config, adapterName, signal, (adapter, context) => adapter.article(id, context));
  }

  /** Articles around `article` in its category, when the adapter can tell without extra requests. */
  neighbours(config: EndpointConfig, adapterName: string, article: Article, signal?: AbortSignal): Promise<Article[] | undefined> {
    return this.run(config, adapterName, signal, async (adapter, context) => adapter.neighbours?.(article, context));
  }

  private async run<T>(
    config: EndpointConfig,
    adapterName: string,
    signal: AbortSignal | undefined,
    work: (adapter: NonNullable<ReturnType<typeof getAdapter>>, context: AdapterContext) => Promise<T>,
  ): Promise<T> {
    const adapter = getAdapter(adapterName);
    if (!adapter) {
      throw new NewsError('shape', `No adapter is registered as "${adapterName}"; register it with registerAdapter()`, {
        url: config.src,
      });
    }
    const context: AdapterContext = {
      config,
      fetchJson: (url) => this.request(url, 'json', signal),
      fetchText: (url) => this.request<string>(url, 'text', signal),
      memo: this.memo,
      knownArticle: (id) => this.articles.get(id),
    };
    try {
      return await work(adapter, context);
    } catch (error) {
      if (isAbortError(error) || error instanceof NewsError) throw error;
      // An adapter that throws a plain error met an answer it could not read.
      throw new NewsError('shape', error instanceof Error ? error.message : String(error), { url: config.src, cause: error });
    }
  }

  /** One caller's view of a shared request: its own abort ends its wait, the last one ends the request. */
  private join(key: string, entry: InFlight, signal?: AbortSignal): Promise<FetchedResource<unknown>> {
    entry.callers += 1;
    return new Promise((resolve, reject) => {
      let settled = false;
      const leave = () => {
        settled = true;
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        if (settled) return;
        leave();
        entry.callers -= 1;
        if (entry.callers === 0 && this.inFlight.get(key) === entry) {
          this.inFlight.delete(key);
          entry.controller.abort();
        }
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          if (settled) return;
          leave();
          resolve(value);
        },
        (error) => {
          if (settled) return;
          leave();
          reject(error);
        },
      );
    });
  }

  private async load(url: string, as: BodyKind, controller: AbortController): Promise<FetchedResource<unknown>> {
    const timeout = this.options.timeout ?? DEFAULT_TIMEOUT;
    const timer = setTimeout(
      () => controller.abort(new NewsError('timeout', `No answer within ${Math.round(timeout / 100) / 10} s`, { url })),
      timeout,
    );
    try {
      let response: Response;
      try {
        response = await globalThis.fetch(url, {
          signal: controller.signal,
          headers: { Accept: as === 'json' ? 'application/json' : '*/*', ...this.options.headers },
          credentials: this.options.credentials ?? 'same-origin',
        });
      } catch (error) {
        throw this.failure(error, controller, url, 'The server could not be reached');
      }
      if (!response.ok) {
        throw new NewsError('http', `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {
          url,
          status: response.status,
        });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw this.failure(error, controller, url, 'The connection broke off while the answer was arriving');
      }
      const base = { url, status: response.status, headers: response.headers };
      if (as === 'text') return { ...base, data: text };
      try {
        return { ...base, data: JSON.parse(text) as unknown };
      } catch (error) {
        const type = describeType(response.headers.get('content-type'));
        const looksLikeHtml = /^\s*</.test(text);
        throw new NewsError(
          'parse',
          looksLikeHtml
            ? `The answer is an HTML page (${type}), not JSON: a login or error page?`
            : `The answer is not valid JSON (${type})`,
          { url, status: response.status, cause: error },
        );
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** What a rejected fetch or body read means: our timeout, everyone's abort, or a network failure. */
  private failure(error: unknown, controller: AbortController, url: string, message: string): unknown {
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted) return reason instanceof NewsError ? reason : error;
    if (isAbortError(error)) return error;
    return new NewsError('network', message, { url, cause: error });
  }
}
