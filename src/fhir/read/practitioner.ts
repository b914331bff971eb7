/** Practitioner: name, pronouns, photo, credentials (qualification) and languages (communication). */
import type { Credential, Language } from '../../model/peer-role.js';
import type { MapResult } from '../../model/problems.js';
import type { ReferenceResolver } from '../references.js';
import { codeableConceptText, readCodeableConcepts, readConcept, readPeriod, readReferenceAt } from './datatypes.js';
import { compact, expectResource, isObject, readArray, readString, type Json } from './fields.js';
import { namedParty } from './party.js';
import { at, createLog, reportWrongType, type ProblemLog, type Path } from './problems.js';
import type { Person } from '../../model/team-member.js';
import { readPerson } from './person.js';
import { resolverFor, type ReadContext } from './context.js';

function readCredential(value: unknown, resolver: ReferenceResolver, path: Path, log: ProblemLog): Credential | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'a qualification object');
  const code = readConcept(value, 'code', path, log, true);
  const identifiers = readArray(value, 'identifier', path, log).filter(isObject);
  const [identifier] = identifiers;
  const identifierPath = at(path, 'identifier[0]');
  const typeText = identifier ? codeableConceptText(readConcept(identifier, 'type', identifierPath, log)) : undefined;
  const name = codeableConceptText(code) ?? typeText;
  if (!name) return undefined;
  const issuer = namedParty(readReferenceAt(value, 'issuer', path, log), resolver, at(path, 'issuer'), log);
  return compact<Credential>({
    name,
    issuer: issuer?.name,
    identifier: identifier ? readString(identifier, 'value', identifierPath, log) : undefined,
    period: readPeriod(value, 'period', path, log),
  });
}

export function readCredentials(practitioner: Json, resolver: ReferenceResolver, path: Path, log: ProblemLog): Credential[] {
  const where = at(path, 'qualification');
  return readArray(practitioner, 'qualification', path, log).flatMap(
    (item, index) => readCredential(item, resolver, at(where, index), log) ?? [],
  );
}

export function readLanguages(practitioner: Json, path: Path, log: ProblemLog): Language[] {
  return readCodeableConcepts(practitioner, 'communication', path, log).flatMap((concept) => {
    const display = codeableConceptText(concept);
    const code = concept.coding?.find((c) => c.code)?.code;
    return display ? [compact<Language>({ code, display })] : [];
  });
}

/** A single Practitioner read as a Person (name, contact, pronouns, photo). */
export function readPractitioner(input: unknown, context: ReadContext = {}): MapResult<Person> {
  const log = createLog();
  const practitioner = expectResource(input, 'Practitioner', log);
  if (!practitioner) return { value: undefined, problems: log.problems };
  return { value: readPerson(practitioner, resolverFor(practitioner, context), context.now, log), problems: log.problems };
}
