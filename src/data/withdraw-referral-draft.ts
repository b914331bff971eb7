/**
 * Undoing a referral whose send failed part-way, before its draft is discarded. Pure async, no DOM.
 *
 * The three creates (create-referral.ts) are not one transaction: when the Task write fails after
 * the ServiceRequest and Consent were saved, those two would stay active with no Task, an open
 * referral no programme's inbox ever shows. Discarding such a draft therefore marks everything
 * saved under its key `entered-in-error` ("should never have existed"): the Task first (if its
 * answer was lost, the programme may already see it), then the Consent, then the ServiceRequest.
 * Each is found by its idempotency identifier, so a resource whose create answer was lost is found
 * too; what is already entered-in-error is left, so a retry after a failure finishes the job.
 */
import type { DataSource, RequestOptions } from './data-source.js';
import { referralIdentifier } from '../fhir/write/idempotency.js';
import type { Resource } from '../fhir/types.js';

const SAVED_UNDER_KEY = [
  ['Task', 'task'],
  ['Consent', 'consent'],
  ['ServiceRequest', undefined],
] as const;

/** Marks every resource saved under `key` entered-in-error; resolves to how many it changed. */
export async function withdrawReferralDraft(dataSource: DataSource, key: string, options: RequestOptions = {}): Promise<number> {
  let withdrawn = 0;
  for (const [type, suffix] of SAVED_UNDER_KEY) {
    const { system, value } = referralIdentifier(key, suffix);
    const { resources } = await dataSource.search<Resource & { status?: unknown }>(type, { identifier: `${system}|${value}` }, options);
    for (const resource of resources) {
      if (resource.status === 'entered-in-error') continue;
      await dataSource.update({ ...resource, status: 'entered-in-error' }, options);
      withdrawn += 1;
    }
  }
  return withdrawn;
}
