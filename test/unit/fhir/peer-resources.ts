/**
 * Realistic FHIR R4 resources for a community mental-health team with peer specialists, written
 * for these tests (the public examples have no peer specialist). Names are invented.
 */
import { EXT, PRONOUNS_EXTENSION, SYSTEM } from '../../../src/fhir/extensions.js';
import type { Resource } from '../../../src/fhir/types.js';

const NUCC = 'http://nucc.org/provider-taxonomy';
const SNOMED = 'http://snomed.info/sct';

export const peerPractitioner: Resource = {
  resourceType: 'Practitioner',
  id: 'peer-jordan',
  name: [{ use: 'official', family: 'Rivera', given: ['Jordan'] }],
  extension: [
    {
      url: PRONOUNS_EXTENSION,
      extension: [
        {
          url: 'value',
          valueCodeableConcept: {
            coding: [{ system: 'http://loinc.org', code: 'LA29520-6', display: 'they/them/their/theirs/themselves' }],
            text: 'they/them',
          },
        },
      ],
    },
  ],
  photo: [{ contentType: 'image/jpeg', url: 'https://example.org/photos/jordan.jpg' }],
  telecom: [{ system: 'phone', value: '555-0100', use: 'home' }],
  qualification: [
    {
      identifier: [{ system: 'https://example.org/ma-dmh/cps', value: 'CPS-2291' }],
      code: { text: 'Massachusetts Certified Peer Specialist (CPS)' },
      period: { start: '2021-03-01' },
      issuer: { display: 'Massachusetts Department of Mental Health' },
    },
  ],
  communication: [
    { coding: [{ system: 'urn:ietf:bcp:47', code: 'en', display: 'English' }] },
    { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }], text: 'Spanish' },
  ],
};

export const peerRole: Resource = {
  resourceType: 'PractitionerRole',
  id: 'peer-jordan-role',
  active: true,
  period: { start: '2022-01-10' },
  practitioner: { reference: 'Practitioner/peer-jordan', display: 'Jordan R.' },
  organization: { reference: 'Organization/harbor-peer', display: 'Harbor Peer Support' },
  code: [{ coding: [{ system: NUCC, code: '175T00000X', display: 'Peer Specialist' }], text: 'Certified Peer Specialist' }],
  telecom: [
    { system: 'phone', value: '555-0142', use: 'work' },
    { system: 'email', value: 'jordan.rivera@harbor.example.org', use: 'work' },
  ],
  availableTime: [
    { daysOfWeek: ['mon', 'wed', 'thu'], availableStartTime: '09:00:00', availableEndTime: '17:00:00' },
    { daysOfWeek: ['sat'], allDay: true },
  ],
  notAvailable: [{ description: 'Annual leave', during: { start: '2025-08-04', end: '2025-08-15' } }],
  availabilityExceptions: 'Evening groups on Tuesdays by arrangement',
  extension: [
    {
      url: EXT.roleScope,
      extension: [
        { url: 'does', valueString: 'Shares their own recovery story when it helps' },
        { url: 'does', valueString: 'Goes with clients to first appointments' },
        { url: 'does-not', valueString: 'Hold or adjust medication' },
      ],
    },
    { url: EXT.competency, valueCoding: { system: SYSTEM.competency, code: '3' } },
    { url: EXT.competency, valueCoding: { system: SYSTEM.competency, code: '6' } },
    { url: EXT.peerValue, valueCoding: { system: SYSTEM.peerValue, code: 'hopeful' } },
    { url: EXT.peerValue, valueCoding: { system: SYSTEM.peerValue, code: 'person-driven' } },
    {
      url: EXT.supervision,
      extension: [
        { url: 'supervisor', valueReference: { reference: 'PractitionerRole/supervisor-role', display: 'Dana Whitfield' } },
        { url: 'cadence', valueString: 'Weekly, 1 hour' },
        { url: 'supervisor-has-peer-experience', valueBoolean: true },
      ],
    },
    {
      url: EXT.livedExperience,
      extension: [
        { url: 'statement', valueString: 'I have lived with depression since my teens and know recovery is possible.' },
        { url: 'audience', valueCode: 'both' },
        { url: 'consent-date', valueDateTime: '2024-02-01' },
      ],
    },
    { url: EXT.responsibility, valueString: 'Meets Sam weekly; links to the hearing-voices group.' },
  ],
};

export const supervisorPractitioner: Resource = {
  resourceType: 'Practitioner',
  id: 'supervisor-dana',
  name: [{ given: ['Dana'], family: 'Whitfield' }],
};

export const supervisorRole: Resource = {
  resourceType: 'PractitionerRole',
  id: 'supervisor-role',
  practitioner: { reference: 'Practitioner/supervisor-dana' },
  code: [{ text: 'Peer Support Supervisor' }],
};

export const peerOrganization: Resource = {
  resourceType: 'Organization',
  id: 'harbor-peer',
  name: 'Harbor Peer Support Programme',
};

