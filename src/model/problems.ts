/**
 * What a read mapper reports about input it could not fully use. Messages describe the structure
 * ("participant[2].member: ...") and never echo the patient's data values, so they are safe to
 * show in an error state or send in a `care-data-error` event.
 */
import type { DataProblem } from './schemas/problems.js';

export type { DataProblem };
export { PROBLEM_CODES, type ProblemCode } from './code-lists.js';

/** A mapper's answer: what could be read (or `undefined`) and every problem met on the way. */
export interface MapResult<T> {
  value: T | undefined;
  problems: DataProblem[];
}
