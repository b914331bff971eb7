/**
 * Synthetic care teams of any size, shaped like real data (a CareTeam whose participants are
 * PractitionerRoles with a Practitioner and an Organization each), for the benchmark, the
 * virtualization tests and the large-team stories. Deterministic: the same size gives the same team.
 */
import type { Resource } from '../src/fhir/types.js';

const NUCC = 'http://nucc.org/provider-taxonomy';

const ROLES = [
  { code: '175T00000X', display: 'Peer Specialist' },
  { code: '2084P0800X', display: 'Psychiatry & Neurology, Psychiatry' },
  { code: '1041C0700X', display: 'Social Worker, Clinical' },
  { code: '171M00000X', display: 'Case Manager/Care Coordinator' },
  { code: '172V00000X', display: 'Community Health Worker' },
  { code: '163W00000X', display: 'Registered Nurse' },
] as const;

const GIVEN = [
  'Ana',
  'Bilal',
  'Chen',
  'Dana',
  'Elif',
  'Femi',
  'Grace',
  'Hugo',
  'Inés',
  'Jamal',
  'Kofi',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
];
const FAMILY = [
  'Alvarez',
  'Bell',
  'Cohen',
  'Delgado',
  'Eze',
  'Fischer',
  'García',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lee',
  'Moreau',
  'Nguyen',
  'Okafor',
  'Park',
  'Quinn',
];
const ORGANIZATIONS = 12;

export interface SyntheticTeam {
  careTeam: Resource;
  resources: Resource[];
}

/**
 * A team of `size` members; every 6th is a peer specialist and every `leaversEvery`th (default
 * 25th; 0 for none) has left the team.
 */
export function syntheticTeam(size: number, { id = `team-${size}`, leaversEvery = 25 } = {}): SyntheticTeam {
  const resources: Resource[] = [];
  for (let o = 0; o < ORGANIZATIONS; o += 1) {
    resources.push({ resourceType: 'Organization', id: `org-${o}`, name: `Community Health Partner ${String.fromCharCode(65 + o)}` });
  }
  const participant = [];
  for (let i = 0; i < size; i += 1) {
    const role = ROLES[i % ROLES.length]!;
    const given = GIVEN[(i * 7) % GIVEN.length]!;
    const family = FAMILY[(i * 11) % FAMILY.length]!;
    resources.push({ resourceType: 'Practitioner', id: `p-${i}`, name: [{ given: [given], family: `${family} ${i}` }] });
    resources.push({
      resourceType: 'PractitionerRole',
      id: `r-${i}`,
      practitioner: { reference: `Practitioner/p-${i}` },
      organization: { reference: `Organization/org-${i % ORGANIZATIONS}` },
      code: [{ coding: [{ system: NUCC, code: role.code, display: role.display }] }],
    });
    participant.push({
      role: [{ coding: [{ system: NUCC, code: role.code, display: role.display }] }],
      member: { reference: `PractitionerRole/r-${i}`, display: `${given} ${family} ${i}` },
      period: leaversEvery && i % leaversEvery === leaversEvery - 1 ? { start: '2025-01-06', end: '2026-02-27' } : { start: '2026-03-02' },
    });
  }
  const careTeam: Resource = { resourceType: 'CareTeam', id, status: 'active', name: `Synthetic team of ${size}`, participant };
  return { careTeam, resources };
}
