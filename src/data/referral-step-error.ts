/** Which write of a referral failed: shared by the write sequence (lazy) and the failure messages (every page). */
export type ReferralStep = 'ServiceRequest' | 'Task' | 'Consent';

/** A failed step of the sequence, carrying the data source's error as `cause`. */
export class ReferralStepError extends Error {
  constructor(
    readonly step: ReferralStep,
    cause: unknown,
  ) {
    super(step, { cause });
  }
}
