/** The CDN entry registers every element by itself (its own page: no other entry is imported). */
import { expect } from '@open-wc/testing';
import * as cdn from '../../../src/cdn.js';

describe('the CDN entry (src/cdn.ts)', () => {
  it('defines every element with the classes it exports', () => {
    expect(customElements.get('care-team-provider')).to.equal(cdn.CareTeamProvider);
    expect(customElements.get('care-peer-role-card')).to.equal(cdn.CarePeerRoleCard);
    expect(customElements.get('care-team-roster')).to.equal(cdn.CareTeamRoster);
    expect(customElements.get('care-referral-button')).to.equal(cdn.CareReferralButton);
    expect(customElements.get('care-plan-panel')).to.equal(cdn.CarePlanPanel);
  });
});
