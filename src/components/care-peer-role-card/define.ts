import { defineElement } from '../../shared/define.js';
import { CarePeerRoleCard } from './care-peer-role-card.js';

defineElement('care-peer-role-card', CarePeerRoleCard);

declare global {
  interface HTMLElementTagNameMap {
    'care-peer-role-card': CarePeerRoleCard;
  }
}

export { CarePeerRoleCard };
export { CarePeerContactRequestedEvent, type CarePeerContactRequestedDetail } from './events.js';
