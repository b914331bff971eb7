import { defineElement } from '../../shared/define.js';
import { CareReferralInbox } from './care-referral-inbox.js';

defineElement('care-referral-inbox', CareReferralInbox);

declare global {
  interface HTMLElementTagNameMap {
    'care-referral-inbox': CareReferralInbox;
  }
}

export { CareReferralInbox };
export * from './events.js';
