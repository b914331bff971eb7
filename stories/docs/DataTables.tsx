/**
 * Domain and FHIR tables for the docs, read from the package's own constants and builders:
 * the default peer chart the card shows, competencies and values, who may set which referral
 * status, the project's extensions, and the exact JSON the write builders produce.
 */
import type { ReactNode } from 'react';
import { Source } from '@storybook/addon-docs/blocks';
import { EXT, EXTENSION_BASE, SYSTEM } from '../../src/fhir/extensions.js';
import { PEER_SPECIALIST } from '../../src/fhir/codes.js';
import type { Extension, Resource, Task } from '../../src/fhir/types.js';
import { buildReferralResources } from '../../src/fhir/write/referral.js';
import { ifNoneExistFor } from '../../src/fhir/write/idempotency.js';
import { withTaskStatus } from '../../src/fhir/write/task-status.js';
import { withActivityNote } from '../../src/fhir/write/care-plan.js';
import { DEFAULT_PEER_DOES, DEFAULT_PEER_DOES_NOT, NAPS_VALUES, SAMHSA_COMPETENCIES } from '../../src/model/peer-role.js';
import {
  PROGRAMME_STATUSES,
  REQUESTER_STATUSES,
  SHOWN_REFERRAL_STATUSES,
  statusNeedsReason,
  type ReferralStatus,
} from '../../src/model/referral.js';
import type { ReferralDraft } from '../../src/model/schemas/referral-draft.js';
import { InlineText, Table, type Column } from './doc-table';

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** The default "does / does not" chart the role card shows when the data says nothing. */
export function PeerChart(): ReactNode {
  const rows = Array.from({ length: Math.max(DEFAULT_PEER_DOES.length, DEFAULT_PEER_DOES_NOT.length) }, (_, i) => i);
  const columns: readonly Column<number>[] = [
    { header: 'A peer specialist does', cell: (i) => DEFAULT_PEER_DOES[i] ?? '' },
    { header: 'A peer specialist does not', cell: (i) => DEFAULT_PEER_DOES_NOT[i] ?? '' },
  ];
  return <Table caption="The card's default chart (after SAMHSA, 2012)" columns={columns} rows={rows} />;
}

export function CompetencyTable(): ReactNode {
  const columns: readonly Column<(typeof SAMHSA_COMPETENCIES)[number]>[] = [
    { header: 'Code', cell: (c) => <code>{String(c.code)}</code> },
    { header: 'Competency category', cell: (c) => c.label },
  ];
  return (
    <Table caption="SAMHSA core competency categories (2015)" columns={columns} rows={SAMHSA_COMPETENCIES} rowKey={(c) => String(c.code)} />
  );
}

export function ValuesTable(): ReactNode {
  const columns: readonly Column<(typeof NAPS_VALUES)[number]>[] = [
    { header: 'Code', cell: (v) => <code>{v.code}</code> },
    { header: 'Value', cell: (v) => v.label },
  ];
  return <Table caption="N.A.P.S. practice values" columns={columns} rows={NAPS_VALUES} rowKey={(v) => v.code} />;
}

function whoMaySet(status: ReferralStatus): string {
  const requester = (REQUESTER_STATUSES as readonly string[]).includes(status);
  const programme = (PROGRAMME_STATUSES as readonly string[]).includes(status);
  if (requester && programme) return 'either side';
  if (requester) return 'the referring clinician (requester)';
  if (programme) return 'the peer programme (owner)';
  return 'nobody, in this package';
}

/** Referral (Task) statuses: who may set each, and whether a reason is required. */
export function StatusRulesTable(): ReactNode {
  const columns: readonly Column<ReferralStatus>[] = [
    { header: 'Task.status', cell: (status) => <code>{status}</code> },
    { header: 'Who may set it', cell: whoMaySet },
    { header: 'Reason (Task.statusReason.text)', cell: (status) => (statusNeedsReason(status) ? 'required, and shown' : 'optional') },
  ];
  return <Table caption="Referral statuses" columns={columns} rows={SHOWN_REFERRAL_STATUSES} rowKey={(status) => status} />;
}

type ExtensionKey = keyof typeof EXT;

