// Write-time validation: @medplum/core's structural validator (required elements, JSON types,
// invariants such as ctm-1) plus the required-binding code checks it does not make. Failures become
// a 400 OperationOutcome whose issues carry plain-words `diagnostics` and `details.text`, as a real
// server answers.
import { OperationOutcomeError, validateResource } from '@medplum/core';
import { checkRequiredCodes } from './codes.mjs';

/** @typedef {import('@medplum/fhirtypes').OperationOutcomeIssue} Issue */

/**
 * Rewrites Medplum's issues so `diagnostics` is readable text (Medplum puts the FHIRPath there).
 * @param {Issue} issue
 * @returns {Issue}
 */
function readableIssue(issue) {
  const text = issue.details?.text ?? 'Invalid resource';
  const where = issue.expression?.length ? ` (at ${issue.expression.join(', ')})` : '';
  return { ...issue, diagnostics: `${text}${where}` };
}

/**
 * @param {unknown} err
 * @returns {Issue[]}
 */
function issuesFrom(err) {
  if (err instanceof OperationOutcomeError) return /** @type {Issue[]} */ (err.outcome.issue ?? []);
  return [{ severity: 'error', code: 'invalid', details: { text: 'The resource could not be validated' } }];
}

/**
 * Throws an OperationOutcomeError (HTTP 400) when the resource is not valid FHIR R4.
 * @param {import('@medplum/fhirtypes').Resource} resource
 */
export function assertValidResource(resource) {
  /** @type {Issue[]} */
  let issues = [];
  try {
    issues = /** @type {Issue[]} */ (validateResource(resource)).filter((issue) => issue.severity === 'error');
  } catch (err) {
    issues = issuesFrom(err);
  }
  for (const problem of checkRequiredCodes(resource)) {
    issues.push({ severity: 'error', code: 'code-invalid', details: { text: problem.message }, expression: [problem.expression] });
  }
  if (issues.length > 0) {
    throw new OperationOutcomeError({ resourceType: 'OperationOutcome', issue: issues.map(readableIssue) });
  }
}
