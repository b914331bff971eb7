/** Goal → Goal: the client's goal in their own words, its status and targets. */
import { GOAL_LIFECYCLE_STATUSES, type Goal, type GoalTarget } from '../../model/care-plan.js';
import type { MapResult } from '../../model/problems.js';
import type { ReferenceResolver } from '../references.js';
import { codeableConceptText, readConcept, readReferenceAt } from './datatypes.js';
import {
  compact,
  expectResource,
  isObject,
  readArray,
  readBoolean,
  readCode,
  readDateTime,
  readNumber,
  readObject,
  readString,
  type Json,
} from './fields.js';
import { kindOfType, referencedType, resourceName } from './party.js';
import { at, createLog, reportWrongType, type ProblemLog, type Path } from './problems.js';
import { resolverFor, type ReadContext } from './context.js';

function quantityText(quantity: Json | undefined, path: Path, log: ProblemLog): string | undefined {
  if (!quantity) return undefined;
  const value = readNumber(quantity, 'value', path, log);
  const unit = readString(quantity, 'unit', path, log) ?? readString(quantity, 'code', path, log);
  return value === undefined ? undefined : [String(value), unit].filter(Boolean).join(' ');
}

/** Goal.target.detail[x] as short text ("160–180 lbs", "In paid employment", "5"). */
function targetDetail(target: Json, path: Path, log: ProblemLog): string | undefined {
  const range = readObject(target, 'detailRange', path, log);
  if (range) {
    const rangePath = at(path, 'detailRange');
    const low = quantityText(readObject(range, 'low', rangePath, log), at(rangePath, 'low'), log);
    const high = quantityText(readObject(range, 'high', rangePath, log), at(rangePath, 'high'), log);
    return low && high ? `${low.split(' ')[0]}–${high}` : (low ?? high);
  }
  const flag = readBoolean(target, 'detailBoolean', path, log);
  return (
    readString(target, 'detailString', path, log) ??
    quantityText(readObject(target, 'detailQuantity', path, log), at(path, 'detailQuantity'), log) ??
    codeableConceptText(readConcept(target, 'detailCodeableConcept', path, log)) ??
    readNumber(target, 'detailInteger', path, log)?.toString() ??
    flag?.toString()
  );
}

function readTarget(value: unknown, path: Path, log: ProblemLog): GoalTarget | undefined {
  if (!isObject(value)) return reportWrongType(log, path, 'a target object');
  const target = compact<GoalTarget>({
    measure: codeableConceptText(readConcept(value, 'measure', path, log)),
    detail: targetDetail(value, path, log),
    dueDate: readDateTime(value, 'dueDate', path, log),
  });
  return Object.keys(target).length > 0 ? target : undefined;
}

function readExpressedBy(
  goal: Json,
  resolver: ReferenceResolver,
  subject: string | undefined,
  path: Path,
  log: ProblemLog,
): Goal['expressedBy'] {
  const reference = readReferenceAt(goal, 'expressedBy', path, log);
  if (!reference) return undefined;
  const resolved = resolver.resolve(reference);
  const kind = kindOfType(referencedType(reference, resolved));
  const isClient = kind === 'patient' || (subject !== undefined && reference.reference === subject);
  const name = (resolved ? resourceName(resolved.resource, at(path, 'expressedBy'), log) : undefined) ?? reference.display;
  return compact({ name, reference: reference.reference, isClient });
}

/**
 * Maps a Goal already known to be one. Undefined (with a problem) when it has no description:
 * a goal the panel cannot put into words is not shown.
 */
export function mapGoal(goal: Json, key: string, resolver: ReferenceResolver, path: Path, log: ProblemLog): Goal | undefined {
  const description = codeableConceptText(readConcept(goal, 'description', path, log, true));
  const subject = readReferenceAt(goal, 'subject', path, log, true);
  const lifecycleStatus = readCode(goal, 'lifecycleStatus', path, log, GOAL_LIFECYCLE_STATUSES, { required: true });
  if (!description) return undefined;
  const targetsPath = at(path, 'target');
  return compact<Goal>({
    id: readString(goal, 'id', path, log),
    key,
    description,
    expressedBy: readExpressedBy(goal, resolver, subject?.reference, path, log),
    lifecycleStatus,
    achievementStatus: codeableConceptText(readConcept(goal, 'achievementStatus', path, log)),
    targets: readArray(goal, 'target', path, log).flatMap((t, index) => readTarget(t, at(targetsPath, index), log) ?? []),
    statusReason: readString(goal, 'statusReason', path, log),
  });
}

/** Reads a FHIR R4 Goal. Its key is `Goal/<id>` (what a CarePlan's activities point at). */
export function readGoal(input: unknown, context: ReadContext = {}): MapResult<Goal> {
  const log = createLog();
  const goal = expectResource(input, 'Goal', log);
  if (!goal) return { value: undefined, problems: log.problems };
  const id = typeof goal.id === 'string' ? goal.id : undefined;
  const value = mapGoal(goal, id ? `Goal/${id}` : 'Goal', resolverFor(goal, context), '', log);
  return { value, problems: log.problems };
}
