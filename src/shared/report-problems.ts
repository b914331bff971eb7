import { CareDataErrorEvent, type CareDataErrorDetail } from '../events/data-error.js';
import type { DataProblem } from '../model/problems.js';

/**
 * Fires `care-data-error` for a set of problems, once per distinct set: re-rendering the same bad
 * input must not flood the host with events. Returns the key to pass back next time.
 */
export function reportProblems(host: HTMLElement, detail: CareDataErrorDetail, previousKey: string | undefined): string | undefined {
  if (detail.problems.length === 0) return undefined;
  const key = `${detail.kind}|${detail.source}|${problemKey(detail.problems)}`;
  if (key !== previousKey) host.dispatchEvent(new CareDataErrorEvent(detail));
  return key;
}

function problemKey(problems: readonly DataProblem[]): string {
  return problems.map((problem) => `${problem.path}:${problem.code}`).join(',');
}
