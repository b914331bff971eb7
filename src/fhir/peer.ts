/** Recognising the peer specialist in FHIR data (DESIGN.md "FHIR facts"). */
import { CODE_SYSTEMS, PEER_SPECIALIST } from './codes.js';
import { collectCodesAndTexts } from './concepts.js';

export { PEER_SPECIALIST };

const PEER_SYSTEMS: readonly (string | undefined)[] = [CODE_SYSTEMS.nucc, CODE_SYSTEMS.nuccOid];

/** "peer specialist", "Peer Support Worker", "certified peer-specialist"; not "peer review". */
const PEER_TEXT = /\bpeer[\s-]+(support|specialist)/i;
/**
 * Roles *around* peers that name peer support but are not peer specialists themselves: a
 * "Peer Support Supervisor" or "peer support programme manager" must not join the peer picker.
 */
const NOT_A_PEER_TEXT = /\b(supervisor|supervision|manager|director|coordinator|program|programme)\b/i;

/**
 * True when the input (a CodeableConcept, a Coding, an array of them, or anything else) names a
 * peer specialist: NUCC 175T00000X, or text / display saying "peer specialist" or "peer support".
 * US Core's care-team value set has no peer code, so real data often carries only text.
 */
export function isPeerSpecialist(input: unknown): boolean {
  const { codings, texts } = collectCodesAndTexts(input);
  const coded = codings.some((c) => c.code === PEER_SPECIALIST.code && PEER_SYSTEMS.includes(c.system));
  return coded || texts.some((text) => PEER_TEXT.test(text) && !NOT_A_PEER_TEXT.test(text));
}
