/**
 * Normalises an id-or-reference attribute ("123", "Patient/123", an absolute URL) into a relative
 * reference "Patient/123", so hosts can pass whichever they hold. `types` lists the resource types
 * the attribute may name; a bare id takes the first. Returns undefined for empty input and for a
 * reference to a type not listed (such as "Practitioner/9" given as the patient), rather than
 * passing it on as if it were one.
 */
export function asReference(types: string | readonly string[], value: string | null | undefined): string | undefined {
  const allowed = typeof types === 'string' ? [types] : types;
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const match = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(trimmed);
  if (match) return allowed.includes(match[1]!) ? `${match[1]}/${match[2]}` : undefined;
  return /^[A-Za-z0-9\-.]{1,64}$/.test(trimmed) ? `${allowed[0]}/${trimmed}` : undefined;
}

/** The id part of a relative reference of the given type, or undefined. */
export function idFromReference(resourceType: string, value: string | null | undefined): string | undefined {
  const reference = asReference(resourceType, value);
  return reference?.startsWith(`${resourceType}/`) ? reference.slice(resourceType.length + 1) : undefined;
}
