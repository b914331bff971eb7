/** Who a referral can go to, connected: the team's peer specialists, the programme's, and the programme. */
import type { DataSource, RequestOptions } from './data-source.js';
import { programmePeers, programmePeerSearch, teamRecipients, type ReferralRecipient as Recipient } from '../fhir/write/referral.js';

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
  const { peers, organizations } = teamRecipients(teams.resources, teams.included);
  const reference = programme ?? organizations[0]?.reference;
  if (reference) {
    const { resources, included } = await dataSource.search('PractitionerRole', programmePeerSearch(reference), options);
    peers.push(...programmePeers(resources, included));
  }
  const seen = new Set<string>();
  return {
    peers: peers.filter(({ reference: peer }) => !seen.has(peer) && seen.add(peer)),
    ...(reference ? { programme: { reference, name: organizations.find((o) => o.reference === reference)?.name ?? '' } } : {}),
  };
}
