/**
 * The virtualizer, loaded only when a roster first has more than VIRTUALIZE_ABOVE rows: most
 * teams never need it, so its ~8 KB (gzip) stay out of the page until then.
 */
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
// The package's polyfill loader is its public way to hand the virtualizer a ResizeObserver.
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { defineElement } from '../../shared/define.js';
import { VIRTUALIZER_TAG } from './roster-model.js';
import type { RenderItemFunction } from '@lit-labs/virtualizer/virtualize.js';
import type { KeyFn } from 'lit/directives/repeat.js';
import type { TeamMember } from '../../model/team-member.js';

/**
 * The ResizeObserver the virtualizer is given. It measures its rows from a ResizeObserver callback
 * and re-lays them out there, which resizes what is observed within the same frame: the browser
 * then reports "ResizeObserver loop completed with undelivered notifications" as a page error
 * (window `error`), which a host's error monitoring records. Here the rows' notifications are
 * handed over at the next animation frame, outside the browser's ResizeObserver delivery, so the
 * re-layout happens before that frame paints and no loop is reported.
 */
class NextFrameResizeObserver implements ResizeObserver {
  readonly #observer: ResizeObserver;
  readonly #pending = new Map<Element, ResizeObserverEntry>();
  #frame = 0;

  constructor(callback: ResizeObserverCallback) {
    this.#observer = new ResizeObserver((entries) => {
      for (const entry of entries) this.#pending.set(entry.target, entry);
      this.#frame ||= requestAnimationFrame(() => {
        this.#frame = 0;
        const batch = [...this.#pending.values()];
        this.#pending.clear();
        if (batch.length > 0) callback(batch, this);
      });
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.#observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.#pending.delete(target);
    this.#observer.unobserve(target);
  }

  disconnect(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending.clear();
    this.#observer.disconnect();
  }
}
provideResizeObserver(NextFrameResizeObserver);

// A layout given up front: the virtualizer then never imports its default layout lazily.
const LAYOUT = flow();

/**
 * Under our own tag (see VIRTUALIZER_TAG). An element (unlike the directive) starts measuring
 * once it is in the document, so it finds the scroller.
 */
export class RosterVirtualizer extends LitVirtualizer<TeamMember> {
  // Restated with the item type so lit-analyzer checks the roster's bindings (it does not follow T).
  declare keyFunction: KeyFn<TeamMember>;
  declare renderItem: RenderItemFunction<TeamMember>;

  constructor() {
    super();
    this.layout = LAYOUT;
  }
}

defineElement(VIRTUALIZER_TAG, RosterVirtualizer);

declare global {
  interface HTMLElementTagNameMap {
    'care-roster-virtualizer': RosterVirtualizer;
  }
}
