// Shared by the FhirRestDataSource integration tests (data-source*.test.ts).
import { SYSTEM } from '../../src/fhir/extensions.js';
import type { Resource } from '../../src/fhir/types.js';

export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

export function referralRequest(key: string): Resource {
  return {
    resourceType: 'ServiceRequest',
    identifier: [{ system: SYSTEM.referralKey, value: key }],
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/maria-alvarez' },
    requester: { reference: 'PractitionerRole/therapist-role' },
    note: [{ text: 'PRIVATE-NOTE-TEXT' }],
  };
}

export const ifNoneExist = (key: string) => `identifier=${SYSTEM.referralKey}|${key}`;
