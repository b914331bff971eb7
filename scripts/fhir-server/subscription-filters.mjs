// A Subscription's backport-filter-criteria strings -> one Medplum SearchRequest on Task, checked
// against the topic's filter parameters. The backport IG's formats are accepted:
// `Task?owner=Organization/1&status=requested`, `owner=Organization/1`, `Task.owner=...`, each
// parameter with an optional modifier. Several criteria strings (and several parameters) are ANDed;
// comma-separated values are ORed, as in a FHIR search.
import { getSearchParameter, matchesSearchRequest, parseSearchRequest } from '@medplum/core';
import { TASK_TOPIC_CURRENT, TASK_TOPIC_FILTERS } from './subscription-topic.mjs';

const ALLOWED = new Set(TASK_TOPIC_FILTERS.map((filter) => filter.code));
const ALLOWED_MODIFIERS = new Set(['not', 'missing']);
const TRIGGER = parseSearchRequest(`Task?${TASK_TOPIC_CURRENT}`);

/**
 * A reference value as Medplum's matcher compares it (`Type/id`): an absolute URL is cut to its
 * last two segments; a bare id becomes every target type of the parameter, ORed.
 * @param {string} code
 * @param {string} value comma-separated values
 */
function referenceValue(code, value) {
  const targets = getSearchParameter('Task', code)?.target ?? [];
  return value
    .split(',')
    .flatMap((one) => {
      const url = /^https?:\/\/.+\/([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64})$/.exec(one);
      if (url) return [url[1]];
      if (/^[A-Za-z0-9\-.]{1,64}$/.test(one)) return targets.map((type) => `${type}/${one}`);
      return [one];
    })
    .join(',');
}

/**
 * @param {string[]} criteria backport-filter-criteria values
 * @returns {{ search: import('@medplum/core').SearchRequest } | { problem: string }}
 */
export function parseFilterCriteria(criteria) {
  const params = new URLSearchParams();
  for (const text of criteria) {
    if (typeof text !== 'string' || !text.trim()) return { problem: 'A backport-filter-criteria extension has no valueString' };
    const query = text.trim().replace(/^Task\?/, '');
    if (/^[A-Z][A-Za-z]*\?/.test(query)) return { problem: `Filter "${text}" names another resource type: this topic's focus is Task` };
    for (const [rawKey, value] of new URLSearchParams(query)) {
      const key = rawKey.replace(/^Task\./, '');
      const [code = '', modifier, extra] = key.split(':');
      if (!ALLOWED.has(code))
        return { problem: `Filter parameter "${code}" is not allowed by the topic; allowed: ${[...ALLOWED].join(', ')}` };
      if (extra !== undefined || (modifier !== undefined && !ALLOWED_MODIFIERS.has(modifier))) {
        return { problem: `Filter modifier "${key}" is not supported (only :not and :missing)` };
      }
      if (!value) return { problem: `Filter parameter "${key}" has no value` };
      const type = getSearchParameter('Task', code)?.type;
      params.append(key, type === 'reference' && modifier !== 'missing' ? referenceValue(code, value) : value);
    }
  }
  try {
    return { search: parseSearchRequest(`Task?${params}`) };
  } catch {
    return { problem: 'The filter criteria could not be parsed as a Task search' };
  }
}

/**
 * Whether a written Task fires the topic and passes the subscription's filters.
 * @param {import('@medplum/fhirtypes').Resource} resource
 * @param {import('@medplum/core').SearchRequest} search
 */
export function taskMatches(resource, search) {
  return resource.resourceType === 'Task' && matchesSearchRequest(resource, TRIGGER) && matchesSearchRequest(resource, search);
}
