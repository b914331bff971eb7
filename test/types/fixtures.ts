// FHIR as an integrator has it: literals whose resourceType is a plain string (as from an imported
// .json file or a parsed response), and @medplum/fhirtypes' interfaces.
import type { CarePlan, CareTeam, PractitionerRole } from '@medplum/fhirtypes';

export const careTeamJson = {
  resourceType: 'CareTeam' as string,
  id: 'team-1',
  status: 'active',
  participant: [{ role: [{ text: 'Peer specialist' }], member: { reference: 'PractitionerRole/peer-1' } }],
};
export const bundleJson = { resourceType: 'Bundle' as string, type: 'searchset', entry: [{ resource: careTeamJson }] };

declare const medplum: { careTeam: CareTeam; carePlan: CarePlan; role: PractitionerRole };
export const { careTeam, carePlan, role } = medplum;
