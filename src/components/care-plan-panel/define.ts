import { defineElement } from '../../shared/define.js';
import { CarePlanPanel } from './care-plan-panel.js';

defineElement('care-plan-panel', CarePlanPanel);

declare global {
  interface HTMLElementTagNameMap {
    'care-plan-panel': CarePlanPanel;
  }
}

export { CarePlanPanel };
export * from './events.js';
