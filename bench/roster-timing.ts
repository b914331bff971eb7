/**
 * Timing one roster's first render in the page, shared by the benchmark (roster-bench.ts) and the
 * A/B comparison (roster-ab.ts): from "data handed over" to "rows in the DOM and laid out".
 */
import type { CareTeamRoster } from '../src/components/care-team-roster/care-team-roster.js';
import type { SyntheticTeam } from './team-fixture.js';

export const NOW = new Date('2026-11-24T12:00:00Z');

/** A full GC when the browser allows it (`--js-flags=--expose-gc`). */
export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
export const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export function stage(): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = 'width: 800px; font: 16px system-ui';
  document.body.append(element);
  return element;
}

/**
 * Rows are in the DOM (and the first one is `firstName`, when given): at once for plain lists,
 * after the virtualizer's own (microtask) update otherwise.
 */
export async function rowsRendered(roster: CareTeamRoster, firstName?: string): Promise<void> {
  const root = roster.shadowRoot as ShadowRoot;
  const done = () => {
    const name = root.querySelector('.member .name')?.textContent;
    return name !== undefined && (firstName === undefined || name === firstName);
  };
  for (let hop = 0; hop < 200 && !done(); hop += 1) await Promise.resolve();
  for (let frames = 0; frames < 10 && !done(); frames += 1) await frame();
}

/** Creates a roster (`tag`: the element or another version of it) in `host` and times its first render. */
export async function timeFirstRender(
  tag: string,
  data: SyntheticTeam,
  host: HTMLElement,
): Promise<{ ms: number; roster: CareTeamRoster }> {
  const start = performance.now();
  const roster = document.createElement(tag) as CareTeamRoster;
  roster.now = NOW;
  roster.careTeam = data.careTeam;
  roster.resources = data.resources;
  host.append(roster);
  await roster.updateComplete;
  await rowsRendered(roster);
  roster.getBoundingClientRect();
  return { ms: performance.now() - start, roster };
}
