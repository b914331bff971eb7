/**
 * Collecting DataProblems while reading. Messages name the structure only: a path, what was
 * expected, and for references a reference string when it is a plain `Type/id`, never a value
 * from the patient's record.
 */
import type { DataProblem, ProblemCode } from '../../model/problems.js';

export interface ProblemLog {
  readonly problems: DataProblem[];
  add(path: string, code: ProblemCode, message: string): void;
}

export function createLog(): ProblemLog {
  const problems: DataProblem[] = [];
  return {
    problems,
    add(path, code, message) {
      problems.push({ path, code, message: path ? `${path}: ${message}` : message });
    },
  };
}

/** `at('participant', 2)` is `participant[2]`; `at('participant[2]', 'member')` is `participant[2].member`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

const PLAIN_REFERENCE = /^(#[A-Za-z0-9\-.]{1,64}|[A-Z][A-Za-z]{1,63}\/[A-Za-z0-9\-.]{1,64})$/;

/** A reference as it may appear in a message: only the `Type/id` or `#id` shapes are echoed. */
export function describeReference(reference: string | undefined): string {
  return reference !== undefined && PLAIN_REFERENCE.test(reference) ? `reference ${reference}` : 'the reference';
}

// The reporters return `undefined` so a reader can `return report...(...)` in one line.

export function reportMissing(log: ProblemLog, path: string): undefined {
  log.add(path, 'missing', 'is required but missing');
  return undefined;
}

export function reportWrongType(log: ProblemLog, path: string, expected: string): undefined {
  log.add(path, 'wrong-type', `expected ${expected}`);
  return undefined;
}

export function reportUnknownCode(log: ProblemLog, path: string, allowed: readonly string[]): undefined {
  log.add(path, 'unknown-code', `is not one of ${allowed.join(', ')}`);
  return undefined;
}

export function reportUnresolved(log: ProblemLog, path: string, reference: string | undefined): undefined {
  log.add(path, 'unresolved-reference', `${describeReference(reference)} could not be resolved`);
  return undefined;
}

/** A log whose paths are all under `prefix` (e.g. `task.status` when reading the referral's Task). */
export function prefixedLog(log: ProblemLog, prefix: string): ProblemLog {
  return {
    problems: log.problems,
    add(path, code, message) {
      log.add(path ? at(prefix, path) : prefix, code, message);
    },
  };
}
