/**
 * Tolerant views of CodeableConcept / Coding for recognisers that accept anything: a concept, a
 * coding, an array of either, or unknown input. Reading never throws.
 */
import type { CodeableConcept, Coding } from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asCoding(value: unknown): Coding | undefined {
  if (!isRecord(value)) return undefined;
  const { system, code, display } = value;
  return {
    system: typeof system === 'string' ? system : undefined,
    code: typeof code === 'string' ? code : undefined,
    display: typeof display === 'string' ? display : undefined,
  };
}

/** Every coding and every text found in the input, at most one level of array deep. */
export function collectCodesAndTexts(input: unknown): { codings: Coding[]; texts: string[] } {
  const codings: Coding[] = [];
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (!isRecord(value)) return;
    const concept = value as CodeableConcept & Record<string, unknown>;
    if (typeof concept.text === 'string') texts.push(concept.text);
    if (Array.isArray(concept.coding)) concept.coding.forEach((c) => pushCoding(c));
    else pushCoding(value);
  };
  const pushCoding = (value: unknown): void => {
    const coding = asCoding(value);
    if (!coding || (!coding.code && !coding.display)) return;
    codings.push(coding);
    if (coding.display) texts.push(coding.display);
  };
  if (Array.isArray(input)) input.forEach(visit);
  else visit(input);
  return { codings, texts };
}
