// Rejects search parameters this server does not know, with a 400 as HAPI does by default.
// Medplum's in-memory search silently matches nothing for an unknown parameter, which would turn a
// typo (or a conditional create keyed on one) into "no results" or a duplicate.
import { getSearchParameter } from '@medplum/core';

/** Result parameters: they shape the answer, they do not filter. */
const RESULT_PARAMETERS = new Set([
  '_count',
  '_offset',
  '_sort',
  '_include',
  '_revinclude',
  '_total',
  '_summary',
  '_elements',
  '_format',
  '_pretty',
]);

/**
 * The problem with a search's parameters, in plain words, or undefined when all are known.
 * @param {string} resourceType
 * @param {URLSearchParams} query
 * @returns {string | undefined}
 */
export function searchParameterProblem(resourceType, query) {
  for (const key of new Set(query.keys())) {
    const code = key.split(':')[0] ?? '';
    if (RESULT_PARAMETERS.has(code)) continue;
    if (code.includes('.')) return `Chained search parameters (${code}) are not supported by this server`;
    if (!getSearchParameter(resourceType, code)) return `Unknown search parameter "${code}" for ${resourceType}`;
  }
  return undefined;
}
