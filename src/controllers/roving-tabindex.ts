// Roving tabindex for a one-dimensional widget (the tab bar): one item is in the Tab order,
// arrow keys move focus with wrap-around (mirrored right-to-left), Home and End go to the ends.
// The host renders `tabindex` from `tabindexFor(i)`, so re-renders never fight over it.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class RovingTabindexController implements ReactiveController {
  /** The item in the Tab order; null means "the host's current one" (e.g. the selected tab). */
  focusIndex: number | null = null;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly items: () => HTMLElement[];

  constructor(host: ReactiveControllerHost & HTMLElement, items: () => HTMLElement[]) {
    this.host = host;
    this.items = items;
    host.addController(this);
  }

  hostConnected(): void {}

  tabindexFor(index: number, currentIndex: number): 0 | -1 {
    return index === (this.focusIndex ?? currentIndex) ? 0 : -1;
  }

  /** Forget the roving position (focus left the widget, or the selection changed). */
  reset(): void {
    this.focusIndex = null;
    this.host.requestUpdate();
  }

  /** Handles a keydown on an item; moves focus and returns true if the key was one of ours. */
  handleKeydown(event: KeyboardEvent): boolean {
    const items = this.items();
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    let next: number;
    switch (event.key) {
      case rtl ? 'ArrowLeft' : 'ArrowRight':
        next = (index + 1) % items.length;
        break;
      case rtl ? 'ArrowRight' : 'ArrowLeft':
        next = (index - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      default:
        return false;
    }
    event.preventDefault();
    this.focusIndex = next;
    this.host.requestUpdate();
    const item = items[next];
    item.tabIndex = 0;
    item.focus();
    item.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return true;
  }
}
