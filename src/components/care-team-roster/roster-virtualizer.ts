/**
 * The virtualizer, loaded only when a roster first has more than VIRTUALIZE_ABOVE rows: most
 * teams never need it, so its ~8 KB (gzip) stay out of the page until then.
 */
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { defineElement } from '../../shared/define.js';
import { VIRTUALIZER_TAG } from './roster-model.js';
import type { RenderItemFunction } from '@lit-labs/virtualizer/virtualize.js';
import type { KeyFn } from 'lit/directives/repeat.js';
import type { TeamMember } from '../../model/team-member.js';

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
