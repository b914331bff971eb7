/** A referral as one FHIR transaction: three conditional creates, linked by `urn:uuid:` fullUrls. */
import type { ReferralDraft } from '../../model/schemas/referral-draft.js';
import type { Bundle, BundleEntry, Resource } from '../types.js';
import { ifNoneExistFor } from './idempotency.js';
import { buildReferralResources, type ReferralContext } from './referral.js';

function entry(resource: Resource & { identifier?: { system?: string; value?: string }[] }, fullUrl: string): BundleEntry {
  const ifNoneExist = ifNoneExistFor(resource);
  return {
    fullUrl,
    resource,
    request: { method: 'POST', url: resource.resourceType, ...(ifNoneExist ? { ifNoneExist } : {}) },
  };
}

/**
 * The referral's ServiceRequest, Task and Consent in a transaction Bundle. Each entry is a
 * conditional create (`ifNoneExist: identifier=<system>|<value>`), so posting the same referral
 * twice (a retry after a lost response) creates nothing new.
 */
export function buildReferralTransaction(
  draft: ReferralDraft,
  context: Omit<ReferralContext, 'serviceRequestReference'>,
  newUuid: () => string = () => crypto.randomUUID(),
): Bundle {
  const [requestUrl, taskUrl, consentUrl] = [newUuid(), newUuid(), newUuid()].map((uuid) => `urn:uuid:${uuid}`) as [string, string, string];
  const { serviceRequest, task, consent } = buildReferralResources(draft, { ...context, serviceRequestReference: requestUrl });
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [entry(serviceRequest, requestUrl), entry(task, taskUrl), entry(consent, consentUrl)],
  };
}
