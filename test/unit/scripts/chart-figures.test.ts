// The figures npm run bench:chart prints: request depth, duplicate GETs and CLS (scripts/lib/chart-figures.mjs).
import { expect } from '@open-wc/testing';
import { cumulativeLayoutShift, duplicateGets, requestDepth } from '../../../scripts/lib/chart-figures.mjs';

describe('bench:chart figures', () => {
  it('counts a request one level below the deepest one finished before it started', () => {
    // CareTeam (0-10) → PractitionerRoles in parallel (11-20, 12-22) → Practitioner (23-30); Patient alongside (0-5).
    const requests = [
      { start: 0, end: 10 },
      { start: 0, end: 5 },
      { start: 11, end: 20 },
      { start: 12, end: 22 },
      { start: 23, end: 30 },
    ];
    expect(requestDepth(requests)).to.equal(3);
    expect(
      requestDepth([
        { start: 0, end: 9 },
        { start: 1, end: 4 },
      ]),
    ).to.equal(1);
    expect(requestDepth([])).to.equal(0);
  });

  it('counts repeated GETs of one URL, never writes', () => {
    const requests = [
      { method: 'GET', url: '/fhir/Patient/a' },
      { method: 'GET', url: '/fhir/Patient/a' },
      { method: 'GET', url: '/fhir/Patient/a' },
      { method: 'PUT', url: '/fhir/Task/1' },
      { method: 'PUT', url: '/fhir/Task/1' },
      { method: 'GET', url: '/fhir/Task/1' },
    ];
    expect(duplicateGets(requests)).to.equal(2);
  });

  it('takes the largest session window of shifts, leaving out those after input', () => {
    const shifts = [
      { value: 0.1, startTime: 100, hadRecentInput: false },
      { value: 0.2, startTime: 600, hadRecentInput: false },
      { value: 0.5, startTime: 700, hadRecentInput: true },
      // More than a second later: a new window.
      { value: 0.25, startTime: 2000, hadRecentInput: false },
    ];
    expect(cumulativeLayoutShift(shifts)).to.be.closeTo(0.3, 1e-9);
    expect(cumulativeLayoutShift([])).to.equal(0);
  });
});
