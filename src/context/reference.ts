/**
 * Normalises an id-or-reference attribute ("123", "Patient/123", an absolute URL) into a relative
 * reference "Patient/123", so hosts can pass whichever they hold. Returns undefined for empty input.
 */
export function asReference(resourceType: string, value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const match = new RegExp(`(?:^|/)${resourceType}/([A-Za-z0-9\\-.]{1,64})(?:/_history/[^/]+)?$`).exec(trimmed);
  if (match) return `${resourceType}/${match[1]}`;
  return /^[A-Za-z0-9\-.]{1,64}$/.test(trimmed) ? `${resourceType}/${trimmed}` : trimmed;
}

/** The id part of a relative reference of the given type, or undefined. */
export function idFromReference(resourceType: string, value: string | null | undefined): string | undefined {
  const reference = asReference(resourceType, value);
  return reference?.startsWith(`${resourceType}/`) ? reference.slice(resourceType.length + 1) : undefined;
}
