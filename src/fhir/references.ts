/**
 * The one module for FHIR references: parsing (`parseReference`, `parseRelativeReference`,
 * `referenceParts`, `isPlainReference`), normalising host attributes (`asReference`,
 * `idFromReference`), and resolving references against the data a host handed us: the owning
 * resource's contained resources, a Bundle and/or a plain list of resources. Understands `#id`,
 * `Type/id`, `Type/id/_history/n`, absolute URLs (by Bundle fullUrl, else by their trailing
 * `Type/id`) and `urn:uuid:` (by Bundle fullUrl). Never throws, whatever it is given.
 */
import { isObject, isResource } from './json.js';
import type { Resource } from './types.js';

export interface ResolvedResource {
  readonly resource: Resource;
  /** A canonical handle: `#id` for a contained resource, otherwise `Type/id` (or the fullUrl). */
  key: string;
  contained: boolean;
}

export interface ReferenceResolver {
  /** Accepts a Reference object or a reference string. */
  resolve(reference: unknown): ResolvedResource | undefined;
  /** The same index, resolving `#id` against another owning resource's `contained`. */
  withOwner(owner: unknown): ReferenceResolver;
}

export interface ResolverSource {
  bundle?: unknown;
  resources?: readonly unknown[];
  /** The resource whose `contained` answers `#id` references. */
  owner?: unknown;
}

/** FHIR R4 `id` (also a `versionId`): 1-64 of A-Z a-z 0-9 - . */
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
/**
 * The one `Type/id` pattern: at the end of a string, after its start or a `/` (so relative and
 * absolute references), with an optional `_history/<version>` (any version here; the callers that
 * want a valid FHIR versionId check it).
 */
const TYPE_ID = /(?:^|\/)([A-Z][A-Za-z]{1,63})\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/([^/]+))?$/;
const HISTORY = /\/_history\/[^/]*$/;

/** A valid FHIR id (R4: 1-64 of A-Z a-z 0-9 - .). */
export function isResourceId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

/** A well-formed resource type name (`Patient`, `CareTeam`). */
export function isResourceType(value: unknown): value is string {
  return typeof value === 'string' && RESOURCE_TYPE.test(value);
}

export interface TypeAndId {
  type: string;
  id: string;
}

export interface ReferenceParts extends TypeAndId {
  /** The `_history` version, as written (not checked). */
  version: string | undefined;
  /** Nothing before `Type/id`: a relative reference, not an absolute URL or a path. */
  relative: boolean;
}

/** The `Type/id` a string ends with (see TYPE_ID), or undefined. No trimming, no query handling. */
export function referenceParts(text: string): ReferenceParts | undefined {
  const match = TYPE_ID.exec(text);
  if (!match) return undefined;
  return { type: match[1], id: match[2], version: match[3], relative: match.index === 0 && !text.startsWith('/') };
}

/** A `_history` part, when there is one, is a valid FHIR versionId. */
const validVersion = (parts: ReferenceParts): boolean => parts.version === undefined || ID.test(parts.version);

function typeIdOf(resource: Resource): string | undefined {
  return typeof resource.id === 'string' ? `${resource.resourceType}/${resource.id}` : undefined;
}

/** `Type` and `id` of a relative or absolute reference string, ignoring any `_history` part; undefined for a non-string. */
export function parseReference(reference: unknown): { type: string; id: string } | undefined {
  if (typeof reference !== 'string' || reference.startsWith('#') || reference.startsWith('urn:')) return undefined;
  const parts = referenceParts(reference.split('?')[0] ?? '');
  return parts && validVersion(parts) ? { type: parts.type, id: parts.id } : undefined;
}

/**
 * `Type` and `id` of a relative reference only (`Type/id`, `Type/id/_history/v`; surrounding space
 * ignored); undefined for anything else, absolute URLs included.
 */
export function parseRelativeReference(reference: string): TypeAndId | undefined {
  const parts = referenceParts(reference.trim());
  return parts?.relative && validVersion(parts) ? { type: parts.type, id: parts.id } : undefined;
}

/** Exactly `#id` or `Type/id` (no version, no URL): the shapes safe to echo in a message. */
export function isPlainReference(reference: string): boolean {
  if (reference.startsWith('#')) return ID.test(reference.slice(1));
  const parts = referenceParts(reference);
  return parts !== undefined && parts.relative && parts.version === undefined;
}

/**
 * Normalises an id-or-reference attribute ("123", "Patient/123", an absolute URL) into a relative
 * reference "Patient/123", so hosts can pass whichever they hold. `types` lists the resource types
 * the attribute may name; a bare id takes the first. Returns undefined for empty input and for a
 * reference to a type not listed (such as "Practitioner/9" given as the patient), rather than
 * passing it on as if it were one. A value that is not a string (set by script) names nothing.
 */
