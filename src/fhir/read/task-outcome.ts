/**
 * What the peer programme sent back on a referral's Task (HL7 SDOH Clinical Care STU 3): the coded
 * reason it declined for, the outcome in `Task.output`, and who made the latest change.
 */
import { isDeclineReason, isReferralOutcome, type DeclineReason, type ReferralOutcome } from '../../model/referral-loop.js';
import { REFERRAL_LOOP_SYSTEMS, REFERRAL_OUTCOME_OUTPUT } from '../codes.js';
import { EXT } from '../extensions.js';
import type { ReferenceResolver } from '../references.js';
import { codeableConceptText, readCodeableConcept, readReference } from './datatypes.js';
import { extensionsOf } from './extension-reader.js';
import { isObject, readArray, readObject, type Json } from './fields.js';
import { namedParty } from './party.js';
import { at, type ProblemLog } from './problems.js';
import type { Party } from '../../model/common.js';
import type { CodeableConcept } from '../types.js';

export interface TaskOutcome {
  declineReason?: DeclineReason;
  outcome?: ReferralOutcome;
  /** The outcome's own words (its text), or the display of a code this package does not know. */
  outcomeText?: string;
  lastChangedBy?: Party;
}

const codeIn = (concept: CodeableConcept | undefined, system: string): string | undefined =>
  concept?.coding?.find((coding) => coding.system === system)?.code;

function readDeclineReason(task: Json, log: ProblemLog): DeclineReason | undefined {
  const reason = readObject(task, 'statusReason', '', log);
  const code = codeIn(reason ? readCodeableConcept(reason, at('', 'statusReason'), log) : undefined, REFERRAL_LOOP_SYSTEMS.declineReason);
  return isDeclineReason(code) ? code : undefined;
}

/** The first `Task.output` of the outcome type (a CodeableConcept value). */
function readOutcome(task: Json, log: ProblemLog): Pick<TaskOutcome, 'outcome' | 'outcomeText'> {
  const outputs = readArray(task, 'output', '', log);
  for (let index = 0; index < outputs.length; index += 1) {
    const output = outputs[index];
    if (!isObject(output) || !isObject(output.type) || !isObject(output.valueCodeableConcept)) continue;
    const path = at('', 'output', index);
    const type = readCodeableConcept(output.type, at(path, 'type'), log);
    if (codeIn(type, REFERRAL_OUTCOME_OUTPUT.system) !== REFERRAL_OUTCOME_OUTPUT.code) continue;
    const value = readCodeableConcept(output.valueCodeableConcept, at(path, 'valueCodeableConcept'), log);
    const code = codeIn(value, REFERRAL_LOOP_SYSTEMS.outcome);
    const text = value?.text ?? (isReferralOutcome(code) ? undefined : codeableConceptText(value));
    return { ...(isReferralOutcome(code) ? { outcome: code } : {}), ...(text ? { outcomeText: text } : {}) };
  }
  return {};
}

function readLastChangedBy(task: Json, resolver: ReferenceResolver, log: ProblemLog): Party | undefined {
  const [entry] = extensionsOf(task, EXT.taskLastChangedBy, '', log);
  const reference = entry ? readReference(entry.extension.valueReference, at(entry.path, 'valueReference'), log) : undefined;
  return namedParty(reference, resolver, 'lastChangedBy', log);
}

export function readTaskOutcome(task: Json, resolver: ReferenceResolver, log: ProblemLog): TaskOutcome {
  const declineReason = readDeclineReason(task, log);
  const lastChangedBy = readLastChangedBy(task, resolver, log);
  return {
    ...(declineReason ? { declineReason } : {}),
    ...readOutcome(task, log),
    ...(lastChangedBy ? { lastChangedBy } : {}),
  };
}
