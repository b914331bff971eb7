/**
 * What enters the card, read once: FHIR resources (`practitionerRole`, `practitioner`,
 * `resources`) or the organisation's scope lists, each turned into valid data plus the problems
 * met (a ready `peer` model object: peer-model.ts). Pure functions, no DOM.
 */
import { readPeerRole } from '../../fhir/read/practitioner-role.js';
import type { PeerRole } from '../../model/peer-role.js';
import type { DataProblem } from '../../model/problems.js';
import { isObject, isResource, resourcesOf, type Json } from '../../fhir/json.js';

export interface MappedPeer {
  peer: PeerRole | undefined;
  problems: DataProblem[];
}

export interface FhirInput {
  practitionerRole?: unknown;
  practitioner?: unknown;
  resources?: unknown;
  /** Resources the card loaded itself (connected mode), besides the host's `resources`. */
  loaded?: readonly unknown[];
  now?: Date | undefined;
}

export const problem = (path: string, code: DataProblem['code'], message: string): DataProblem => ({
  path,
  code,
  message: `${path}: ${message}`,
});

/** `resources` as a list: an array (Bundles in it are read too) or one Bundle. */
export function resourceList(resources: unknown, problems: DataProblem[]): unknown[] {
  if (resources === undefined || resources === null) return [];
  const list = resourcesOf(resources);
  if (list) return list;
  problems.push(problem('resources', 'wrong-type', 'expected an array of FHIR resources or a Bundle'));
  return [];
}

const OWN_PRACTITIONER = 'care-peer-practitioner';

/**
 * The role with its Practitioner reference pointing at the given Practitioner (as a contained
 * resource): the host said which person this is, even when the role's reference is absolute,
 * display-only or missing. The reference's display is kept.
 */
export function withPractitioner(role: Json, practitioner: Json): Json {
  const display = isObject(role['practitioner']) ? role['practitioner']['display'] : undefined;
  const contained: unknown[] = Array.isArray(role['contained']) ? role['contained'] : [];
  return {
    ...role,
    practitioner: { reference: `#${OWN_PRACTITIONER}`, ...(typeof display === 'string' ? { display } : {}) },
    contained: [...contained, { ...practitioner, id: OWN_PRACTITIONER }],
  };
}

/** PractitionerRole (+ Practitioner, + referenced resources) → PeerRole. */
export function mapFhirInput(input: FhirInput): MappedPeer {
  const problems: DataProblem[] = [];
  const resources = [...(input.loaded ?? []), ...resourceList(input.resources, problems)];
  let person: Json | undefined;
  if (isResource(input.practitioner, 'Practitioner')) person = input.practitioner;
  else if (input.practitioner !== undefined && input.practitioner !== null)
    problems.push(problem('practitioner', 'wrong-resource-type', 'expected a FHIR Practitioner resource'));
  let role = input.practitionerRole;
  if (role === undefined || role === null) {
    if (!person) return { peer: undefined, problems };
    // Only the person is known: show them, with no role data.
    role = { resourceType: 'PractitionerRole' };
  }
  if (person && isResource(role, 'PractitionerRole')) role = withPractitioner(role, person);
  const result = readPeerRole(role, { resources, ...(input.now ? { now: input.now } : {}) });
  return { peer: result.value, problems: [...problems, ...result.problems] };
}

/** An organisation's own does / does-not list: strings only, blanks dropped, anything else reported. */
export function readScopeOverride(value: unknown, name: string, problems: DataProblem[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push(problem(name, 'wrong-type', 'expected an array of strings'));
    return undefined;
  }
  return value.flatMap((item, index) => {
    if (typeof item === 'string') return item.trim() ? [item] : [];
    problems.push(problem(`${name}[${index}]`, 'wrong-type', 'expected a string'));
    return [];
  });
}
