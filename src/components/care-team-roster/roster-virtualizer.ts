/**
 * The virtualizer, loaded only when a roster first has more than VIRTUALIZE_ABOVE rows: most
 * teams never need it, so its ~8 KB (gzip) stay out of the page until then.
 */
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { defineElement } from '../../shared/define.js';
import { VIRTUALIZER_TAG } from './roster-model.js';
import type { RenderItemFunction } from '@lit-labs/virtualizer/virtualize.js';
import type { KeyFn } from 'lit/directives/repeat.js';
import type { TeamMember } from '../../model/team-member.js';

/**
 * A ResizeObserver that hands its observations on at the next animation frame. The virtualizer
 * lays rows out from inside its observers' callbacks, which resizes what they observe while the
 * browser is still delivering, and the browser then reports "ResizeObserver loop completed with
 * undelivered notifications" as a page error on render and on every resize. Handed on a frame
 * later, the layout happens after delivery. `provideResizeObserver` is the virtualizer's own hook
 * for a replacement; it applies to every virtualizer of this module instance.
 */
class FrameDeferredResizeObserver extends ResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    let pending: ResizeObserverEntry[] = [];
    let frame = 0;
    super((entries, observer) => {
      pending.push(...entries);
      frame ||= requestAnimationFrame(() => {
        const delivered = pending;
        pending = [];
        frame = 0;
        callback(delivered, observer);
      });
    });
  }
}
provideResizeObserver(FrameDeferredResizeObserver);

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
