// Loads one resource for an element through @lit/task: the AbortSignal reaches fetch, a new run
// aborts the previous one so only the newest answer is shown, leaving the page aborts what is
// still loading (and coming back reloads it). Announces results with news-load / news-error.

import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
}

export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  readonly task: Task<A, T>;
  private readonly options: LoadOptions<A, T>;
  private abortedByDisconnect = false;

  constructor(host: Host, options: LoadOptions<A, T>) {
    this.options = options;
    host.addController(this);
    this.task = new Task<A, T>(host, {
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
    return this.task.value;
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
