/**
 * The peer programme's inbox page: a thin host of <care-referral-inbox> inside a provider that
 * talks to the demo's FHIR server. "Acting as" switches who is signed in (the provider's `user`)
 * and whether they act as the supervisor or as a peer (the inbox's `acting-role`).
 */
import '../src/define.js';
import type { CareTeamProvider } from '../src/components/care-team-provider/care-team-provider.js';
import type { CareReferralInbox } from '../src/components/care-referral-inbox/care-referral-inbox.js';

const provider = document.getElementById('provider') as CareTeamProvider;
const inbox = provider.querySelector('care-referral-inbox') as CareReferralInbox;
const actingAs = document.getElementById('acting-as') as HTMLSelectElement;

// The page's CSP allows only its own origin, which is where the demo server answers FHIR too.
provider.fhirBaseUrl = new URL('/fhir', location.href).href;

function actAs(): void {
  const option = actingAs.selectedOptions[0];
  provider.user = actingAs.value;
  inbox.actingRole = option?.dataset.role === 'supervisor' ? 'supervisor' : 'peer';
}
actingAs.addEventListener('change', actAs);
actAs();

async function resetDemo(): Promise<void> {
  await fetch(new URL('/__admin/reset', location.href), { method: 'POST', headers: { 'X-Care-Admin': '1' } });
  await inbox.checkForNew();
}
document.getElementById('reset-demo')!.addEventListener('click', () => void resetDemo());
