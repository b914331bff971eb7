// The CapabilityStatement for GET /fhir/metadata (SMART clients and tools ask for it). With
// subscriptions on, it advertises them as the R4 Subscriptions Backport IG's example
// CapabilityStatement-r4-capabilitystatement-example-server does: `instantiates` the backport R4
// server statement, Subscription with the backport profile, the topic canonical extension and the
// $status / $events / $get-ws-binding-token operations, Basic (the R4 form of topics) searchable by
// code, and the core `capabilitystatement-websocket` extension on rest with the websocket URL.
import { BACKPORT } from './subscription-profile.mjs';
import { TASK_TOPIC_URL } from './subscription-topic.mjs';

const TYPES = [
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'RelatedPerson',
  'Organization',
  'CareTeam',
  'CarePlan',
  'Goal',
  'ServiceRequest',
  'Task',
  'Consent',
];
const INTERACTIONS = ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'create', 'search-type'];
const OPERATION_BASE = 'http://hl7.org/fhir/uv/subscriptions-backport/OperationDefinition/backport-subscription';
const BACKPORT_IG = 'http://hl7.org/fhir/uv/subscriptions-backport/ImplementationGuide/hl7.fhir.uv.subscriptions-backport';
const BACKPORT_SERVER_R4 = 'http://hl7.org/fhir/uv/subscriptions-backport/CapabilityStatement/backport-subscription-server-r4';
export const WEBSOCKET_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket';

/** @param {string} type */
function plainResource(type) {
  return { type, interaction: INTERACTIONS.map((code) => ({ code })), versioning: 'versioned', conditionalCreate: true };
}

function subscriptionResource() {
  return {
    type: 'Subscription',
    extension: [{ url: BACKPORT.topicCanonical, valueCanonical: TASK_TOPIC_URL }],
    supportedProfile: [BACKPORT.subscriptionProfile],
    interaction: ['read', 'create', 'update', 'delete', 'search-type'].map((code) => ({ code })),
    versioning: 'versioned',
    searchParam: [
      { name: 'url', definition: 'http://hl7.org/fhir/SearchParameter/Subscription-url', type: 'uri' },
      { name: 'status', definition: 'http://hl7.org/fhir/SearchParameter/Subscription-status', type: 'token' },
    ],
    operation: [
      { name: 'status', definition: `${OPERATION_BASE}-status` },
      { name: 'events', definition: `${OPERATION_BASE}-events` },
      { name: 'get-ws-binding-token', definition: `${OPERATION_BASE}-get-ws-binding-token` },
    ],
  };
}

function basicResource() {
  return {
    type: 'Basic',
    interaction: [{ code: 'read' }, { code: 'search-type' }],
    searchParam: [{ name: 'code', definition: 'http://hl7.org/fhir/SearchParameter/clinical-code', type: 'token' }],
  };
}

/**
 * @param {{ websocketUrl?: string }} [options] websocketUrl when subscriptions are on
 */
export function capabilityStatement({ websocketUrl } = {}) {
  const resource = TYPES.map(plainResource);
  if (websocketUrl) resource.push(/** @type {any} */ (subscriptionResource()), /** @type {any} */ (basicResource()));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: 'care-team-elements in-memory FHIR server' },
    fhirVersion: '4.0.1',
    format: ['json'],
    ...(websocketUrl ? { instantiates: [BACKPORT_SERVER_R4], implementationGuide: [BACKPORT_IG] } : {}),
    rest: [
      {
        mode: 'server',
        ...(websocketUrl ? { extension: [{ url: WEBSOCKET_EXTENSION, valueUri: websocketUrl }] } : {}),
        resource,
        interaction: [{ code: 'transaction' }, { code: 'batch' }],
      },
    ],
  };
}