export function asReference(types: string | readonly string[], value: unknown): string | undefined {
  const allowed = typeof types === 'string' ? [types] : types;
  const trimmed = typeof value === 'string' ? value.trim() : undefined;
  if (!trimmed) return undefined;
  const parts = referenceParts(trimmed);
  if (parts) return allowed.includes(parts.type) ? `${parts.type}/${parts.id}` : undefined;
  return ID.test(trimmed) ? `${allowed[0]}/${trimmed}` : undefined;
}

/**
 * Whether an id-or-reference property was set to something: text, or a value of the wrong type
 * (set by script). Such a value that names nothing is a problem to report, not "not given".
 */
export function isGiven(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

/** The id part of a relative reference of the given type, or undefined. */
export function idFromReference(resourceType: string, value: unknown): string | undefined {
  const reference = asReference(resourceType, value);
  return reference?.startsWith(`${resourceType}/`) ? reference.slice(resourceType.length + 1) : undefined;
}

interface Index {
  byFullUrl: Map<string, Resource>;
  /** By `Type/id`, each already in the shape a `Type/id` reference resolves to. */
  byTypeId: Map<string, ResolvedResource>;
}

function addToIndex(index: Index, resource: unknown, fullUrl?: unknown): void {
  if (!isResource(resource)) return;
  if (typeof fullUrl === 'string') index.byFullUrl.set(fullUrl.replace(HISTORY, ''), resource);
  const typeId = typeIdOf(resource);
  if (typeId && !index.byTypeId.has(typeId)) index.byTypeId.set(typeId, { resource, key: typeId, contained: false });
}

function addBundle(index: Index, bundle: unknown): void {
  if (!isResource(bundle) || !Array.isArray(bundle.entry)) return;
  for (const entry of bundle.entry as unknown[]) {
    if (isObject(entry)) addToIndex(index, entry.resource, entry.fullUrl);
  }
}

function buildIndex(source: ResolverSource): Index {
  const index: Index = { byFullUrl: new Map(), byTypeId: new Map() };
  if (source.bundle !== undefined) addBundle(index, source.bundle);
  for (const item of Array.isArray(source.resources) ? source.resources : []) {
    if (isResource(item) && item.resourceType === 'Bundle') addBundle(index, item);
    else addToIndex(index, item);
  }
  return index;
}

function resolveContained(owner: unknown, reference: string): ResolvedResource | undefined {
  if (!isResource(owner)) return undefined;
  if (reference === '#') return { resource: owner, key: typeIdOf(owner) ?? '#', contained: false };
  const id = reference.slice(1);
  const contained = Array.isArray(owner.contained) ? (owner.contained as unknown[]) : [];
  const resource = contained.find((item): item is Resource => isResource(item) && item.id === id);
  return resource ? { resource, key: reference, contained: true } : undefined;
}

function resolveString(index: Index, owner: unknown, reference: string): ResolvedResource | undefined {
  if (reference.startsWith('#')) return resolveContained(owner, reference);
  // The common case, a plain relative "Type/id", is one map lookup and no allocation (large
  // teams resolve thousands). The answer is shared, so callers must not change it.
  const direct = index.byTypeId.get(reference);
  if (direct) return direct;
  const byUrl = index.byFullUrl.get(reference.replace(HISTORY, ''));
  if (byUrl) return { resource: byUrl, key: typeIdOf(byUrl) ?? reference, contained: false };
  if (reference.startsWith('urn:')) return undefined;
  const parsed = parseReference(reference);
  return parsed ? index.byTypeId.get(`${parsed.type}/${parsed.id}`) : undefined;
}

function referenceString(reference: unknown): string | undefined {
  if (typeof reference === 'string') return reference;
  if (isObject(reference)) {
    const value = Object.hasOwn(reference, 'reference') ? reference.reference : undefined;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** A class rather than closures: `withOwner` runs once per PractitionerRole of a large team. */
class IndexResolver implements ReferenceResolver {
  constructor(
    private readonly index: Index,
    private readonly owner: unknown,
  ) {}

  resolve(reference: unknown): ResolvedResource | undefined {
    const value = referenceString(reference);
    return value ? resolveString(this.index, this.owner, value.trim()) : undefined;
  }

  withOwner(nextOwner: unknown): ReferenceResolver {
    return new IndexResolver(this.index, nextOwner);
  }
}

export function createResolver(source: ResolverSource = {}): ReferenceResolver {
  return new IndexResolver(buildIndex(source), source.owner);
}

/**
 * The stable key of a reference inside one resource: what `resolve` would give, else the
 * `Type/id` it names, else the string itself. Used to match goals and members across a plan.
 */
export function referenceKey(resolver: ReferenceResolver, reference: string): string {
  const resolved = resolver.resolve(reference);
  if (resolved) return resolved.key;
  const parsed = parseReference(reference);
  return parsed ? `${parsed.type}/${parsed.id}` : reference;
}
