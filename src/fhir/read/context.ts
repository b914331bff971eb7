/** What a read mapper may be given besides the resource itself. */
import { createResolver, type ReferenceResolver } from '../references.js';

export interface ReadContext {
  /** A Bundle holding referenced resources (e.g. a search result with `_include`). */
  bundle?: unknown;
  /** Referenced resources as a list; Bundles in it are read too. */
  resources?: readonly unknown[];
  /** A ready resolver; takes precedence over `bundle` and `resources`. */
  resolver?: ReferenceResolver;
  /** "Now" for deciding which periods have ended. Defaults to the current time. */
  now?: Date;
}

/** The resolver for one resource: `#id` references resolve against its own `contained`. */
export function resolverFor(resource: unknown, context: ReadContext = {}): ReferenceResolver {
  const base = context.resolver ?? createResolver({ bundle: context.bundle, resources: context.resources });
  return base.withOwner(resource);
}

/** Start of the instant after a partial FHIR date ("2013", "2013-01", "2013-01-01") ends. */
function endInstant(end: string): number {
  const [year, month, day] = end.split('-').map(Number);
  if (/^\d{4}$/.test(end)) return Date.UTC(year + 1, 0, 1);
  if (/^\d{4}-\d{2}$/.test(end)) return Date.UTC(year, month, 1);
  if (/^\d{4}-\d{2}-\d{2}$/.test(end)) return Date.UTC(year, month - 1, day + 1);
  return Date.parse(end);
}

/** True when the period has an end and that end is not after `now`. A date-only end lasts all day. */
export function periodHasEnded(period: { end?: string } | undefined, now: Date = new Date()): boolean {
  if (!period?.end) return false;
  const end = endInstant(period.end);
  return !Number.isNaN(end) && end <= now.getTime();
}
