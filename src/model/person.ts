/** A person or organisation read on its own (Practitioner, Patient, RelatedPerson, Organization); the schema is in schemas/person.ts. */
export type { Person } from './schemas/person.js';
