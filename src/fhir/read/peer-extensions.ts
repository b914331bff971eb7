/**
 * The project's PractitionerRole extensions (src/fhir/extensions.ts): what a peer does and does
 * not do, SAMHSA competencies, N.A.P.S. values, supervision and the lived-experience statement.
 */
import {
  LIVED_EXPERIENCE_AUDIENCES,
  NAPS_VALUES,
  SAMHSA_COMPETENCIES,
  type CompetencyCode,
  type LivedExperience,
  type NapsValueCode,
  type Supervision,
} from '../../model/peer-role.js';
import { EXT } from '../extensions.js';
import type { ReferenceResolver } from '../references.js';
import { codeableConceptText, readCodeableConcepts, readReferenceAt } from './datatypes.js';
import { extensionsOf, subExtensions, subExtensionTexts, type ExtensionAt } from './extension-reader.js';
import { compact, readBoolean, readCode, readDateTime, readObject, readString, type Json } from './fields.js';
import { describeParty } from './party.js';
import { at, reportUnknownCode, type ProblemLog, type Path } from './problems.js';

export function readRoleScope(role: Json, path: Path, log: ProblemLog): { does: string[]; doesNot: string[] } {
  const scopes = extensionsOf(role, EXT.roleScope, path, log);
  return {
    does: scopes.flatMap((scope) => subExtensionTexts(scope, 'does', log)),
    doesNot: scopes.flatMap((scope) => subExtensionTexts(scope, 'does-not', log)),
  };
}

/** The `valueCoding.code` of each extension with this url, checked against a closed list. */
function codedValues<T extends string>(role: Json, url: string, allowed: readonly T[], path: Path, log: ProblemLog): T[] {
  return extensionsOf(role, url, path, log).flatMap((entry) => {
    const coding = readObject(entry.extension, 'valueCoding', entry.path, log);
    const code = coding ? readCode(coding, 'code', at(entry.path, 'valueCoding'), log, allowed) : undefined;
    return code ? [code] : [];
  });
}

const COMPETENCY_CODES = SAMHSA_COMPETENCIES.map((c) => String(c.code));

export function readCompetencies(role: Json, path: Path, log: ProblemLog): CompetencyCode[] {
  const codes = codedValues(role, EXT.competency, COMPETENCY_CODES, path, log);
  return [...new Set(codes.map((code) => Number(code) as CompetencyCode))].sort((a, b) => a - b);
}

export function readPeerValues(role: Json, path: Path, log: ProblemLog): NapsValueCode[] {
  const codes = NAPS_VALUES.map((v) => v.code);
  return [...new Set(codedValues(role, EXT.peerValue, codes, path, log))];
}

function firstText(parent: ExtensionAt, url: string, log: ProblemLog): string | undefined {
  return subExtensionTexts(parent, url, log)[0];
}

function supervisorRoleText(
  entry: ExtensionAt,
  resolver: ReferenceResolver,
  log: ProblemLog,
): { name?: string; role?: string; reference?: string } {
  const reference = readReferenceAt(entry.extension, 'valueReference', entry.path, log);
  if (!reference) return {};
  const path = at(entry.path, 'valueReference');
  const party = describeParty(reference, resolver, path, log);
  const roleConcepts = party.practitionerRole ? readCodeableConcepts(party.practitionerRole, 'code', path, log) : [];
  return { name: party.name, role: codeableConceptText(roleConcepts[0]), reference: reference.reference };
}

export function readSupervision(role: Json, resolver: ReferenceResolver, path: Path, log: ProblemLog): Supervision | undefined {
  const [entry] = extensionsOf(role, EXT.supervision, path, log);
  if (!entry) return undefined;
  const [supervisorEntry] = subExtensions(entry, 'supervisor', log);
  const supervisor = supervisorEntry ? supervisorRoleText(supervisorEntry, resolver, log) : {};
  const [peerExperience] = subExtensions(entry, 'supervisor-has-peer-experience', log);
  return compact<Supervision>({
    supervisorName: supervisor.name ?? firstText(entry, 'supervisor-name', log),
    supervisorRole: supervisor.role,
    supervisorReference: supervisor.reference,
    cadence: firstText(entry, 'cadence', log),
    hasPeerExperience: peerExperience ? readBoolean(peerExperience.extension, 'valueBoolean', peerExperience.path, log) : undefined,
  });
}

function subCode(parent: ExtensionAt, url: string, log: ProblemLog): { value?: string; path: Path } {
  const [entry] = subExtensions(parent, url, log);
  if (!entry) return { path: parent.path };
  return { value: readString(entry.extension, 'valueCode', entry.path, log), path: at(entry.path, 'valueCode') };
}

function subDate(parent: ExtensionAt, url: string, log: ProblemLog): string | undefined {
  const [entry] = subExtensions(parent, url, log);
  return entry ? readDateTime(entry.extension, 'valueDateTime', entry.path, log) : undefined;
}

/**
 * The peer's lived-experience statement. A revoked consent keeps only the fact of revocation: the
 * statement text is not carried into the model at all, so no view can show it by mistake.
 */
export function readLivedExperience(role: Json, path: Path, log: ProblemLog): LivedExperience | undefined {
  const [entry] = extensionsOf(role, EXT.livedExperience, path, log);
  if (!entry) return undefined;
  const audience = subCode(entry, 'audience', log);
  const known = LIVED_EXPERIENCE_AUDIENCES.find((a) => a === audience.value);
  if (!known) {
    if (audience.value === undefined) log.add(at(entry.path, 'extension'), 'missing', 'the audience sub-extension is required');
    else reportUnknownCode(log, audience.path, LIVED_EXPERIENCE_AUDIENCES);
    return undefined;
  }
  // Presence alone means withdrawn (extensions.ts): a malformed date must not make the text visible again.
  subDate(entry, 'revoked', log);
  const revoked = subExtensions(entry, 'revoked', log).length > 0;
  const statement = revoked ? '' : firstText(entry, 'statement', log);
  if (statement === undefined) log.add(at(entry.path, 'extension'), 'missing', 'the statement sub-extension is required');
  return compact<LivedExperience>({
    statement: statement ?? '',
    audience: known,
    consentDate: subDate(entry, 'consent-date', log),
    revoked: revoked || undefined,
  });
}
