/** Decides a team member's role category from their role codes, role text and kind. */
import type { RoleCategory } from '../model/role-category.js';
import type { MemberKind } from '../model/team-member.js';
import { PERSON_TEXT_TABLE, ROLE_TEXT_TABLE } from './codes.js';
import { codedCategory, textsOf } from './concepts.js';
import { isPeerGiven } from './peer.js';

function byText(input: unknown, table: typeof ROLE_TEXT_TABLE): RoleCategory | undefined {
  const texts = textsOf(input);
  return table.find((row) => texts.some((text) => row.pattern.test(text)))?.category;
}

/**
 * The category for a member with these role concepts (CodeableConcepts, in priority order) and
 * this kind. A Patient member is the client and a RelatedPerson is family whatever the role says.
 * For everyone else the peer recogniser (peer.ts; isPeerGiven is its rule given the codes)
 * decides first, so 'peer-specialist' here is exactly `isPeerSpecialist(concepts)`. Then codes win
 * over text, and client / family codes and text count only for unknown kinds. ROLE_TEXT_TABLE has
 * no peer row: a peer text the recogniser turned down ("Peer Support Supervisor") falls to the
 * other rows ('supervisor', or 'other').
 */
export function categoriseRole(concepts: unknown, kind: MemberKind): RoleCategory {
  if (kind === 'patient') return 'client';
  if (kind === 'related-person') return 'family';
  const coded = codedCategory(concepts);
  if (isPeerGiven(coded, concepts)) return 'peer-specialist';
  if (coded && ((coded !== 'client' && coded !== 'family') || kind === 'unknown')) return coded;
  const named = byText(concepts, ROLE_TEXT_TABLE);
  if (named) return named;
  return (kind === 'unknown' ? byText(concepts, PERSON_TEXT_TABLE) : undefined) ?? 'other';
}
