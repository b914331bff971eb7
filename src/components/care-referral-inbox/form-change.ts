/** A submitted action form's values → the change to make, or what is missing. Pure. */
import type { InboxData } from '../../fhir/read/referral-inbox.js';
import type { ReferralChange } from '../../fhir/write/referral-action.js';
import { isDeclineReason, isReferralOutcome } from '../../model/referral-loop.js';
import type { InboxAction } from './inbox-views.js';

export type FormValues = Record<string, string | undefined>;
export type FormOutcome = { change: ReferralChange } | { missing: 'needWords' | 'needPeer' };

export function changeFromForm(action: InboxAction, values: FormValues, data: InboxData, assignee?: string): FormOutcome {
  const words = values.words?.trim() ?? '';
  switch (action) {
    case 'assign': {
      const peer = data.peers.find((p) => p.reference === values.peer);
      if (!peer) return { missing: 'needPeer' };
      return { change: { action, owner: { reference: peer.reference, display: peer.name }, acceptNow: values.acceptNow === 'on' } };
    }
    case 'decline': {
      const reason = isDeclineReason(values.reason) ? values.reason : 'other';
      if (reason === 'other' && !words) return { missing: 'needWords' };
      return { change: { action, reason, ...(words ? { text: words } : {}) } };
    }
    case 'hold':
      return words ? { change: { action, text: words } } : { missing: 'needWords' };
    case 'complete': {
      const outcome = isReferralOutcome(values.outcome) ? values.outcome : 'engaged';
      return { change: { action, outcome, ...(words ? { text: words } : {}) } };
    }
    case 'accept': {
      // A supervisor accepts on behalf of the assigned peer; a peer accepts for themself (the actor).
      const peer = assignee ? data.peers.find((p) => p.reference === assignee) : undefined;
      return { change: { action, ...(peer ? { owner: { reference: peer.reference, display: peer.name } } : {}) } };
    }
    default:
      return { change: { action } };
  }
}
