import { defineElement } from '../../shared/define.js';
import { CareReferralButton } from './care-referral-button.js';

defineElement('care-referral-button', CareReferralButton);

declare global {
  interface HTMLElementTagNameMap {
    'care-referral-button': CareReferralButton;
  }
}

export { CareReferralButton };
export * from './events.js';
