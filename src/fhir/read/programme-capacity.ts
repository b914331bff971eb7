/**
 * Capacity, as the peer programme states it: the programme's own status on its HealthcareService
 * (HL7 SDOH Clinical Care STU 3, extension `SDOHCC-ExtensionHealthcareServiceCapacityStatus`,
 * sub-extensions `capacityStatus` (CodeableConcept from SDOHCC-ValueSetCapacityStatus) and
 * `capacityNotes` (string); source: github.com/HL7/fhir-sdoh-clinicalcare,
 * input/fsh/extensions/SDOHCCExtensionHealthcareServiceCapacityStatus.fsh and
 * ValueSet-SDOHCC-ValueSetCapacityStatus: capacity | no-capacity | waitlist (the ballot build
 * spells it no-capacity-has-waitlist) | additional-assessment-required), and each peer's caseload
 * capacity on their PractitionerRole (this project's `peer-caseload-capacity`, valueInteger).
 */
import { EXT } from '../extensions.js';
import { readCodeableConcept } from './datatypes.js';
import { extensionsOf, subExtensions } from './extension-reader.js';
import { isObject, type Json } from './fields.js';
import { at, type ProblemLog } from './problems.js';

export const SDOHCC_CAPACITY_STATUS_EXTENSION =
  'http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-ExtensionHealthcareServiceCapacityStatus';
export const SDOHCC_TEMPORARY_CODES = 'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes';

export const CAPACITY_STATUSES = ['capacity', 'no-capacity', 'waitlist', 'additional-assessment-required'] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

export interface ProgrammeCapacity {
  status: CapacityStatus;
  /** The programme's own words (capacityNotes), e.g. "about 4 weeks' wait". */
  notes?: string;
}

const CODE_ALIASES: Readonly<Record<string, CapacityStatus>> = { 'no-capacity-has-waitlist': 'waitlist' };

/** The HealthcareService's capacity status, when it states one this package knows. */
export function readProgrammeCapacity(service: Json, log: ProblemLog): ProgrammeCapacity | undefined {
  const [entry] = extensionsOf(service, SDOHCC_CAPACITY_STATUS_EXTENSION, '', log);
  if (!entry) return undefined;
  const [status] = subExtensions(entry, 'capacityStatus', log);
  const concept = status
    ? readCodeableConcept(status.extension.valueCodeableConcept, at(status.path, 'valueCodeableConcept'), log)
    : undefined;
  const code = concept?.coding?.find((coding) => coding.system === SDOHCC_TEMPORARY_CODES)?.code;
  const known = code ? (CODE_ALIASES[code] ?? (CAPACITY_STATUSES as readonly string[]).find((c) => c === code)) : undefined;
  if (!known) {
    log.add(entry.path, 'unknown-code', `capacityStatus: is not one of ${CAPACITY_STATUSES.join(', ')}`);
    return undefined;
  }
  const [notes] = subExtensions(entry, 'capacityNotes', log);
  const text = notes && typeof notes.extension.valueString === 'string' ? notes.extension.valueString.trim() : '';
  return { status: known, ...(text ? { notes: text } : {}) };
}

/** How many open referrals this peer can hold (PractitionerRole `peer-caseload-capacity`), when given. */
export function readCaseloadCapacity(role: Json, log: ProblemLog): number | undefined {
  const [entry] = extensionsOf(role, EXT.caseloadCapacity, '', log);
  if (!entry) return undefined;
  const value = isObject(entry.extension) ? entry.extension.valueInteger : undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    log.add(at(entry.path, 'valueInteger'), 'wrong-type', 'valueInteger: expected a whole number of referrals, 0 or more');
    return undefined;
  }
  return value;
}
