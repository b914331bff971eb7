import { defineElement } from '../../shared/define.js';
import { CareReferralList } from './care-referral-list.js';

defineElement('care-referral-list', CareReferralList);

declare global {
  interface HTMLElementTagNameMap {
    'care-referral-list': CareReferralList;
  }
}

export { CareReferralList };
