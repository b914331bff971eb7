/** Decides a team member's role category from their role codes, role text and kind. */
import type { RoleCategory } from '../model/role-category.js';
import type { MemberKind } from '../model/team-member.js';
import { PERSON_TEXT_TABLE, ROLE_CODE_TABLE, ROLE_TEXT_TABLE } from './codes.js';
import { collectCodesAndTexts } from './concepts.js';

function byCode(input: unknown): RoleCategory | undefined {
  const { codings } = collectCodesAndTexts(input);
  for (const row of ROLE_CODE_TABLE) {
    const hit = codings.some((c) => c.code !== undefined && row.codes.includes(c.code) && row.systems.includes(c.system ?? ''));
    if (hit) return row.category;
  }
  return undefined;
}

function byText(input: unknown, table: typeof ROLE_TEXT_TABLE): RoleCategory | undefined {
  const { texts } = collectCodesAndTexts(input);
  return table.find((row) => texts.some((text) => row.pattern.test(text)))?.category;
}

/**
 * The category for a member with these role concepts (CodeableConcepts, in priority order) and
 * this kind. A Patient member is the client and a RelatedPerson is family whatever the role says;
 * for everyone else codes win over text, and client / family text counts only for unknown kinds.
 */
export function categoriseRole(concepts: unknown, kind: MemberKind): RoleCategory {
  if (kind === 'patient') return 'client';
  if (kind === 'related-person') return 'family';
  const coded = byCode(concepts);
  if (coded && ((coded !== 'client' && coded !== 'family') || kind === 'unknown')) return coded;
  const named = byText(concepts, ROLE_TEXT_TABLE);
  if (named) return named;
  return (kind === 'unknown' ? byText(concepts, PERSON_TEXT_TABLE) : undefined) ?? 'other';
}
