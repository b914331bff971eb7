/**
 * The virtualizer, loaded only when a roster first has more than VIRTUALIZE_ABOVE rows: most
 * teams never need it, so its ~8 KB (gzip) stay out of the page until then.
 */
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { defineElement } from '../../shared/define.js';
import { VIRTUALIZER_TAG } from './roster-model.js';

// A layout given up front: the virtualizer then never imports its default layout lazily.
const LAYOUT = flow();

/**
 * Under our own tag (see VIRTUALIZER_TAG). An element (unlike the directive) starts measuring
 * once it is in the document, so it finds the scroller.
 */
class RosterVirtualizer extends LitVirtualizer {
  constructor() {
    super();
    this.layout = LAYOUT;
  }
}

defineElement(VIRTUALIZER_TAG, RosterVirtualizer);
