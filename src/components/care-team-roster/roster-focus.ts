/**
 * Roving tabindex over the roster's rows: which row holds the single tab stop, selection by
 * click / Enter / Space, and focus movement by keys, also into rows the virtualizer has not
 * rendered yet (it scrolls there first).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TeamMember } from '../../model/team-member.js';
import { decideKey, TYPEAHEAD_RESET_MS } from './roster-keys.js';

export interface FocusHost extends ReactiveControllerHost, HTMLElement {
  readonly rows: { order: readonly TeamMember[]; virtual: boolean };
  readonly renderRoot: HTMLElement | DocumentFragment;
  select(member: TeamMember): void;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** How long a keyboard move waits for a virtualized row to be rendered before giving up. */
const ROW_WAIT_MS = 2000;
/** How long after focus lands a row the virtualizer replaces is re-focused (see keepFocusWhileSettling). */
const SETTLE_MS = 1000;

export class RosterFocus implements ReactiveController {
  /** Key of the member whose row is in the tab order. */
  tabStop: string | undefined;
  private focusKey: string | undefined;
  private buffer = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settleUntil = 0;
  /** Counts keyboard moves: a settling loop of an earlier move stops once a newer one starts. */
  private moves = 0;

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.buffer = '';
  }

  /** After the rows change: the tab stop stays on the last focused row, else the selected one, else the first. */
  sync(selected: string | undefined): void {
    const { order } = this.host.rows;
    const wanted = this.focusKey ?? selected;
    this.tabStop = wanted !== undefined && order.some((member) => member.key === wanted) ? wanted : order[0]?.key;
  }

  private rowIndex(event: Event): number | undefined {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('button.row');
    const index = Number(button?.dataset['nav']);
    return Number.isInteger(index) && this.host.rows.order[index] ? index : undefined;
  }

  private memberAt(event: Event): TeamMember | undefined {
    const index = this.rowIndex(event);
    return index === undefined ? undefined : this.host.rows.order[index];
  }

  private rowButton(index: number): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`button.row[data-nav="${index}"]`);
  }

  private moveTabStop(key: string): void {
    if (this.focusKey === key && this.tabStop === key) return;
    this.focusKey = key;
    this.host.requestUpdate();
  }

  readonly onClick = (event: MouseEvent): void => {
    const member = this.memberAt(event);
    if (!member) return;
    this.moveTabStop(member.key);
    this.host.select(member);
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const member = this.memberAt(event);
    if (member) this.moveTabStop(member.key);
  };

  /**
   * Right after a keyboard move the virtualizer may still re-measure and drop the focused row for
   * a moment, taking focus with it: bring focus back to that member's row. Only within a second
   * of the move, so scrolling away from a focused row later is never undone.
   */
  readonly onFocusOut = (event: FocusEvent): void => {
    const row = event.target as HTMLElement;
    if (event.relatedTarget || !row.matches('button.row')) return;
    queueMicrotask(() => {
      const index = this.host.rows.order.findIndex((member) => member.key === this.focusKey);
      if (!row.isConnected && index >= 0 && performance.now() < this.settleUntil) void this.focusRow(index, false);
    });
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const index = this.rowIndex(event);
    if (index === undefined) return;
    const typing = this.buffer !== '';
    const decision = decideKey(event, index, this.host.rows.order, this.buffer);
    this.setBuffer(decision.buffer);
    // Space inside a type-ahead query is part of the name, not a click.
    if (event.key === ' ' && typing) event.preventDefault();
    if (decision.target === undefined) return;
    event.preventDefault();
    void this.focusRow(decision.target);
  };

  private setBuffer(value: string): void {
    this.buffer = value;
    clearTimeout(this.timer);
    if (value) this.timer = setTimeout(() => (this.buffer = ''), TYPEAHEAD_RESET_MS);
  }

  /** Moves the tab stop to the row and focuses it, scrolling a virtualized list there first. */
  async focusRow(index: number, fresh = true): Promise<void> {
    const member = this.host.rows.order[index];
    if (!member) return;
    if (fresh) {
      this.settleUntil = performance.now() + SETTLE_MS;
      this.moves += 1;
    }
    const move = this.moves;
    this.moveTabStop(member.key);
    await this.host.updateComplete;
    let button = this.rowButton(index);
    if (!button && this.host.rows.virtual) {
      this.scrollToRow(index);
      // By time, not frames: a busy or unfocused window runs few frames (WebKit under Xvfb).
      const deadline = performance.now() + ROW_WAIT_MS;
      while (!button && performance.now() < deadline && move === this.moves) {
        await nextFrame();
        button = this.rowButton(index);
      }
    }
    if (move !== this.moves) return; // the user has moved on while this row was coming
    button?.focus();
    // The settling second counts from when focus landed, however long the row took to come.
    if (fresh && button) this.settleUntil = performance.now() + SETTLE_MS;
    await this.keepFocusWhileSettling(index, button, move);
  }

  /**
   * Firefox fires no focusout when the virtualizer replaces the focused row (onFocusOut never
   * hears of it), so for the settling second after a move, a row that left the DOM is replaced
   * by the member's new row, focused.
   */
  private async keepFocusWhileSettling(index: number, focused: HTMLElement | null, move: number): Promise<void> {
    let button = focused;
    // An earlier move's loop must not pull focus back to its row after the user moved on.
    while (button && performance.now() < this.settleUntil && move === this.moves) {
      await nextFrame();
      // Only focus that was lost with the row: never take it back from where the user moved it.
      const lost = !button.isConnected && (document.activeElement === document.body || document.activeElement === null);
      if (!lost) continue;
      // The row may be missing for a frame or two while the virtualizer re-renders: keep looking.
      const replacement = this.rowButton(index);
      if (!replacement) continue;
      button = replacement;
      button.focus();
    }
  }

  /**
   * Scrolls to where a virtualized row will be, estimated in proportion to its list's height
   * (the virtualizer sizes the list from its average row): the row is then inside the rendered
   * range, and focusing it fine-tunes the position. (The virtualizer's own scrollIntoView pins
   * one list's layout, which several lists sharing one scroller do not survive.)
   */
  private scrollToRow(index: number): void {
    const root = this.host.renderRoot;
    const list = [...root.querySelectorAll<HTMLElement>('.list')].reverse().find((element) => Number(element.dataset['start']) <= index);
    const virtualizer = list?.querySelector<HTMLElement & { items: unknown[] }>('care-roster-virtualizer');
    const scroller = root.querySelector<HTMLElement>('.lists');
    if (!list || !virtualizer || !scroller) return;
    const offset = ((index - Number(list.dataset['start'])) / virtualizer.items.length) * virtualizer.offsetHeight;
    const top = virtualizer.getBoundingClientRect().top + offset;
    if (scroller.scrollHeight > scroller.clientHeight) {
      scroller.scrollTop += top - scroller.getBoundingClientRect().top - scroller.clientHeight / 2;
    } else {
      window.scrollBy(0, top - window.innerHeight / 2);
    }
  }

  /**
   * The virtualizer dropped or added rows (scrolling). If the tab stop's row is gone or out of
   * view and focus is elsewhere, the first row in view takes the tab stop, so Tab lands there.
   */
  readonly onVisibility = (): void => queueMicrotask(this.keepTabStopInView);

  // The event comes before the virtualizer renders the new range: look once it has.
  private readonly keepTabStopInView = (): void => {
    if (this.host.matches(':focus-within')) return;
    const { order } = this.host.rows;
    const view = this.host.renderRoot.querySelector('.lists')!.getBoundingClientRect();
    const rows = [...this.host.renderRoot.querySelectorAll<HTMLElement>('button.row')];
    const inView = (row: HTMLElement) => {
      const box = row.getBoundingClientRect();
      return box.bottom > view.top && box.top < view.bottom;
    };
    const current = rows.find((row) => order[Number(row.dataset['nav'])]?.key === this.tabStop);
    if (current && inView(current)) return;
    const next = rows.find(inView) ?? current ?? rows[0];
    const member = next ? order[Number(next.dataset['nav'])] : undefined;
    if (member) this.moveTabStop(member.key);
  };
}
