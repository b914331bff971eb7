/**
 * The subset of FHIR R4 (4.0.1) types this package reads and writes.
 *
 * Hand-written rather than imported from a types package so that the published `.d.ts` files need
 * no extra dependency. Every field is optional where FHIR allows absence, and readers must still
 * treat input as `unknown`: these types describe well-formed data, the mappers check it.
 */

export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  use?: string;
  type?: CodeableConcept;
  system?: string;
  value?: string;
  period?: Period;
  assigner?: Reference;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Extension {
  url: string;
  valueString?: string;
  valueMarkdown?: string;
  valueBoolean?: boolean;
  valueCode?: string;
  valueDateTime?: string;
  valueDate?: string;
  valueInteger?: number;
  valueUri?: string;
  valueUrl?: string;
  valueCoding?: Coding;
  valueCodeableConcept?: CodeableConcept;
  valueReference?: Reference;
  valuePeriod?: Period;
  extension?: Extension[];
}

export interface ContactPoint {
  system?: 'phone' | 'fax' | 'email' | 'pager' | 'url' | 'sms' | 'other';
  value?: string;
  use?: string;
  rank?: number;
  period?: Period;
}

export interface HumanName {
  use?: string;
  text?: string;
  family?: string;
  given?: string[];
  prefix?: string[];
  suffix?: string[];
  period?: Period;
}

export interface Annotation {
  authorReference?: Reference;
  authorString?: string;
  time?: string;
  text: string;
}

export interface Attachment {
  contentType?: string;
  url?: string;
  data?: string;
  title?: string;
}

export interface Meta {
  versionId?: string;
  lastUpdated?: string;
  profile?: string[];
  tag?: Coding[];
}

/** Any FHIR resource: the fields every resource shares, plus whatever else it carries. */
export interface Resource {
  resourceType: string;
  id?: string;
  meta?: Meta;
  contained?: Resource[];
  extension?: Extension[];
  [key: string]: unknown;
}

export interface BundleEntry<T extends Resource = Resource> {
  fullUrl?: string;
  resource?: T;
  search?: { mode?: 'match' | 'include' | 'outcome'; score?: number };
  request?: { method: string; url: string; ifNoneExist?: string; ifMatch?: string };
  response?: { status: string; location?: string; etag?: string; lastModified?: string; outcome?: Resource };
}

export interface Bundle<T extends Resource = Resource> extends Resource {
  resourceType: 'Bundle';
  type?: string;
  total?: number;
  link?: { relation: string; url: string }[];
  entry?: BundleEntry<T>[];
}

export interface OperationOutcome extends Resource {
  resourceType: 'OperationOutcome';
  issue?: {
    severity?: string;
    code?: string;
    details?: CodeableConcept;
    diagnostics?: string;
    expression?: string[];
  }[];
}

// Added for the write builders (src/fhir/write): the shapes they produce. Input is still read as unknown.

export interface ServiceRequest extends Resource {
  resourceType: 'ServiceRequest';
  identifier?: Identifier[];
  basedOn?: Reference[];
  status: string;
  intent: string;
  category?: CodeableConcept[];
  priority?: string;
  code?: CodeableConcept;
  subject: Reference;
  authoredOn?: string;
  requester?: Reference;
  performer?: Reference[];
  reasonCode?: CodeableConcept[];
  note?: Annotation[];
}

export interface Task extends Resource {
  resourceType: 'Task';
  identifier?: Identifier[];
  status: string;
  statusReason?: CodeableConcept;
  intent: string;
  priority?: string;
  code?: CodeableConcept;
  focus?: Reference;
  for?: Reference;
  authoredOn?: string;
  lastModified?: string;
  requester?: Reference;
  owner?: Reference;
}

export interface ConsentProvision {
  type?: 'deny' | 'permit';
  period?: Period;
  actor?: { role: CodeableConcept; reference: Reference }[];
  data?: { meaning: 'instance' | 'related' | 'dependents' | 'authoredby'; reference: Reference }[];
}

