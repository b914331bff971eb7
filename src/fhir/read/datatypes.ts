/**
 * Readers for the FHIR data types the mappers share (CodeableConcept, Coding, Reference, Period,
 * HumanName, ContactPoint, Annotation), each returning a clean copy holding only typed fields,
 * and the one place that turns them into display text.
 */
import { TELECOM_SYSTEMS, type DateRange, type Note, type Telecom } from '../../model/common.js';
import type { CodeableConcept, Coding, HumanName, Reference } from '../types.js';
import { isObject, readArray, readCode, readDateTime, readObject, readString, readStrings, type Json } from './fields.js';
import { at, reportWrongType, type ProblemLog, type Path } from './problems.js';

function readCoding(value: unknown, path: Path, log: ProblemLog): Coding | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'a Coding object');
  const coding: Coding = {
    system: readString(value, 'system', path, log),
    code: readString(value, 'code', path, log),
    display: readString(value, 'display', path, log),
  };
  return coding.code || coding.display ? coding : undefined;
}

export function readCodeableConcept(value: unknown, path: Path, log: ProblemLog): CodeableConcept | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'a CodeableConcept object');
  const coding: Coding[] = [];
  const items = readArray(value, 'coding', path, log);
  for (let index = 0; index < items.length; index += 1) {
    const item = readCoding(items[index], at(path, 'coding', index), log);
    if (item) coding.push(item);
  }
  const text = readString(value, 'text', path, log);
  if (!text && coding.length === 0) return undefined;
  return text ? { coding, text } : { coding };
}

/** A 0..* CodeableConcept element, appended to `into` when given (saves a copy on hot paths). */
export function readCodeableConcepts(obj: Json, key: string, path: Path, log: ProblemLog, into: CodeableConcept[] = []): CodeableConcept[] {
  const items = readArray(obj, key, path, log);
  for (let index = 0; index < items.length; index += 1) {
    const concept = readCodeableConcept(items[index], at(path, key, index), log);
    if (concept) into.push(concept);
  }
  return into;
}

/** A 0..1 CodeableConcept element. */
export function readConcept(obj: Json, key: string, path: Path, log: ProblemLog, required = false): CodeableConcept | undefined {
  const value = readObject(obj, key, path, log, { required });
  return value ? readCodeableConcept(value, at(path, key), log) : undefined;
}

/** What to show for a concept: its text, else the first coding's display, else its code. */
export function codeableConceptText(concept: CodeableConcept | undefined): string | undefined {
  if (!concept) return undefined;
  if (concept.text) return concept.text;
  // Loops, not find() with arrow functions: this runs for every role of every team member.
  const codings = concept.coding ?? [];
  for (const coding of codings) if (coding.display) return coding.display;
  for (const coding of codings) if (coding.code) return coding.code;
  return undefined;
}

export function readReference(value: unknown, path: Path, log: ProblemLog): Reference | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'a Reference object');
  const reference: Reference = {};
  const ref = readString(value, 'reference', path, log);
  const type = readString(value, 'type', path, log);
  const display = readString(value, 'display', path, log);
  const identifier = readObject(value, 'identifier', path, log);
  if (ref) reference.reference = ref;
  if (type) reference.type = type;
  if (display) reference.display = display;
  if (identifier) {
    const system = readString(identifier, 'system', at(path, 'identifier'), log);
    const idValue = readString(identifier, 'value', at(path, 'identifier'), log);
    if (idValue) reference.identifier = system ? { system, value: idValue } : { value: idValue };
  }
  // Not Object.keys(): every member of a large team has two or three references.
  return ref || type || display || reference.identifier ? reference : undefined;
}

/** A 0..1 Reference element. */
export function readReferenceAt(obj: Json, key: string, path: Path, log: ProblemLog, required = false): Reference | undefined {
  const value = readObject(obj, key, path, log, { required });
  return value ? readReference(value, at(path, key), log) : undefined;
}

/** A 0..* Reference element, each paired with its path. */
export function readReferences(obj: Json, key: string, path: Path, log: ProblemLog): { reference: Reference; path: Path }[] {
  const where = at(path, key);
  return readArray(obj, key, path, log).flatMap((item, index) => {
    const reference = readReference(item, at(where, index), log);
    return reference ? [{ reference, path: at(where, index) }] : [];
  });
}