const formerPeerRole: Resource = {
  resourceType: 'PractitionerRole',
  id: 'peer-casey-role',
  practitioner: { display: 'Casey Brooks' },
  code: [{ text: 'Peer support worker' }],
};

const person = (id: string, given: string, family: string, prefix?: string): Resource => ({
  resourceType: 'Practitioner',
  id,
  name: [{ given: [given], family, ...(prefix ? { prefix: [prefix] } : {}) }],
});

export const client: Resource = {
  resourceType: 'Patient',
  id: 'client-sam',
  name: [{ text: 'Sam Okafor' }],
};

export const peerCareTeam: Resource = {
  resourceType: 'CareTeam',
  id: 'sam-team',
  status: 'active',
  name: 'Sam’s recovery team',
  subject: { reference: 'Patient/client-sam' },
  participant: [
    {
      role: [{ coding: [{ system: SNOMED, code: '116154003', display: 'Patient' }] }],
      member: { reference: 'Patient/client-sam' },
    },
    { member: { reference: 'PractitionerRole/peer-jordan-role' } },
    {
      role: [{ coding: [{ system: NUCC, code: '2084P0800X', display: 'Psychiatry' }] }],
      member: { reference: 'Practitioner/psych-priya' },
    },
    { role: [{ text: 'Licensed clinical social worker (therapist)' }], member: { reference: 'Practitioner/therapist-alex' } },
    {
      role: [{ coding: [{ system: NUCC, code: '171M00000X', display: 'Case Manager/Care Coordinator' }] }],
      member: { reference: 'Practitioner/cm-morgan' },
    },
    {
      role: [{ coding: [{ system: NUCC, code: '172V00000X' }] }],
      member: { reference: 'Practitioner/chw-luis' },
      onBehalfOf: { reference: 'Organization/harbor-peer' },
    },
    { member: { reference: 'PractitionerRole/peer-casey-role' }, period: { start: '2023-01-01', end: '2024-05-31' } },
  ],
};

export const peerResources: Resource[] = [
  client,
  peerPractitioner,
  peerRole,
  supervisorPractitioner,
  supervisorRole,
  peerOrganization,
  formerPeerRole,
  person('psych-priya', 'Priya', 'Natarajan', 'Dr.'),
  person('therapist-alex', 'Alex', 'Chen'),
  person('cm-morgan', 'Morgan', 'Lee'),
  person('chw-luis', 'Luis', 'Ortega'),
];

export const peerCarePlan: Resource = {
  resourceType: 'CarePlan',
  id: 'sam-plan',
  meta: { versionId: '7' },
  contained: [
    {
      resourceType: 'Goal',
      id: 'work',
      lifecycleStatus: 'active',
      description: { text: 'I want to get back to work at the bakery' },
      subject: { reference: 'Patient/client-sam' },
      expressedBy: { reference: 'Patient/client-sam' },
      target: [{ dueDate: '2025-12-01' }],
    },
  ],
  status: 'active',
  intent: 'plan',
  title: 'Sam’s recovery plan',
  subject: { reference: 'Patient/client-sam', display: 'Sam Okafor' },
  period: { start: '2025-01-15' },
  author: { reference: 'Practitioner/psych-priya' },
  contributor: [{ reference: 'Patient/client-sam' }, { reference: 'PractitionerRole/peer-jordan-role' }],
  careTeam: [{ reference: 'CareTeam/sam-team' }],
  goal: [{ reference: '#work' }, { reference: 'Goal/sleep' }],
  activity: [
    {
      detail: {
        kind: 'Task',
        description: 'Visit the bakery together and talk to the manager',
        status: 'in-progress',
        scheduledPeriod: { start: '2025-06-02', end: '2025-06-30' },
        performer: [{ reference: 'PractitionerRole/peer-jordan-role' }, { reference: 'Patient/client-sam' }],
        goal: [{ reference: '#work' }],
      },
      progress: [
        {
          text: 'Called the bakery; the manager is open to a visit.',
          time: '2025-06-03T10:00:00Z',
          authorReference: { reference: 'PractitionerRole/peer-jordan-role', display: 'Jordan Rivera' },
        },
        { text: 'Sam chose to start with two mornings a week.', time: '2025-06-10T15:30:00Z', authorString: 'Jordan Rivera' },
      ],
    },
    { reference: { reference: 'Appointment/med-review', display: 'Medication review with Dr. Natarajan' } },
    {
      detail: {
        code: { text: 'Weekly therapy session' },
        status: 'scheduled',
        scheduledString: 'Thursdays 4pm',
        performer: [{ reference: 'Practitioner/therapist-alex' }],
      },
    },
  ],
  note: [
    { text: 'Plan agreed with Sam.', time: '2025-01-15' },
    { text: 'Reviewed at team meeting.', time: '2025-05-20' },
  ],
};
