// A minimal CapabilityStatement for GET /fhir/metadata (SMART clients and tools ask for it).
import { allOk } from '@medplum/core';

const TYPES = ['Patient', 'Practitioner', 'PractitionerRole', 'RelatedPerson', 'Organization', 'CareTeam', 'CarePlan', 'Goal', 'ServiceRequest', 'Task', 'Consent'];
const INTERACTIONS = ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'create', 'search-type'];

/** @type {import('@medplum/fhir-router').FhirRouteHandler} */
export async function capabilityStatement() {
  const statement = {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: 'care-team-elements in-memory FHIR server' },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        resource: TYPES.map((type) => ({
          type,
          interaction: INTERACTIONS.map((code) => ({ code })),
          versioning: 'versioned',
          conditionalCreate: true,
        })),
        interaction: [{ code: 'transaction' }, { code: 'batch' }],
      },
    ],
  };
  return [allOk, /** @type {import('@medplum/fhirtypes').Resource} */ (/** @type {unknown} */ (statement))];
}
