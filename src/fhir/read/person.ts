/** The shared reader behind readPractitioner / readPatient / readRelatedPerson / readOrganization. */
import type { Person } from '../../model/team-member.js';
import type { ReferenceResolver } from '../references.js';
import { codeableConceptText, readCodeableConcepts, readConcept, readPeriod, readReferenceAt } from './datatypes.js';
import { compact, isObject, readArray, readBoolean, readString, type Json } from './fields.js';
import { namedParty, kindOfType, resourceName, workTelecom } from './party.js';
import { periodHasEnded } from './context.js';
import { PRONOUNS_EXTENSION } from '../extensions.js';
import { extensionText, extensionsOf, subExtensions } from './extension-reader.js';
import { at, type ProblemLog, type Path } from './problems.js';

/** Pronouns from the HL7 individual-pronouns extension: its `value` sub-extension, or a plain value. */
export function readPronouns(owner: Json, path: Path, log: ProblemLog): string | undefined {
  for (const entry of extensionsOf(owner, PRONOUNS_EXTENSION, path, log)) {
    const [value = entry] = subExtensions(entry, 'value', log);
    const concept = readConcept(value.extension, 'valueCodeableConcept', value.path, log);
    const text = codeableConceptText(concept) ?? extensionText(value, log);
    if (text) return text;
  }
  return undefined;
}

/** The first photo given by URL (inline base64 data is not shown). */
export function readPhotoUrl(owner: Json, path: Path, log: ProblemLog): string | undefined {
  const [photo] = readArray(owner, 'photo', path, log).filter(isObject);
  return photo ? readString(photo, 'url', at(path, 'photo[0]'), log) : undefined;
}

const ORGANIZATION_ELEMENT: Readonly<Record<string, string>> = {
  Organization: 'partOf',
  Patient: 'managingOrganization',
};

export function readPerson(resource: Json, resolver: ReferenceResolver, now: Date | undefined, log: ProblemLog): Person {
  const type = resource.resourceType as string;
  const organizationKey = ORGANIZATION_ELEMENT[type];
  const organizationRef = organizationKey ? readReferenceAt(resource, organizationKey, '', log) : undefined;
  const relationship =
    type === 'RelatedPerson' ? codeableConceptText(readCodeableConcepts(resource, 'relationship', '', log)[0]) : undefined;
  const ended = periodHasEnded(readPeriod(resource, 'period', '', log), now);
  return compact<Person>({
    id: readString(resource, 'id', '', log),
    kind: kindOfType(type),
    name: resourceName(resource, '', log),
    pronouns: readPronouns(resource, '', log),
    photoUrl: type === 'Organization' ? undefined : readPhotoUrl(resource, '', log),
    relationship,
    organization: namedParty(organizationRef, resolver, organizationKey ?? '', log),
    // A Patient's own phone and e-mail are PHI the team views do not need; only work contacts.
    telecom: type === 'Patient' ? [] : workTelecom(resource, '', log),
    active: readBoolean(resource, 'active', '', log) !== false && !ended,
  });
}
