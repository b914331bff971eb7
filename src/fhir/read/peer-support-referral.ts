/** Recognising a referral to peer support among a client's ServiceRequests. */
import { HCPCS_PEER_SERVICES, SNOMED_PEER_SUPPORT_REFERRAL, type CodingConstant } from '../codes.js';
import { someText } from '../concepts.js';
import { isObject } from '../json.js';

const PEER_SUPPORT_CODES: readonly CodingConstant[] = [SNOMED_PEER_SUPPORT_REFERRAL, HCPCS_PEER_SERVICES];
const PEER_SUPPORT_TEXT = /\bpeer[\s-]+(support|specialist|services?)\b/i;

/**
 * True when a ServiceRequest's `code` is SNOMED CT 461481000124109 "Referral to peer support"
 * (US Behavioral Health Profiles) or HCPCS H0038 (peer services), either one; with no coding, when
 * its text names peer support.
 */
export function isPeerSupportReferral(serviceRequest: unknown): boolean {
  if (!isObject(serviceRequest)) return false;
  const code = serviceRequest.code;
  const codings = isObject(code) && Array.isArray(code.coding) ? code.coding.filter(isObject) : [];
  if (codings.some((c) => PEER_SUPPORT_CODES.some((known) => known.system === c.system && known.code === c.code))) return true;
  return codings.length === 0 && someText(code, (text) => PEER_SUPPORT_TEXT.test(text));
}
