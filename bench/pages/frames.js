// Shared by the bench pages: when the next frame that shows a change has been painted.

/**
 * Resolves after the next frame has been painted: the callback of requestAnimationFrame runs
 * just before that frame's paint, and a message posted from it is handled just after it.
 * @returns {Promise<number>} performance.now() then
 */
export function nextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Waits `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with performance.now() at the first `news-load` of `kind` from `target`. */
export function loaded(target, kind = 'list') {
  return new Promise((resolve, reject) => {
    const onLoad = (event) => {
      if (event.detail?.kind !== kind) return;
      const now = performance.now();
      done();
      resolve(now);
    };
    const onError = (event) => {
      done();
      reject(new Error(`news-error: ${event.detail?.error?.message}`));
    };
    const done = () => {
      target.removeEventListener('news-load', onLoad);
      target.removeEventListener('news-error', onError);
    };
    target.addEventListener('news-load', onLoad);
    target.addEventListener('news-error', onError);
  });
}
