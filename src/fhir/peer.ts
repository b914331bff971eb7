/**
 * The one peer recogniser (DESIGN.md "FHIR facts"): `isPeerSpecialist()` here and
 * `categoriseRole()` (which asks this module first) cannot disagree about who is a peer.
 *
 * Rules, in order (the README's "FHIR extensions" section says the same):
 * 1. Codes win over text. NUCC 175T00000X (system `http://nucc.org/provider-taxonomy` or its OID
 *    `urn:oid:2.16.840.1.113883.6.101`) anywhere in the input is a peer, whatever the text says.
 *    Any other role code the package knows (ROLE_CODE_TABLE: psychiatrist, nurse, ... client,
 *    family) means not a peer, whatever the text says. Codes it does not know tell nothing.
 * 2. Otherwise text decides (CodeableConcept.text and coding displays, each read on its own): a
 *    text is a peer role when it names one (PEER_ROLE_TEXT) and no role around peers in the same
 *    text (AROUND_PEERS_TEXT). One such text is enough.
 */
import type { RoleCategory } from '../model/role-category.js';
import { PEER_SPECIALIST } from './codes.js';
import { codedCategory, someText } from './concepts.js';

export { PEER_SPECIALIST };

/**
 * Peer roles by name: peer specialist, peer support (specialist, worker, supporter), certified
 * peer specialist, peer recovery coach / specialist, recovery coach, and the US family and youth
 * peer roles (family / youth peer advocate, parent peer partner). Not "peer review" or a bare
 * "peer", and not a bare "CPS" either: it is also Child Protective Services.
 */
const PEER_ROLE_TEXT = /\bpeer[\s-]+(support|specialist|recovery|advocat|partners?\b)|\brecovery[\s-]+coach/i;

/**
 * Roles around peers that name peer support but are not peers themselves: supervisor or
 * supervision (categoriseRole: 'supervisor'), manager, director, coordinator, programme or team
 * lead ('other', unless other words name a role, as "care coordinator" does). A programme's name
 * alone does not count: "Peer Specialist, ACT Program" is a peer; a "Lead Peer Specialist" too.
 */
const AROUND_PEERS_TEXT = /\b(supervis|manag(er|ement)|director|co-?ordinat|(programmes?|programs?|team)[\s-]+lead)/i;

function isPeerText(text: string): boolean {
  return PEER_ROLE_TEXT.test(text) && !AROUND_PEERS_TEXT.test(text);
}

/**
 * True when the input (a CodeableConcept, a Coding, an array of them, or anything else) names a
 * peer specialist by the rules above. US Core's care-team value set has no peer code, so real
 * data often carries only text.
 */
export function isPeerSpecialist(input: unknown): boolean {
  return isPeerGiven(codedCategory(input), input);
}

/**
 * The same rule for a caller that has already looked up `codedCategory(input)`: categoriseRole,
 * once per member of a team (one walk fewer measured 20-25% of its time).
 */
export function isPeerGiven(coded: RoleCategory | undefined, input: unknown): boolean {
  return coded === undefined ? someText(input, isPeerText) : coded === 'peer-specialist';
}