export function readPeriod(obj: Json, key: string, path: Path, log: ProblemLog): DateRange | undefined {
  const value = readObject(obj, key, path, log);
  if (!value) return undefined;
  const where = at(path, key);
  const start = readDateTime(value, 'start', where, log);
  const end = readDateTime(value, 'end', where, log);
  if (!start && !end) return undefined;
  const period: DateRange = {};
  if (start) period.start = start;
  if (end) period.end = end;
  return period;
}

function readHumanName(value: unknown, path: Path, log: ProblemLog): HumanName | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'a HumanName object');
  return {
    use: readString(value, 'use', path, log),
    text: readString(value, 'text', path, log),
    family: readString(value, 'family', path, log),
    given: readStrings(value, 'given', path, log),
  };
}

export function readHumanNames(obj: Json, key: string, path: Path, log: ProblemLog): HumanName[] {
  const names: HumanName[] = [];
  const items = readArray(obj, key, path, log);
  for (let index = 0; index < items.length; index += 1) {
    const name = readHumanName(items[index], at(path, key, index), log);
    if (name) names.push(name);
  }
  return names;
}

const NAME_USE_ORDER = ['usual', 'official', undefined, 'temp', 'nickname', 'anonymous', 'maiden', 'old'];

function nameRank(name: HumanName): number {
  const index = NAME_USE_ORDER.indexOf(name.use);
  return index === -1 ? NAME_USE_ORDER.length : index;
}

/** The name's text, else its non-empty given names and family joined by spaces. */
function nameText(name: HumanName): string {
  if (name.text) return name.text;
  let text = '';
  for (const part of name.given ?? []) if (part) text = text ? `${text} ${part}` : part;
  if (name.family) text = text ? `${text} ${name.family}` : name.family;
  return text;
}

/** The name to show: the usual (else official, else first) name's text, else given + family. */
export function humanNameText(names: readonly HumanName[]): string | undefined {
  // Most people have one name: no copy and sort for them (a large team names thousands).
  const ranked = names.length > 1 ? [...names].sort((a, b) => nameRank(a) - nameRank(b)) : names;
  for (const name of ranked) {
    const text = nameText(name);
    if (text.trim() !== '') return text;
  }
  return undefined;
}

/** Most people in a large team have no contact points listed: they share this one (frozen) list. */
const NO_TELECOM = Object.freeze([]) as unknown as Telecom[];

export function readTelecom(obj: Json, key: string, path: Path, log: ProblemLog): Telecom[] {
  const items = readArray(obj, key, path, log);
  if (items.length === 0) return NO_TELECOM;
  const telecom: Telecom[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    const itemPath = at(path, key, index);
    if (!isObject(item)) {
      reportWrongType(log, itemPath, 'a ContactPoint object');
      continue;
    }
    const system = readCode(item, 'system', itemPath, log, TELECOM_SYSTEMS);
    const value = readString(item, 'value', itemPath, log);
    const use = readString(item, 'use', itemPath, log);
    if (system && value) telecom.push(use ? { system, value, use } : { system, value });
  }
  return telecom;
}

/** An Annotation as a Note; the text is required (R4 Annotation.text 1..1). */
export function readAnnotation(value: unknown, path: Path, log: ProblemLog): Note | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'an Annotation object');
  const text = readString(value, 'text', path, log, { required: true });
  if (!text) return undefined;
  const authorReference = readReferenceAt(value, 'authorReference', path, log);
  const authorString = readString(value, 'authorString', path, log);
  const time = readDateTime(value, 'time', path, log);
  const name = authorReference?.display ?? authorString;
  const reference = authorReference?.reference;
  const author = name || reference ? { ...(name ? { name } : {}), ...(reference ? { reference } : {}) } : undefined;
  return { text, ...(author ? { author } : {}), ...(time ? { time } : {}) };
}

export function readAnnotations(obj: Json, key: string, path: Path, log: ProblemLog): Note[] {
  const where = at(path, key);
  return readArray(obj, key, path, log).flatMap((item, index) => readAnnotation(item, at(where, index), log) ?? []);
}
