/** CarePlan.activity → Activity: what is being done, its status, who owns it, progress notes. */
import { ACTIVITY_STATUSES, type Activity } from '../../model/care-plan.js';
import { newestFirst } from '../../model/common.js';
import type { ParticipantRef } from '../../model/team-member.js';
import type { Reference } from '../types.js';
import type { ReferenceResolver } from '../references.js';
import { codeableConceptText, readAnnotations, readConcept, readPeriod, readReferenceAt, readReferences } from './datatypes.js';
import { compact, isObject, readCode, readObject, readString, type Json } from './fields.js';
import { at, reportWrongType, type ProblemLog, type Path } from './problems.js';

export interface ActivityContext {
  resolver: ReferenceResolver;
  log: ProblemLog;
  /** The key a goal reference maps to (matches Goal.key). */
  goalKey(reference: string): string;
  /** A performer, as the plan's care teams know them when they do. */
  performer(reference: Reference, path: Path): ParticipantRef;
}

function readScheduled(detail: Json, path: Path, log: ProblemLog): Activity['scheduled'] {
  const text = readString(detail, 'scheduledString', path, log);
  const period = readPeriod(detail, 'scheduledPeriod', path, log);
  const timing = readObject(detail, 'scheduledTiming', path, log);
  const timingPath = at(path, 'scheduledTiming');
  const repeat = timing ? readObject(timing, 'repeat', timingPath, log) : undefined;
  const bounds = repeat ? readPeriod(repeat, 'boundsPeriod', at(timingPath, 'repeat'), log) : undefined;
  const timingText = timing ? codeableConceptText(readConcept(timing, 'code', timingPath, log)) : undefined;
  const scheduled = compact({ text: text ?? timingText, start: (period ?? bounds)?.start, end: (period ?? bounds)?.end });
  return Object.keys(scheduled).length > 0 ? scheduled : undefined;
}

function fromDetail(detail: Json, index: number, path: Path, context: ActivityContext): Omit<Activity, 'progress'> {
  const { log } = context;
  const goalKeys = readReferences(detail, 'goal', path, log).flatMap(({ reference }) =>
    reference.reference ? [context.goalKey(reference.reference)] : [],
  );
  return compact({
    index,
    source: 'detail' as const,
    description: readString(detail, 'description', path, log) ?? codeableConceptText(readConcept(detail, 'code', path, log)),
    status: readCode(detail, 'status', path, log, ACTIVITY_STATUSES, { required: true }) ?? 'unknown',
    scheduled: readScheduled(detail, path, log),
    performers: readReferences(detail, 'performer', path, log).map((p) => context.performer(p.reference, p.path)),
    goalKeys,
  });
}

/** An activity that points at another resource (Appointment, ServiceRequest, Task...): its status lives there. */
function fromReference(reference: Reference, index: number, path: Path, context: ActivityContext): Omit<Activity, 'progress'> {
  const resolved = context.resolver.resolve(reference);
  const target = resolved?.resource;
  const described = target
    ? (readString(target, 'description', path, context.log) ?? codeableConceptText(readConcept(target, 'code', path, context.log)))
    : undefined;
  return compact({
    index,
    source: 'reference' as const,
    description: reference.display ?? described,
    status: 'unknown' as const,
    performers: [],
    goalKeys: [],
    reference: reference.reference,
  });
}

export function readActivity(value: unknown, index: number, path: Path, context: ActivityContext): Activity | undefined {
  const { log } = context;
  if (!isObject(value)) return reportWrongType(log, path, 'an activity object');
  const detail = readObject(value, 'detail', path, log);
  const reference = readReferenceAt(value, 'reference', path, log);
  if (detail && reference) log.add(path, 'invariant', 'cpl-3: provide a reference or detail, not both');
  // With neither (valid in R4: an activity known only by its progress), nothing is owed a status yet.
  const base = detail
    ? fromDetail(detail, index, at(path, 'detail'), context)
    : reference
      ? fromReference(reference, index, at(path, 'reference'), context)
      : { index, source: 'detail' as const, status: 'unknown' as const, performers: [], goalKeys: [] };
  return { ...base, progress: newestFirst(readAnnotations(value, 'progress', path, log)) };
}
