/** Consent → the client's consent to share with the peer programme, as a Referral sees it. */
import type { Referral } from '../../model/referral.js';
import { CONSENT_STATUSES } from '../codes.js';
import { readCodeableConcepts, readConcept } from './datatypes.js';
import { compact, readCode, readDateTime, readString, type Json } from './fields.js';
import type { ProblemLog } from './problems.js';

export type ConsentPart = Pick<Referral, 'consentId' | 'consentStatus' | 'consentDate'>;

export function mapConsent(consent: Json, log: ProblemLog): ConsentPart {
  // R4 cardinality: scope 1..1 and category 1..* are required even though we only show status/date.
  readConcept(consent, 'scope', '', log, true);
  if (readCodeableConcepts(consent, 'category', '', log).length === 0) log.add('category', 'missing', 'at least one category is required');
  return compact<ConsentPart>({
    consentId: readString(consent, 'id', '', log),
    consentStatus: readCode(consent, 'status', '', log, CONSENT_STATUSES, { required: true }),
    consentDate: readDateTime(consent, 'dateTime', '', log),
  });
}
