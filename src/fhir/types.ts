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
