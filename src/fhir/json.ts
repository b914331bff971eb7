/**
 * Guards for untrusted JSON, the one copy every reader, writer and element uses. Plain functions,
 * nothing here throws.
 */
import type { Resource } from './types.js';

/** A JSON object (not an array, not null). */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object with a string `resourceType`, and that type when one is given. */
export function isResource(value: unknown, type?: string): value is Resource {
  if (!isObject(value)) return false;
  const resourceType = value.resourceType;
  return typeof resourceType === 'string' && (type === undefined || resourceType === type);
}

/**
 * A host's `resources` input (an array of resources, or one Bundle) as a list: the array as it
 * is, a Bundle as a list of that Bundle (the resolver reads Bundles inside the list, so both say
 * the same); undefined for anything else, so the caller decides whether that is a problem.
 */
export function resourcesOf(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input as unknown[];
  return isResource(input, 'Bundle') ? [input] : undefined;
}

/**
 * Every resource in a host's input, Bundles opened (an array of resources and Bundles, or one
 * Bundle): what a reader that pairs resources needs. Anything that is not a resource is left out.
 */
export function resourcesIn(input: unknown): Resource[] {
  const found: Resource[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isResource(value, 'Bundle')) {
      const entries = (value as { entry?: unknown }).entry;
      if (Array.isArray(entries)) for (const entry of entries) if (isObject(entry)) visit(entry.resource);
    } else if (isResource(value)) found.push(value);
  };
  visit(input);
  return found;
}