export interface Consent extends Resource {
  resourceType: 'Consent';
  identifier?: Identifier[];
  status: string;
  scope: CodeableConcept;
  category: CodeableConcept[];
  patient?: Reference;
  dateTime?: string;
  performer?: Reference[];
  policyRule?: CodeableConcept;
  provision?: ConsentProvision;
}

// What the elements' data properties accept (`careTeam`, `practitionerRole`, `carePlan`, `task`,
// `resources`, …). The named resource types document the fields the elements read; the
// `FhirResourceJson` side of each union lets real FHIR JSON through as it comes (a parsed server
// response, an imported .json file whose `resourceType` is a plain string, another library's
// interfaces): the elements validate what they are given at runtime and show an error state, and
// fire `care-data-error`, for what they cannot read.

/**
 * Any FHIR resource as JSON: an object with a `resourceType`. Two forms, so that both another
 * library's interfaces (no index signature) and object literals with any further fields (no excess
 * property error) are accepted.
 */
export type FhirResourceJson =
  | { readonly resourceType: string; readonly id?: string }
  | { readonly resourceType: string; readonly id?: string; readonly [key: string]: unknown };

export interface Practitioner extends Resource {
  resourceType: 'Practitioner';
  identifier?: Identifier[];
  active?: boolean;
  name?: HumanName[];
  telecom?: ContactPoint[];
  photo?: Attachment[];
  qualification?: { identifier?: Identifier[]; code: CodeableConcept; period?: Period; issuer?: Reference }[];
  communication?: CodeableConcept[];
}

export interface PractitionerRole extends Resource {
  resourceType: 'PractitionerRole';
  identifier?: Identifier[];
  active?: boolean;
  period?: Period;
  practitioner?: Reference;
  organization?: Reference;
  code?: CodeableConcept[];
  specialty?: CodeableConcept[];
  telecom?: ContactPoint[];
  availableTime?: { daysOfWeek?: string[]; allDay?: boolean; availableStartTime?: string; availableEndTime?: string }[];
  availabilityExceptions?: string;
}

export interface CareTeamParticipant {
  role?: CodeableConcept[];
  member?: Reference;
  onBehalfOf?: Reference;
  period?: Period;
}

/** FHIR's CareTeam (named apart from the model's `CareTeam`, what the roster makes of it). */
export interface CareTeamResource extends Resource {
  resourceType: 'CareTeam';
  identifier?: Identifier[];
  status?: string;
  category?: CodeableConcept[];
  name?: string;
  subject?: Reference;
  period?: Period;
  participant?: CareTeamParticipant[];
  managingOrganization?: Reference[];
  telecom?: ContactPoint[];
  note?: Annotation[];
}

/** FHIR's Goal (the model's `Goal` is what the panel shows). */
export interface GoalResource extends Resource {
  resourceType: 'Goal';
  identifier?: Identifier[];
  lifecycleStatus: string;
  achievementStatus?: CodeableConcept;
  description: CodeableConcept;
  subject: Reference;
  target?: { measure?: CodeableConcept; dueDate?: string }[];
  note?: Annotation[];
}

export interface CarePlanActivity {
  outcomeReference?: Reference[];
  progress?: Annotation[];
  reference?: Reference;
  detail?: {
    kind?: string;
    code?: CodeableConcept;
    reasonCode?: CodeableConcept[];
    goal?: Reference[];
    status: string;
    statusReason?: CodeableConcept;
    scheduledString?: string;
    scheduledPeriod?: Period;
    performer?: Reference[];
    description?: string;
  };
}

/** FHIR's CarePlan (the model's `CarePlan` is what the panel shows). */
export interface CarePlanResource extends Resource {
  resourceType: 'CarePlan';
  identifier?: Identifier[];
  status: string;
  intent: string;
  category?: CodeableConcept[];
  title?: string;
  description?: string;
  subject: Reference;
  period?: Period;
  author?: Reference;
  careTeam?: Reference[];
  addresses?: Reference[];
  goal?: Reference[];
  activity?: CarePlanActivity[];
  note?: Annotation[];
}

/** Resources an element resolves references against: an array or a searchset Bundle. */
export type FhirResources = readonly (Resource | FhirResourceJson)[] | Bundle | FhirResourceJson;