/** Where each extension goes and what it holds. Typed by EXT, so a new extension must be documented here. */
const EXTENSION_DOCS: Record<ExtensionKey, { on: string; content: string }> = {
  roleScope: { on: 'PractitionerRole', content: 'what this peer does (`does`) and does not do (`does-not`), each a repeating valueString' },
  competency: { on: 'PractitionerRole (repeats)', content: 'valueCoding: a SAMHSA competency category, codes `1`…`12`' },
  peerValue: { on: 'PractitionerRole (repeats)', content: 'valueCoding: a N.A.P.S. practice value' },
  supervision: {
    on: 'PractitionerRole',
    content:
      '`supervisor` (valueReference) or `supervisor-name` (valueString), `cadence` (valueString), `supervisor-has-peer-experience` (valueBoolean)',
  },
  livedExperience: {
    on: 'PractitionerRole',
    content: '`statement` (the peer’s own words), `audience` (`team` | `client` | `both`), `consent-date`, `revoked` (present = withdrawn)',
  },
  responsibility: { on: 'PractitionerRole or CareTeam.participant', content: 'valueString: what this member does in this team' },
  clientHopes: { on: 'ServiceRequest', content: 'valueString: what the client hopes for, in their own words' },
  referralPreferences: {
    on: 'ServiceRequest',
    content: '`language` (valueCoding, BCP 47), `shared-experience` (valueString, repeats), `peer-gender` (valueCode)',
  },
  taskLastChangedBy: {
    on: 'Task',
    content: 'valueReference (PractitionerRole, Practitioner or Organization, with display): who made the latest change, e.g. a decline',
  },
  caseloadCapacity: { on: 'PractitionerRole', content: 'valueInteger: how many open referrals this peer can hold' },
};

