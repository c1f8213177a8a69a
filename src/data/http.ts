// One GET, as the elements need it: a timeout over the whole attempt, automatic retries with
// bounded exponential backoff for failures that may pass (HTTP 5xx, no connection), never for
// 4xx, and every failure turned into a NewsError that says what went wrong.

import type { FetchedResource } from './adapter.js';
import { NewsError, isAbortError, loadOnce } from '../base/errors.js';

/** The encodings of legacy answers (GBK, Big5, a feed's XML declaration…), loaded with the first answer that needs them. */
const loadEncoding = loadOnce(() => import('./encoding.js'), 'decoder of legacy encodings');

export interface RequestOptions {
  /** Extra request headers (an API key, say). */
  headers?: Record<string, string>;
  /** `fetch` credentials mode; `same-origin` unless set. */
  credentials?: RequestCredentials;
  /** Milliseconds before a request, retries included, fails with a `timeout` error. */
  timeout?: number;
  /** How many times a 5xx or network failure is tried again. */
  retries?: number;
  /** The first retry's delay in milliseconds; each next one doubles, up to `MAX_RETRY_DELAY`. */
  retryDelay?: number;
  /**
   * Origins an answer may come from after redirects, besides the request's own (`redirect-origins`):
   * an endpoint that redirects elsewhere is refused unless its final origin is named here.
   */
  redirectOrigins?: readonly string[];
}

/**
 * A JSON answer as nearly every endpoint sends it: UTF-8 (RFC 8259), no other charset named, no
 * UTF-16 or UTF-32 (a zero byte or a byte order mark of theirs in the first four bytes). Anything
 * else, and every text answer (a feed, a WordPress page lookup), goes to encoding.ts, loaded then.
 */
function utf8Json(bytes: Uint8Array, contentType: string | null): string | undefined {
  const charset = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1].toLowerCase();
  if ((charset && charset !== 'utf-8' && charset !== 'utf8') || bytes.subarray(0, 4).includes(0) || bytes[0] === 0xfe || bytes[0] === 0xff) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export interface FetchOptions extends RequestOptions {
  /** Skip the HTTP cache (a retry: a browser may have cached the error answer, e.g. a 410). */
  reload?: boolean;
}

export type BodyKind = 'json' | 'text';

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY = 500;
export const MAX_RETRY_DELAY = 4_000;

function describeType(contentType: string | null): string {
  return contentType ? contentType.split(';')[0].trim() : 'no content type';
}

/** Whether trying again may help: the server failed, or the connection did. */
export function isTransient(error: unknown): boolean {
  return error instanceof NewsError && (error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500));
}

/** The delay before retry number `attempt` (0-based): base × 2^attempt, capped, with ±20% jitter. */
export function retryDelay(attempt: number, base = DEFAULT_RETRY_DELAY): number {
  const delay = Math.min(base * 2 ** attempt, MAX_RETRY_DELAY);
  return delay * (0.8 + Math.random() * 0.4);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** GETs `url`, parsed as JSON or kept as text. Rejects with a NewsError, or with `signal`'s reason. */
export async function fetchResource(url: string, as: BodyKind, options: FetchOptions, signal: AbortSignal): Promise<FetchedResource> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const controller = new AbortController();
  const forward = () => controller.abort(signal.reason);
  if (signal.aborted) forward();
  signal.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(
    () => controller.abort(new NewsError('timeout', `No answer within ${Math.round(timeout / 100) / 10} s`, { url })),
    timeout,
  );
  try {
    const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
    for (let attempt = 0; ; attempt++) {
      try {
        // Retries skip the HTTP cache: a browser caches a 410 or 300 that has no freshness headers.
        return await fetchOnce(url, as, attempt > 0 ? { ...options, reload: true } : options, controller.signal);
      } catch (error) {
        if (controller.signal.aborted) throw controller.signal.reason;
        if (attempt >= retries || !isTransient(error)) throw error;
      }
      try {
        await sleep(retryDelay(attempt, options.retryDelay), controller.signal);
      } catch {
        throw controller.signal.reason;
      }
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
}

/** The origin of a URL (relative to the page), or undefined. */
function originOf(url: string): string | undefined {
  try {
    return new URL(url, globalThis.location?.href).origin;
  } catch {
    return undefined;
  }
}

async function fetchOnce(url: string, as: BodyKind, options: FetchOptions, signal: AbortSignal): Promise<FetchedResource> {
  let response: Response;
  try {
    response = await globalThis.fetch(url, {
      signal,
      headers: { Accept: as === 'json' ? 'application/json' : '*/*', ...options.headers },
      credentials: options.credentials ?? 'same-origin',
      ...(options.reload ? { cache: 'reload' as const } : {}),
    });
  } catch (error) {
    throw failure(error, signal, url, 'The server could not be reached');
  }
  // The endpoint is what the page configured: an answer from elsewhere after redirects (which
  // CORS alone lets through when that server sends Access-Control-Allow-Origin: *) is not read.
  const final = response.redirected && response.url ? originOf(response.url) : undefined;
  if (final && final !== originOf(url) && !(options.redirectOrigins ?? []).includes(final)) {
    throw new NewsError('config', `The endpoint redirected to another origin (${final}); add it to redirect-origins if that server is meant to answer`, { url, status: response.status });
  }
  if (!response.ok) {
    const body = await response.text().then(
      (text) => text.slice(0, 4096),
      () => undefined,
    );
    throw new NewsError('http', `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {
      url,
      status: response.status,
      body,
    });
  }
  let bytes: Uint8Array;
  try {
    // Bytes, not response.text(): that reads everything as UTF-8, and feeds of legacy portals are
    // often GB2312, Big5 or Shift_JIS, declared in a header or in their XML declaration.
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw failure(error, signal, url, 'The connection broke off while the answer was arriving');
  }
  const contentType = response.headers.get('content-type');
  const text = (as === 'json' ? utf8Json(bytes, contentType) : undefined) ?? (await loadEncoding()).decodeBody(bytes, contentType, as === 'json');
  const base = { url, status: response.status, headers: response.headers };
  if (as === 'text') return { ...base, data: text };
  try {
    return { ...base, data: JSON.parse(text) as unknown };
  } catch (error) {
    const type = describeType(response.headers.get('content-type'));
    const looksLikeHtml = /^\s*</.test(text);
    throw new NewsError(
      'parse',
      looksLikeHtml ? `The answer is an HTML page (${type}), not JSON: a login or error page?` : `The answer is not valid JSON (${type})`,
      { url, status: response.status, cause: error },
    );
  }
}

/** What a rejected fetch or body read means: an abort (ours or the caller's), or a network failure. */
function failure(error: unknown, signal: AbortSignal, url: string, message: string): unknown {
  if (signal.aborted) return signal.reason;
  if (isAbortError(error)) return error;
  return new NewsError('network', message, { url, cause: error });
}
