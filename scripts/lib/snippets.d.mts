// Types for snippets.mjs (used by its tests in TypeScript).
export const EXAMPLE_VALUES: readonly (readonly [string, string])[];
export function htmlSnippets(source: string): { code: string; line: number; tags: string[] }[];
export function pageFor(code: string, options: { fhirBaseUrl: string }): string;
