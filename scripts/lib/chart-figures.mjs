// Pure figures for npm run bench:chart, from what one cold load of the demo chart recorded:
// the FHIR requests (start and end times), the layout shifts and the script sizes.

/**
 * How many levels deep the requests go: a request is one level below the deepest request that
 * had finished when it started (a read that needed another read's answer). Independent requests
 * started together share a level.
 * @param {{ start: number, end: number }[]} requests
 */
export function requestDepth(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const levels = [];
  for (const request of sorted) {
    let level = 1;
    sorted.forEach((other, index) => {
      if (levels[index] !== undefined && other.end <= request.start) level = Math.max(level, levels[index] + 1);
    });
    levels.push(level);
  }
  return levels.length ? Math.max(...levels) : 0;
}

/** GETs of a URL already fetched in the same load. @param {{ method: string, url: string }[]} requests */
export function duplicateGets(requests) {
  const seen = new Set();
  let duplicates = 0;
  for (const { method, url } of requests) {
    if (method !== 'GET') continue;
    if (seen.has(url)) duplicates += 1;
    else seen.add(url);
  }
  return duplicates;
}

/**
 * Cumulative layout shift as Core Web Vitals defines it: the largest session window of shifts
 * without recent input (shifts less than 1 s apart, a window at most 5 s long).
 * @param {{ value: number, startTime: number, hadRecentInput: boolean }[]} shifts
 */
export function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const shift of shifts.filter((entry) => !entry.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - previous > 1000 || shift.startTime - windowStart > 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}
