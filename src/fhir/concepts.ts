/**
 * Tolerant views of CodeableConcept / Coding for recognisers that accept anything: a concept, a
 * coding, an array of either (one level deep), or unknown input. Reading never throws, and walks
 * without collecting: the recognisers run once per member of a team.
 */
import type { RoleCategory } from '../model/role-category.js';
import { ROLE_CODE_TABLE } from './codes.js';
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

/** A CodeableConcept's best row; an object without a `coding` array counts as a bare Coding. */
function conceptRow(value: unknown): number {
  if (!isObject(value)) return Infinity;
  if (!Array.isArray(value.coding)) return codingRow(value);
  let best = Infinity;
  for (const coding of value.coding) best = Math.min(best, codingRow(coding));
  return best;
}

/** The role category the input's codes name (ROLE_CODE_TABLE, earlier rows win); undefined for none it knows. */
export function codedCategory(input: unknown): RoleCategory | undefined {
  let best = Infinity;
  if (Array.isArray(input)) for (const item of input) best = Math.min(best, conceptRow(item));
  else best = conceptRow(input);
  return ROLE_CODE_TABLE[best]?.category;
}

/** True when `test` holds for a CodeableConcept.text or a coding display in the input. */
export function someText(input: unknown, test: (text: string) => boolean): boolean {
  const display = (value: unknown): boolean => isObject(value) && typeof value.display === 'string' && test(value.display);
  const concept = (value: unknown): boolean => {
    if (!isObject(value)) return false;
    if (typeof value.text === 'string' && test(value.text)) return true;
    return Array.isArray(value.coding) ? value.coding.some(display) : display(value);
  };
  return Array.isArray(input) ? input.some(concept) : concept(input);
}

/** Every CodeableConcept.text and coding display in the input, in order (for tables of patterns). */
export function textsOf(input: unknown): string[] {
  const texts: string[] = [];
  someText(input, (text) => {
    texts.push(text);
    return false;
  });
  return texts;
}
