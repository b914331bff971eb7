// Types for chart-figures.mjs (used by its tests in TypeScript).
export interface TimedRequest {
  start: number;
  end: number;
}
export interface LayoutShift {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
}
export function requestDepth(requests: readonly TimedRequest[]): number;
export function duplicateGets(requests: readonly { method: string; url: string }[]): number;
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number;
