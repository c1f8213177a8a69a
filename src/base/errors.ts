// NewsError: the one error type every failure of the data layer becomes, so that elements
// (and a portal's own scripts) can tell a dropped connection from a login page from a bad field.

export type NewsErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'shape' | 'not-found' | 'config';

export interface NewsErrorOptions {
  url?: string;
  status?: number;
  /** For `shape`: the path of the field that was wrong, e.g. `items[3].title`. */
  field?: string;
  /** For `http`: the start of the error answer, for an adapter to read an error code from. */
  body?: string;
  /**
   * The server's own words for the failure, when its answer says it is an error (an envelope's
   * `msg`, a JSON:API error's `detail`): shown to the reader instead of a generic message.
   */
  serverMessage?: string;
  /**
   * For `network`: which of the library's own files could not be loaded (`sanitizer`,
   * `markdown`, `adapter wordpress`…), when it is one of them and not the news server.
   */
  part?: string;
  cause?: unknown;
}

export class NewsError extends Error {
  override readonly name = 'NewsError';
  readonly kind: NewsErrorKind;
  readonly url: string;
  readonly status?: number;
  readonly field?: string;
  readonly body?: string;
  readonly serverMessage?: string;
  readonly part?: string;

  constructor(kind: NewsErrorKind, message: string, options: NewsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = options.url ?? '';
    this.status = options.status;
    this.field = options.field;
    this.body = options.body;
    this.serverMessage = options.serverMessage;
    this.part = options.part;
  }
}

/** True for the rejection a fetch or task raises when its AbortSignal fires. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Turns anything thrown while loading into a NewsError (abort errors pass through untouched). */
export function toNewsError(error: unknown, url = ''): NewsError {
  if (error instanceof NewsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new NewsError('shape', message, { url, cause: error });
}

/**
 * A loader of one of the library's parts loaded on first use (a chunk, a library): run once and
 * shared by every caller; a failure is forgotten, so that the next call (a retry) tries again,
 * and is a `network` NewsError that names the part.
 */
export function loadOnce<T>(load: () => Promise<T>, part: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      const detail = error instanceof Error ? error.message : String(error);
      throw new NewsError('network', `news-elements: its ${part} could not be loaded (${detail})`, { part, cause: error });
    }));
}
