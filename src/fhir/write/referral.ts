/**
 * Who a referral goes to (the peers a host gives or the team and programme hold), the
 * shared-experience codes, and revoking a cancelled referral's ServiceRequest: what the referral
 * button needs on every page. The resources a new referral is made of are built in
 * ./referral-resources.ts (only the open form needs them), re-exported here.
 */
import { peerMembers } from '../../model/care-team.js';
import type { Party } from '../../model/common.js';
import type { DataProblem, MapResult } from '../../model/problems.js';
import { PEER_SPECIALIST } from '../codes.js';
import { isPeerSpecialist } from '../peer.js';
import { readCareTeam } from '../read/care-team.js';
import { readPeerRole } from '../read/practitioner-role.js';
import type { Resource, ServiceRequest } from '../types.js';

export {
  buildReferralResources,
  withServiceRequestReference,
  type ReferralContext,
  type ReferralResourceSet,
} from './referral-resources.js';

/** Someone a referral can go to (performer, Task owner, Consent recipient): the programme or one peer. */
export interface ReferralRecipient {
  reference: string;
  name: string;
}

type PeerItem = { resourceType?: unknown; id?: unknown; name?: unknown; roleLabel?: unknown } | null | undefined;

/** A PractitionerRole (read with readPeerRole), or a PeerRole model object: its id is the PractitionerRole's. */
function recipientOf(item: PeerItem, path: string, problems: DataProblem[], resources?: unknown[]): ReferralRecipient | undefined {
  let peer: PeerItem = item;
  if (item?.resourceType === 'PractitionerRole') {
    const read = readPeerRole(item, { resources });
    problems.push(...read.problems.map((problem) => ({ ...problem, path: `${path}.${problem.path}` })));
    peer = read.value;
  }
  const id = peer?.id;
  if (typeof id !== 'string' || !id.trim()) {
    problems.push({ path: `${path}.id`, code: 'missing', message: `${path}.id: missing` });
    return undefined;
  }
  const name = peer?.name ?? peer?.roleLabel;
  return { reference: id.includes('/') ? id : `PractitionerRole/${id}`, name: typeof name === 'string' ? name : id };
}

/**
 * Peers a referral can go to, from a host's list of PeerRole model objects or PractitionerRoles
 * (`resources`: what their references resolve against), with a problem for each unusable entry.
 */
export function referralRecipients(peers: unknown, resources?: unknown[]): MapResult<ReferralRecipient[]> {
  const problems: DataProblem[] = [];
  if (!Array.isArray(peers)) return { value: [], problems: [{ path: 'peers', code: 'wrong-type', message: 'peers: expected an array' }] };
  return { value: peers.flatMap((item: PeerItem, index) => recipientOf(item, `peers[${index}]`, problems, resources) ?? []), problems };
}

/**
 * The current peer specialists of care teams (read with their `_include`d participants) as
 * recipients, and their organisations: the peer programme when none is configured.
 */
export function teamRecipients(teams: readonly unknown[], included?: unknown[]): { peers: ReferralRecipient[]; organizations: Party[] } {
  const members = teams
    .flatMap((team) => peerMembers(readCareTeam(team, { resources: included }).value ?? { members: [] }))
    .filter((member) => member.active && (member.practitionerRoleReference ?? member.reference));
  return {
    peers: members.map((member) => ({ reference: (member.practitionerRoleReference ?? member.reference)!, name: member.name ?? '' })),
    organizations: members.flatMap((member) => member.organization ?? []),
  };
}

/** Search parameters for the active peer specialists (NUCC 175T00000X) of an Organization or HealthcareService. */
export function programmePeerSearch(programme: string): Record<string, string> {
  return {
    [programme.startsWith('HealthcareService/') ? 'service' : 'organization']: programme,
    role: `${PEER_SPECIALIST.system}|${PEER_SPECIALIST.code}`,
    active: 'true',
    _include: 'PractitionerRole:practitioner',
  };
}

/** The peer specialists among a programme's PractitionerRoles: a lenient server may ignore a search parameter. */
export function programmePeers(roles: readonly Resource[], included?: unknown[]): ReferralRecipient[] {
  return (
    referralRecipients(
      roles.filter((role) => isPeerSpecialist(role['code'])),
      included,
    ).value ?? []
  );
}

/**
 * The referral form's shared-experience choices: stable codes stored as `shared-experience`
 * valueString, with English labels for readers. Older data may hold free text instead.
 */
export const SHARED_EXPERIENCES = {
  'psychiatric-hospitalisation': 'Psychiatric hospitalisation',
  'substance-use-recovery': 'Substance use recovery',
  trauma: 'Trauma',
  'hearing-voices': 'Hearing voices or psychosis',
  parenting: 'Parenting',
  homelessness: 'Homelessness',
  lgbtq: 'LGBTQ+ experience',
} as const;
export type SharedExperience = keyof typeof SHARED_EXPERIENCES;

/** A stored shared-experience value as readable English: a known code's label, other text as it is. */
export function sharedExperienceText(value: string): string {
  return Object.hasOwn(SHARED_EXPERIENCES, value) ? SHARED_EXPERIENCES[value as SharedExperience] : value;
}

/** ServiceRequest statuses after which the request is no longer in force. */
const CLOSED_REQUEST = ['revoked', 'completed', 'entered-in-error'];

/**
 * The ServiceRequest of a cancelled referral: a copy with status `revoked`, to PUT with If-Match;
 * undefined when it is already closed (revoked, completed, entered in error).
 */
export function revokedServiceRequest(request: ServiceRequest): ServiceRequest | undefined {
  return CLOSED_REQUEST.includes(request.status) ? undefined : { ...request, status: 'revoked' };
}
