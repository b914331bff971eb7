/**
 * What the peer programme does to a referral, as the next version of its Task (HL7 SDOH Clinical
 * Care STU 3 referral management: the target sets accepted, rejected, in-progress, on-hold and
 * completed; `statusReason` says why; outcomes go back in `Task.output`). Pure, never mutates.
 *
 * - assign: `owner` = the peer's PractitionerRole; the status stays `requested` until the peer
 *   accepts, unless `acceptNow` (the supervisor accepts on the peer's behalf).
 * - accept: `accepted`, `owner` = the given peer or the acting user.
 * - decline: `rejected`, `statusReason` coded in REFERRAL_LOOP_SYSTEMS.declineReason with text
 *   (the user's words, else the reason's display); `other` requires words.
 * - start / resume: `in-progress`. hold: `on-hold` with the reason as text (required).
 * - complete: `completed`, with one `Task.output` of type REFERRAL_OUTCOME_OUTPUT whose
 *   valueCodeableConcept carries the REFERRAL_LOOP_SYSTEMS.outcome coding and text.
 *
 * Every change records who acted in the `task-last-changed-by` extension (R4's Task has no element
 * for it; the chart and a person who lost a concurrent edit are told this name) and `lastModified`.
 */
import type { MapResult } from '../../model/problems.js';
import { isDeclineReason, isReferralOutcome, type DeclineReason, type ReferralOutcome } from '../../model/referral-loop.js';
import { REFERRAL_LOOP_SYSTEMS, REFERRAL_OUTCOME_OUTPUT } from '../codes.js';
import { EXT } from '../extensions.js';
import { isObject } from '../json.js';
import type { Reference, Task } from '../types.js';
import { withTaskStatus } from './task-status.js';

export type ReferralChange =
  | { action: 'assign'; owner: Reference; acceptNow?: boolean }
  | { action: 'accept'; owner?: Reference }
  | { action: 'decline'; reason: DeclineReason; text?: string }
  | { action: 'start' | 'resume' }
  | { action: 'hold'; text: string }
  | { action: 'complete'; outcome: ReferralOutcome; text?: string };

/** Code-system displays (FHIR-level, English); the inbox shows translated labels. */
export const DECLINE_REASON_DISPLAY: Readonly<Record<DeclineReason, string>> = {
  'no-capacity': 'No capacity',
  'could-not-reach-client': 'Could not reach the client',
  'client-declined': 'The client declined',
  'not-eligible': 'Not eligible',
  other: 'Other reason',
};
export const OUTCOME_DISPLAY: Readonly<Record<ReferralOutcome, string>> = {
  engaged: 'First meeting held, the client engaged',
  'client-chose-not-to-continue': 'The client chose not to continue',
  'could-not-reach-client': 'Could not reach the client',
  'referred-elsewhere': 'Referred elsewhere',
};

export interface ChangeContext {
  /** Who acts, as a reference with display (a PractitionerRole). */
  actor?: Reference | undefined;
  now?: Date;
}

const problem = (path: string, message: string): MapResult<Task> => ({
  value: undefined,
  problems: [{ path, code: 'missing', message: `${path}: ${message}` }],
});

function withActor(task: Task, actor: Reference | undefined): Task {
  const others = (Array.isArray(task.extension) ? task.extension : []).filter((e) => !isObject(e) || e.url !== EXT.taskLastChangedBy);
  const extension = actor ? [...others, { url: EXT.taskLastChangedBy, valueReference: actor }] : others;
  return { ...task, ...(extension.length ? { extension } : {}) };
}

function withOutcome(task: Task, outcome: ReferralOutcome, text: string | undefined): Task {
  const isOutcome = (output: unknown): boolean =>
    isObject(output) &&
    isObject(output.type) &&
    Array.isArray(output.type.coding) &&
    output.type.coding.some((c) => isObject(c) && c.system === REFERRAL_OUTCOME_OUTPUT.system && c.code === REFERRAL_OUTCOME_OUTPUT.code);
  const previous = Array.isArray(task.output) ? (task.output as unknown[]).filter((output) => !isOutcome(output)) : [];
  const value = {
    coding: [{ system: REFERRAL_LOOP_SYSTEMS.outcome, code: outcome, display: OUTCOME_DISPLAY[outcome] }],
    text: text || OUTCOME_DISPLAY[outcome],
  };
  const type = {
    coding: [{ system: REFERRAL_OUTCOME_OUTPUT.system, code: REFERRAL_OUTCOME_OUTPUT.code, display: REFERRAL_OUTCOME_OUTPUT.display }],
  };
  return { ...task, output: [...previous, { type, valueCodeableConcept: value }] };
}

function statusChange(task: unknown, change: ReferralChange, actor: Reference | undefined, now: Date): MapResult<Task> {
  switch (change.action) {
    case 'assign': {
      const result = withTaskStatus(task, change.acceptNow ? 'accepted' : ((task as Task).status as never), undefined, now);
      return result.value ? { value: { ...result.value, owner: change.owner }, problems: [] } : result;
    }
    case 'accept': {
      const owner = change.owner ?? actor;
      if (!owner) return problem('owner', 'is required to accept (the peer who takes the referral)');
      const result = withTaskStatus(task, 'accepted', undefined, now);
      return result.value ? { value: { ...result.value, owner }, problems: [] } : result;
    }
    case 'decline': {
      const text = change.text?.trim();
      if (!isDeclineReason(change.reason)) return problem('statusReason.coding', 'is not a known decline reason');
      if (change.reason === 'other' && !text) return problem('statusReason.text', 'is required when the reason is "other"');
      const result = withTaskStatus(task, 'rejected', text || DECLINE_REASON_DISPLAY[change.reason], now);
      if (!result.value) return result;
      const coding = [{ system: REFERRAL_LOOP_SYSTEMS.declineReason, code: change.reason, display: DECLINE_REASON_DISPLAY[change.reason] }];
      return { value: { ...result.value, statusReason: { coding, text: text || DECLINE_REASON_DISPLAY[change.reason] } }, problems: [] };
    }
    case 'start':
    case 'resume':
      return withTaskStatus(task, 'in-progress', undefined, now);
    case 'hold':
      return withTaskStatus(task, 'on-hold', change.text, now);
    case 'complete': {
      if (!isReferralOutcome(change.outcome)) return problem('output', 'is not a known outcome');
      const result = withTaskStatus(task, 'completed', undefined, now);
      return result.value ? { value: withOutcome(result.value, change.outcome, change.text?.trim()), problems: [] } : result;
    }
  }
}

/** The Task after the change, or the problems that prevent it (nothing is written then). */
export function applyReferralChange(
  task: unknown,
  change: ReferralChange,
  { actor, now = new Date() }: ChangeContext = {},
): MapResult<Task> {
  const result = statusChange(task, change, actor, now);
  return result.value ? { value: withActor(result.value, actor), problems: [] } : result;
}
