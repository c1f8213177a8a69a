// Loads one resource for an element through @lit/task: the AbortSignal reaches fetch, a new run
// aborts the previous one so only the newest answer is shown, leaving the page aborts what is
// still loading (and coming back reloads it). Announces results with news-load / news-error. In a
// prerendered fragment it takes the value the server loaded for the same inputs instead of
// loading (src/prerender/seeds.ts); on the server it is what prerender() runs and then renders.

import { Task, TaskStatus, initialState, shallowArrayEquals } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { hasSeeds, pageSeeds, seedKey, seedRenderedAt } from '../prerender/seeds.js';
import { NewsError, isAbortError, toNewsError } from '../base/errors.js';
import { NewsErrorEvent, NewsLoadEvent, type NewsLoadDetail } from '../events.js';
import { loadStrings, localeOf } from '../i18n/localize.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface LoadOptions<A extends readonly unknown[], T> {
  /** The inputs; the task re-runs when one changes. `undefined` means "nothing to load" (yet). */
  args: () => A | undefined;
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /**
   * A wait before loading, if any (the tabs': see news-tabs.ts). A change of the inputs meanwhile
   * restarts the run before anything was requested.
   */
  ready?: () => Promise<void> | undefined;
  /** What `news-load` says once the result has rendered. */
  loaded: (value: T) => NewsLoadDetail;
  /** The value as a prerendered fragment carries it (JSON), and back (undefined: not to be taken, load); the value itself without them. */
  pack?: (value: T) => unknown;
  unpack?: (packed: unknown) => T | undefined;
}

/** Server: the loads of the elements rendered, for prerender() to run between its two passes. */
export const serverLoads = new Set<LoadController<readonly unknown[], unknown>>();

/** Server: the values those loads brought, by seed key, as they are (unpacked) for the second pass. */
export const serverValues = new Map<string, unknown>();

export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  readonly task: Task<A, T>;
  private readonly options: LoadOptions<A, T>;
  private readonly host: Host;
  private abortedByDisconnect = false;

  /** The prerendered value taken for the first inputs, while they last, and when the server rendered it. */
  private seeded?: { value: T; renderedAt?: number };

  constructor(host: Host, options: LoadOptions<A, T>) {
    this.options = options;
    this.host = host;
    host.addController(this);
    if (isServer) serverLoads.add(this as unknown as LoadController<readonly unknown[], unknown>);
    // With seeds on the page the first inputs are compared with them before anything loads: Task
    // asks argsEqual only once it has earlier inputs, which initialValue gives it.
    const seeding = hasSeeds() ? { initialValue: undefined as T, argsEqual: (previous: A, next: A) => this.takeSeed(previous, next) || shallowArrayEquals(previous, next) } : {};
    this.task = new Task<A, T>(host, {
      ...seeding,
      // Task needs an array: an empty one stands for "nothing to load" and resets the task.
      args: () => options.args() ?? ([] as unknown as A),
      task: (args, { signal }) => {
        if (!args.length) return initialState as unknown as Promise<T>;
        // The strings of the element's language, if they are still to come, load alongside: the
        // answer (or its error) is shown in that language, never first in English.
        const strings = loadStrings(localeOf(host));
        const ready = options.ready?.();
        const run = ready
          ? ready.then(() => {
              signal.throwIfAborted();
              return options.load(args, signal);
            })
          : options.load(args, signal);
        return strings ? run.finally(() => strings) : run;
      },
      onComplete: async (value) => {
        // Task requests the render right after this callback returns: wait a tick so that
        // `updateComplete` is that render's promise, then announce.
        await null;
        await host.updateComplete;
        host.dispatchEvent(new NewsLoadEvent(options.loaded(value)));
      },
      onError: (error) => {
        if (isAbortError(error)) return;
        host.dispatchEvent(new NewsErrorEvent(toNewsError(error)));
      },
    });
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  get value(): T | undefined {
    if (isServer) return this.serverValue;
    return this.task.value ?? this.seeded?.value;
  }

  /** When the server rendered the prerendered value shown (undefined: none shown, or its fragment does not say). */
  get prerenderedAt(): number | undefined {
    return this.showsPrerendered ? this.seeded?.renderedAt : undefined;
  }

  /** Whether the element shows what was prerendered: its inputs are those the seed was for (or it loads nothing). */
  get showsPrerendered(): boolean {
    return this.seeded !== undefined ? this.task.status === TaskStatus.COMPLETE && this.task.value === undefined : !this.options.args();
  }

  /** Server: loads the value for the inputs now, packed for the fragment, with its seed key. */
  async prerender(): Promise<[key: string, packed: unknown] | undefined> {
    const args = this.options.args();
    if (!args) return undefined;
    const value = await this.options.load(args, new AbortController().signal);
    const key = this.seedKeyFor(args);
    serverValues.set(key, value);
    return [key, this.options.pack ? this.options.pack(value) : value];
  }

  /** The error of the last run, unless it was only aborted. */
  get error(): NewsError | undefined {
    const error = this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
    return error === undefined || isAbortError(error) ? undefined : toNewsError(error);
  }

  /** Whether the element should show its loading state (a run pending, or one that was cut off). */
  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING || (this.task.status === TaskStatus.ERROR && isAbortError(this.task.error));
  }

  retry(): void {
    const args = this.options.args();
    if (args) void this.task.run(args);
  }

  /** The value the page's seeds hold for these inputs, if any; taken once (an element made later loads anew). */
  private seedFor(args: A): { value: T; renderedAt?: number } | undefined {
    const loads = pageSeeds().loads;
    const key = this.seedKeyFor(args);
    const packed = loads[key];
    if (packed === undefined) return undefined;
    delete loads[key];
    const value = this.options.unpack ? this.options.unpack(packed) : (packed as T);
    return value === undefined ? undefined : { value, renderedAt: seedRenderedAt(key) };
  }

  private seedKeyFor(args: A): string {
    const context = (this.host as { prerenderContext?(): unknown }).prerenderContext?.() ?? null;
    return seedKey(this.host.localName, context, args);
  }

  private get serverValue(): T | undefined {
    const args = this.options.args();
    return args && (serverValues.get(this.seedKeyFor(args)) as T | undefined);
  }

  /**
   * The first inputs: when the page holds their value, take it (counted as equal: no load) and
   * announce it once rendered (after the render that follows a takeover, if one does).
   */
  private takeSeed(previous: A, next: A): boolean {
    if (previous.length || !next.length || this.seeded) return false;
    this.seeded = this.seedFor(next);
    if (!this.seeded) return false;
    const { value } = this.seeded;
    void (async () => {
      while (!(await this.host.updateComplete));
      this.host.dispatchEvent(new NewsLoadEvent(this.options.loaded(value)));
    })();
    return true;
  }

  hostConnected(): void {
    if (!this.abortedByDisconnect) return;
    this.abortedByDisconnect = false;
    const args = this.options.args();
    if (args) void this.task.run(args);
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }
}
