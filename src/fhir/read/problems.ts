/**
 * Collecting DataProblems while reading. Messages name the structure only: a path, what was
 * expected, and for references a reference string when it is a plain `Type/id`, never a value
 * from the patient's record.
 */
import type { DataProblem, ProblemCode } from '../../model/problems.js';
import { isPlainReference } from '../references.js';

/**
 * Where an element is: a plain string (`''` for the resource itself), or a path built by `at()`
 * whose text is produced only when a problem is reported. A 10,000-member team passes ~200,000
 * paths down to readers that almost never report; building each as a string was a fifth of the read.
 */
export type Path = string | ElementPath;

class ElementPath {
  constructor(
    private readonly parent: Path,
    private readonly key: string | number,
    /** An item of the `key` array: one node for `coding[0]`, not two. */
    private readonly index?: number,
  ) {}

  toString(): string {
    const parent = String(this.parent);
    const element = typeof this.key === 'number' ? `${parent}[${this.key}]` : parent ? `${parent}.${this.key}` : this.key;
    return this.index === undefined ? element : `${element}[${this.index}]`;
  }
}

export interface ProblemLog {
  readonly problems: DataProblem[];
  add(path: Path, code: ProblemCode, message: string): void;
}

export function createLog(): ProblemLog {
  const problems: DataProblem[] = [];
  return {
    problems,
    add(where, code, message) {
      const path = String(where);
      problems.push({ path, code, message: path ? `${path}: ${message}` : message });
    },
  };
}

/**
 * `at('participant', 2)` reads `participant[2]`; `at(that, 'member')` reads `participant[2].member`;
 * `at(that, 'role', 0)` reads `participant[2].role[0]`.
 */
export function at(path: Path, key: string | number, index?: number): Path {
  return new ElementPath(path, key, index);
}

/** A reference as it may appear in a message: only the `Type/id` or `#id` shapes are echoed. */
export function describeReference(reference: string | undefined): string {
  return reference !== undefined && isPlainReference(reference) ? `reference ${reference}` : 'the reference';
}

// The reporters return `undefined` so a reader can `return report...(...)` in one line.

export function reportMissing(log: ProblemLog, path: Path): undefined {
  log.add(path, 'missing', 'is required but missing');
  return undefined;
}

export function reportWrongType(log: ProblemLog, path: Path, expected: string): undefined {
  log.add(path, 'wrong-type', `expected ${expected}`);
  return undefined;
}

export function reportUnknownCode(log: ProblemLog, path: Path, allowed: readonly string[]): undefined {
  log.add(path, 'unknown-code', `is not one of ${allowed.join(', ')}`);
  return undefined;
}

export function reportUnresolved(log: ProblemLog, path: Path, reference: string | undefined): undefined {
  log.add(path, 'unresolved-reference', `${describeReference(reference)} could not be resolved`);
  return undefined;
}

/** A log whose paths are all under `prefix` (e.g. `task.status` when reading the referral's Task). */
export function prefixedLog(log: ProblemLog, prefix: string): ProblemLog {
  return {
    problems: log.problems,
    add(path, code, message) {
      const text = String(path);
      log.add(text ? at(prefix, text) : prefix, code, message);
    },
  };
}