/** Sample extension JSON, built on the same constants the mappers read. */
const EXTENSION_EXAMPLES: Record<ExtensionKey, Extension[]> = {
  roleScope: [
    {
      url: EXT.roleScope,
      extension: [
        { url: 'does', valueString: 'Listens without judging and sees the whole person' },
        { url: 'does', valueString: 'Goes with you to appointments when you ask' },
        { url: 'does-not', valueString: 'Diagnose, assess or treat' },
        { url: 'does-not', valueString: 'Tell you what you must do' },
      ],
    },
  ],
  competency: [
    { url: EXT.competency, valueCoding: { system: SYSTEM.competency, code: '5', display: 'Supports recovery planning' } },
    { url: EXT.competency, valueCoding: { system: SYSTEM.competency, code: '6', display: 'Links to resources, services and supports' } },
  ],
  peerValue: [{ url: EXT.peerValue, valueCoding: { system: SYSTEM.peerValue, code: 'person-driven', display: 'Person-driven' } }],
  supervision: [
    {
      url: EXT.supervision,
      extension: [
        { url: 'supervisor', valueReference: { reference: 'PractitionerRole/peer-supervisor-role', display: 'Dana Whitfield, CPS' } },
        { url: 'cadence', valueString: 'Weekly, 1 hour' },
        { url: 'supervisor-has-peer-experience', valueBoolean: true },
      ],
    },
  ],
  livedExperience: [
    {
      url: EXT.livedExperience,
      extension: [
        { url: 'statement', valueString: 'I spent two years finding my way back after a hospital stay. I know the road can be long.' },
        { url: 'audience', valueCode: 'both' },
        { url: 'consent-date', valueDateTime: '2026-09-01' },
      ],
    },
  ],
  responsibility: [{ url: EXT.responsibility, valueString: 'Weekly peer support in Spanish or English; WRAP planning' }],
  clientHopes: [{ url: EXT.clientHopes, valueString: 'Talk to someone who has been through the hospital too.' }],
  referralPreferences: [
    {
      url: EXT.referralPreferences,
      extension: [
        { url: 'language', valueCoding: { system: 'urn:ietf:bcp:47', code: 'es', display: 'Spanish' } },
        { url: 'shared-experience', valueString: 'Psychiatric hospitalisation' },
        { url: 'peer-gender', valueCode: 'female' },
      ],
    },
  ],
  taskLastChangedBy: [
    { url: EXT.taskLastChangedBy, valueReference: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado' } },
  ],
  caseloadCapacity: [{ url: EXT.caseloadCapacity, valueInteger: 12 }],
};

/** Name, canonical URL, where it goes and what it holds, for every extension in src/fhir/extensions.ts. */
export function ExtensionTable(): ReactNode {
  const keys = Object.keys(EXT) as ExtensionKey[];
  const columns: readonly Column<ExtensionKey>[] = [
    { header: 'Extension', cell: (key) => <code>{EXT[key].slice(EXTENSION_BASE.length)}</code> },
    { header: 'Canonical URL', cell: (key) => <code>{EXT[key]}</code> },
    { header: 'On', cell: (key) => EXTENSION_DOCS[key].on },
    { header: 'Holds', cell: (key) => <InlineText text={EXTENSION_DOCS[key].content} /> },
  ];
  return <Table caption="The project's FHIR extensions" columns={columns} rows={keys} rowKey={(key) => key} />;
}

export function ExtensionExample({ name }: { name: ExtensionKey }): ReactNode {
  const example = EXTENSION_EXAMPLES[name];
  return <Source language="json" code={json(example.length === 1 ? example[0] : example)} />;
}

/** Every extension example in one PractitionerRole, as the card reads it. */
export function PeerRoleExample(): ReactNode {
  const role = {
    resourceType: 'PractitionerRole',
    id: 'peer-rosa-role',
    active: true,
    practitioner: { reference: 'Practitioner/rosa-delgado', display: 'Rosa Delgado, CPS' },
    code: [{ coding: [{ ...PEER_SPECIALIST }], text: 'Peer Specialist' }],
    extension: [
      ...EXTENSION_EXAMPLES.roleScope,
      ...EXTENSION_EXAMPLES.competency,
      ...EXTENSION_EXAMPLES.peerValue,
      ...EXTENSION_EXAMPLES.supervision,
      ...EXTENSION_EXAMPLES.livedExperience,
      ...EXTENSION_EXAMPLES.responsibility,
    ],
  };
  return <Source language="json" code={json(role)} />;
}

const SAMPLE_KEY = '6f1c2a9e-5b7d-4c1e-9a3f-2d8e4b6c0a17';
const SAMPLE_NOW = new Date('2026-11-24T15:30:00Z');
const SAMPLE_DRAFT: ReferralDraft = {
  reason: 'Would like support from someone with lived experience after a recent hospital stay',
  clientHopes: 'Talk to someone who has been through the hospital too, in Spanish if possible.',
  preferences: { language: 'es', sharedExperience: ['Psychiatric hospitalisation'], peerGender: 'female' },
  urgency: 'soon',
  performer: { reference: 'Organization/peerbridge-program', display: 'PeerBridge Peer Support Program' },
  consentGiven: true,
};

function sampleReferral() {
  return buildReferralResources(SAMPLE_DRAFT, {
    key: SAMPLE_KEY,
    now: SAMPLE_NOW,
    patient: { reference: 'Patient/maria-alvarez', display: 'Maria Alvarez' },
    requester: { reference: 'PractitionerRole/therapist-role', display: 'Jordan Lee, LICSW' },
    carePlan: { reference: 'CarePlan/maria-care-plan' },
  });
}

function Request({ line, headers, body }: { line: string; headers: Record<string, string>; body: unknown }): ReactNode {
  const head = [line, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join('\n');
  return (
    <>
      <Source language="text" code={head} />
      <Source language="json" code={json(body)} />
    </>
  );
}

const SEND = { 'Content-Type': 'application/fhir+json', Prefer: 'return=representation' };

/** The referral as the builders write it, each a conditional create on its idempotency identifier. */
export function ReferralWriteExample({ resource }: { resource: 'serviceRequest' | 'task' | 'consent' }): ReactNode {
  const body: Resource = sampleReferral()[resource];
  const condition = ifNoneExistFor(body as Resource & { identifier?: { system?: string; value?: string }[] });
  return (
    <Request
      line={`POST [base]/${body.resourceType}`}
      headers={{ ...SEND, ...(condition ? { 'If-None-Exist': condition } : {}) }}
      body={body}
    />
  );
}

/** A status change as the package writes it: the whole Task, versioned with If-Match. */
export function TaskUpdateExample(): ReactNode {
  const stored: Task = { ...sampleReferral().task, id: 'referral-task-1', meta: { versionId: '2' } };
  const { value } = withTaskStatus(stored, 'cancelled', 'The client has moved out of the area', SAMPLE_NOW);
  return <Request line="PUT [base]/Task/referral-task-1" headers={{ ...SEND, 'If-Match': 'W/"2"' }} body={value} />;
}

/** A progress note on a care-plan activity: the whole CarePlan, versioned with If-Match. */
export function CarePlanUpdateExample(): ReactNode {
  const plan = {
    resourceType: 'CarePlan',
    id: 'maria-care-plan',
    meta: { versionId: '7' },
    status: 'active',
    intent: 'plan',
    subject: { reference: 'Patient/maria-alvarez' },
    activity: [
      {
        detail: {
          status: 'in-progress',
          description: 'Weekly peer support meeting',
          performer: [{ reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' }],
        },
      },
    ],
  };
  const { value } = withActivityNote(
    plan,
    0,
    {
      text: 'Met at the library; Maria chose the next goal herself.',
      author: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' },
    },
    SAMPLE_NOW,
  );
  return <Request line="PUT [base]/CarePlan/maria-care-plan" headers={{ ...SEND, 'If-Match': 'W/"7"' }} body={value} />;
}

/** The identifier system of the idempotency key, from the code. */
export function ReferralKeySystem(): ReactNode {
  return <code>{SYSTEM.referralKey}</code>;
}
