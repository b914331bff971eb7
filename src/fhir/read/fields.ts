/**
 * Typed reads of one element of untrusted JSON. Each returns the value when it has the right
 * type, else `undefined` (or `[]`) and a problem at the element's path. Nothing here throws.
 */
import { isObject, type Json } from '../json.js';
import { at, reportMissing, reportUnknownCode, reportWrongType, type ProblemLog, type Path } from './problems.js';

// The readers import the JSON guards with the typed reads; they live in ../json.ts.
export { isObject, type Json };

/** Own properties only, so keys such as `constructor` or `__proto__` never read the prototype. */
function own(obj: Json, key: string): unknown {
  const value = obj[key];
  // What Object.prototype has is its methods and `__proto__`; JSON holds no functions, so only
  // those two cases need the own-property check (asking `key in Object.prototype` on every read
  // of a 10,000-member team cost 5-10% of the read).
  return (typeof value !== 'function' && key !== '__proto__') || Object.hasOwn(obj, key) ? value : undefined;
}

interface ReadOptions {
  required?: boolean;
}

const NO_OPTIONS: ReadOptions = {};

function absent(log: ProblemLog, path: Path, options: ReadOptions): undefined {
  if (options.required) reportMissing(log, path);
  return undefined;
}

/** A non-blank string (FHIR strings may not be empty). */
// Paths are built only when a problem is reported: a 10,000-member team reads ~200,000 fields,
// and building every path up front made the mappers allocation-bound.
export function readString(obj: Json, key: string, path: Path, log: ProblemLog, options: ReadOptions = NO_OPTIONS): string | undefined {
  const value = own(obj, key);
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (value === undefined || value === null || typeof value === 'string') return absent(log, at(path, key), options);
  return reportWrongType(log, at(path, key), 'a string');
}

export function readBoolean(obj: Json, key: string, path: Path, log: ProblemLog): boolean | undefined {
  const value = own(obj, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') return reportWrongType(log, at(path, key), 'a boolean');
  return value;
}

export function readNumber(obj: Json, key: string, path: Path, log: ProblemLog): number | undefined {
  const value = own(obj, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return reportWrongType(log, at(path, key), 'a number');
  return value;
}

export function readObject(obj: Json, key: string, path: Path, log: ProblemLog, options: ReadOptions = NO_OPTIONS): Json | undefined {
  const value = own(obj, key);
  if (isObject(value)) return value;
  if (value === undefined || value === null) return absent(log, at(path, key), options);
  return reportWrongType(log, at(path, key), 'an object');
}

/** Shared by every absent 0..* element (most are): read-only, so it can never leak between reads. */
const NONE: readonly unknown[] = Object.freeze([]);

/** A 0..* element, read-only (it may be the input's own array). A non-array is reported and read as empty. */
export function readArray(obj: Json, key: string, path: Path, log: ProblemLog, options: ReadOptions = NO_OPTIONS): readonly unknown[] {
  const value = own(obj, key);
  if (Array.isArray(value)) {
    if (value.length === 0 && options.required) reportMissing(log, at(path, key));
    return value;
  }
  if (value === undefined || value === null) absent(log, at(path, key), options);
  else reportWrongType(log, at(path, key), 'an array');
  return NONE;
}

/** A string array (e.g. HumanName.given); non-strings are reported and skipped. */
export function readStrings(obj: Json, key: string, path: Path, log: ProblemLog): string[] {
  const strings: string[] = [];
  const items = readArray(obj, key, path, log);
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (typeof item === 'string' && item.trim() !== '') strings.push(item);
    else if (typeof item !== 'string') reportWrongType(log, at(path, key, index), 'a string');
  }
  return strings;
}

/** A code from a closed list; anything else is reported as unknown. */
export function readCode<T extends string>(
  obj: Json,
  key: string,
  path: Path,
  log: ProblemLog,
  allowed: readonly T[],
  options: ReadOptions = NO_OPTIONS,
): T | undefined {
  const value = readString(obj, key, path, log, options);
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  reportUnknownCode(log, at(path, key), allowed);
  return undefined;
}

const DATE_TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** A FHIR date, dateTime or instant. Malformed values are dropped so dates can be formatted safely. */
export function readDateTime(obj: Json, key: string, path: Path, log: ProblemLog, options: ReadOptions = NO_OPTIONS): string | undefined {
  const value = readString(obj, key, path, log, options);
  if (value === undefined) return undefined;
  if (DATE_TIME.test(value)) return value;
  return reportWrongType(log, at(path, key), 'a FHIR date or dateTime');
}

/** The resource's type, or undefined and a problem when the input is not a resource of `expected`. */
export function expectResource(input: unknown, expected: string, log: ProblemLog, path = ''): Json | undefined {
  if (!isObject(input)) {
    log.add(path, 'not-an-object', `expected a FHIR ${expected} resource object`);
    return undefined;
  }
  if (own(input, 'resourceType') !== expected) {
    log.add(at(path, 'resourceType'), 'wrong-resource-type', `expected ${expected}`);
    return undefined;
  }
  return input;
}

/** Drops `undefined` properties so model values stay plain JSON (and compare cleanly in tests). */
export function compact<T extends object>(value: T): T {
  // A plain loop: this runs for every object the mappers build, and entries/fromEntries allocate
  // two arrays per call (the top cost of reading a 10,000-member team).
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) result[key] = field;
  }
  return result as T;
}
