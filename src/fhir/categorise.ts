/** Decides a team member's role category from their role codes, role text and kind. */
import type { RoleCategory } from '../model/role-category.js';
import type { MemberKind } from '../model/team-member.js';
import { PERSON_TEXT_TABLE, ROLE_CODE_TABLE, ROLE_TEXT_TABLE } from './codes.js';
import { collectCodesAndTexts } from './concepts.js';
import { isObject } from './json.js';

/**
 * system → code → the first ROLE_CODE_TABLE row naming it (earlier rows win, so the peer code
 * does). Two levels rather than a joined `system|code` key: no string is built per lookup.
 */
const ROWS_BY_SYSTEM = new Map<string, Map<string, number>>();
ROLE_CODE_TABLE.forEach((row, index) => {
  for (const system of row.systems) {
    const rows = ROWS_BY_SYSTEM.get(system) ?? new Map<string, number>();
    ROWS_BY_SYSTEM.set(system, rows);
    for (const code of row.codes) if (!rows.has(code)) rows.set(code, index);
  }
});

/** The best (lowest) table row a Coding's system + code names; Infinity for none. */
function codingRow(value: unknown): number {
  if (!isObject(value) || typeof value.code !== 'string') return Infinity;
  const rows = ROWS_BY_SYSTEM.get(typeof value.system === 'string' ? value.system : '');
  return rows?.get(value.code) ?? Infinity;
}

/** A CodeableConcept's best row (a bare Coding counts as one, as in collectCodesAndTexts). */
function conceptRow(value: unknown): number {
  if (!isObject(value)) return Infinity;
  if (!Array.isArray(value.coding)) return codingRow(value);
  let best = Infinity;
  for (const coding of value.coding) best = Math.min(best, codingRow(coding));
  return best;
}

// Walks the input without collecting it first: this runs once per member of a team.
function byCode(input: unknown): RoleCategory | undefined {
  let best = Infinity;
  if (Array.isArray(input)) for (const item of input) best = Math.min(best, conceptRow(item));
  else best = conceptRow(input);
  return ROLE_CODE_TABLE[best]?.category;
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
