/**
 * The heading level an element uses for its title (`heading-level` attribute), clamped to 1..6 so
 * a host's "0", "9" or "abc" still gives a valid document outline.
 */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level >= 1 ? Math.min(6, level) : fallback;
}
