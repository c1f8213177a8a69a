// Relative dates ("5 minutes ago") move on while the page stays open: the elements that show them
// render again once a minute, and at once when the page is shown again after being hidden (a tab
// switched back to, a laptop woken). One timer serves every element, and only while the page is
// visible and any element shows relative dates; a render with nothing changed but the time
// changes the text of its dates alone.

type Watcher = { requestUpdate(): void };

/** How often relative dates are rendered again: their finest unit after seconds is the minute. */
export const CLOCK_PERIOD = 60_000;

const watchers = new Set<Watcher>();
let timer: ReturnType<typeof setInterval> | undefined;

const tick = () => watchers.forEach((watcher) => watcher.requestUpdate());

/** The timer runs while anyone watches and the page is not hidden. */
function restart(): void {
  clearInterval(timer);
  timer = watchers.size && document.visibilityState !== 'hidden' ? setInterval(tick, CLOCK_PERIOD) : undefined;
}

function onVisibility(): void {
  if (document.visibilityState !== 'hidden') tick();
  restart();
}

/** Renders `element` again as time passes while `on`; with `on` false, no more. */
export function watchClock(element: Watcher, on: boolean): void {
  const before = watchers.size;
  if (on) watchers.add(element);
  else watchers.delete(element);
  if (!before === !watchers.size) return;
  document[watchers.size ? 'addEventListener' : 'removeEventListener']('visibilitychange', onVisibility);
  restart();
}
