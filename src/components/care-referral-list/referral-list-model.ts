/**
 * The client's referral list, as a pure function: each referral read from its Task and request,
 * open ones first, then closed ones, each newest first. Problems are kept per item.
 */
import type { TaskWithRequest } from '../../data/load-patient-referrals.js';
import { readReferral } from '../../fhir/read/referral.js';
import type { ServiceRequest, Task } from '../../fhir/types.js';
import type { DataProblem } from '../../model/problems.js';
import { isFinalReferralStatus, type Referral } from '../../model/referral.js';

export interface ReferralItem {
  key: string;
  referral: Referral;
  task: Task;
  serviceRequest?: ServiceRequest | undefined;
}

export interface ReferralListModel {
  open: ReferralItem[];
  closed: ReferralItem[];
  problems: DataProblem[];
}

const sent = (item: ReferralItem): string => item.referral.authoredOn ?? item.referral.lastModified ?? '';

/** `newer` holds Tasks read after the list was loaded (a live update), by id: they replace the loaded ones. */
export function buildReferralList(pairs: readonly TaskWithRequest[], newer: ReadonlyMap<string, Task> = new Map()): ReferralListModel {
  const problems: DataProblem[] = [];
  const items: ReferralItem[] = [];
  pairs.forEach(({ task: loaded, serviceRequest }, index) => {
    const task = (loaded.id && newer.get(loaded.id)) || loaded;
    const { value, problems: found } = readReferral({ task, serviceRequest });
    problems.push(
      ...found.map((problem) => ({ ...problem, path: `[${index}].${problem.path}`, message: `[${index}].${problem.message}` })),
    );
    if (value) items.push({ key: task.id ?? `#${index}`, referral: value, task, serviceRequest });
  });
  // FHIR dateTimes in one zone compare as text; newest first.
  items.sort((a, b) => sent(b).localeCompare(sent(a)));
  return {
    open: items.filter((item) => !isFinalReferralStatus(item.referral.status)),
    closed: items.filter((item) => isFinalReferralStatus(item.referral.status)),
    problems,
  };
}
