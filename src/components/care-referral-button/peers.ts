/** Who a referral can go to: the peer specialists (given, or found on the server) and the programme. */
import type { DataSource, RequestOptions } from '../../data/data-source.js';
import { isPeerSpecialist, PEER_SPECIALIST, readCareTeam, readPeerRole } from '../../fhir/index.js';
import { peerMembers } from '../../model/index.js';
import type { DataProblem, MapResult } from '../../model/problems.js';
import type { Recipient } from './draft.js';

type Item = { resourceType?: unknown; id?: unknown; name?: unknown; roleLabel?: unknown } | null | undefined;

/** A PractitionerRole (read with readPeerRole), or a PeerRole model object: its id is the PractitionerRole's. */
function fromItem(item: Item, path: string, problems: DataProblem[], resources?: unknown[]): Recipient | undefined {
  let peer: Item = item;
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

/** The `peers` property (PeerRole objects or PractitionerRoles) → picker options, with problems. */
export function recipientsFrom(peers: unknown, resources?: unknown[]): MapResult<Recipient[]> {
  const problems: DataProblem[] = [];
  if (!Array.isArray(peers)) return { value: [], problems: [{ path: 'peers', code: 'wrong-type', message: 'peers: expected an array' }] };
  return { value: peers.flatMap((item: Item, index) => fromItem(item, `peers[${index}]`, problems, resources) ?? []), problems };
}

export interface LoadedRecipients {
  peers: Recipient[];
  /** The programme with its name: the one given, else the organisation of the team's peer. */
  programme?: Recipient;
}

/**
 * Connected: the current peer specialists of the patient's active care team, then the peers
 * (NUCC 175T00000X) of the programme. The programme defaults to the team peer's organisation,
 * whose reference display names it (no extra read).
 */
export async function loadRecipients(
  dataSource: DataSource,
  patient: string,
  programme: string | undefined,
  options: RequestOptions = {},
): Promise<LoadedRecipients> {
  const teams = await dataSource.search('CareTeam', { subject: patient, status: 'active', _include: 'CareTeam:participant' }, options);
  const members = teams.resources
    .flatMap((team) => peerMembers(readCareTeam(team, { resources: teams.included }).value ?? { members: [] }))
    .filter((member) => member.active && (member.practitionerRoleReference ?? member.reference));
  const organizations = members.flatMap((member) => member.organization ?? []);
  const reference = programme ?? organizations[0]?.reference;
  const peers = members.map((member) => ({ reference: (member.practitionerRoleReference ?? member.reference)!, name: member.name ?? '' }));
  if (reference) {
    const by = reference.startsWith('HealthcareService/') ? 'service' : 'organization';
    const params = { [by]: reference, role: `${PEER_SPECIALIST.system}|${PEER_SPECIALIST.code}`, active: 'true' };
    const { resources, included } = await dataSource.search('PractitionerRole', { ...params, _include: 'PractitionerRole:practitioner' }, options);
    // A lenient server may ignore a search parameter: keep only roles coded or named as peers.
    const roles = resources.filter((role) => isPeerSpecialist(role['code']));
    peers.push(...(recipientsFrom(roles, included).value ?? []));
  }
  const seen = new Set<string>();
  return {
    peers: peers.filter(({ reference: peer }) => !seen.has(peer) && seen.add(peer)),
    ...(reference ? { programme: { reference, name: organizations.find((o) => o.reference === reference)?.name ?? '' } } : {}),
  };
}
