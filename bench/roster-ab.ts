/**
 * In-page A/B of <care-team-roster>: this checkout against another version of the roster
 * (scripts/bench-ab.mjs aliases `base-roster` to that version's source and bundles this file).
 * Both render the same synthetic team, alternating which goes first, each after a GC; the answer
 * per size is the median of the paired ratios, which cancels most of a shared machine's drift.
 * What a page can define only once is shared: the other version's roster uses this checkout's
 * virtualizer element (one tag per page), so a change to the virtualizer itself is not compared.
 */
import '../src/components/care-team-roster/define.js';
// @ts-expect-error: resolved by the bundler's alias only (scripts/bench-ab.mjs).
import { CareTeamRoster as BaseRoster } from 'base-roster';
import { syntheticTeam, type SyntheticTeam } from './team-fixture.js';
import { frame, gc, stage, timeFirstRender } from './roster-timing.js';

const BASE_TAG = 'base-care-team-roster';
customElements.define(BASE_TAG, BaseRoster as CustomElementConstructor);

export interface AbResult {
  members: number;
  current: number[];
  base: number[];
}

async function timeOnce(tag: string, data: SyntheticTeam): Promise<number> {
  gc();
  await frame();
  const host = stage();
  const { ms } = await timeFirstRender(tag, data, host);
  await frame();
  host.remove();
  return ms;
}

export async function runAb(sizes: number[], runs: number, warmup: number): Promise<AbResult[]> {
  const results: AbResult[] = [];
  for (const members of sizes) {
    const data = syntheticTeam(members);
    const result: AbResult = { members, current: [], base: [] };
    for (let run = -warmup; run < runs; run += 1) {
      const order = run % 2 === 0 ? ['care-team-roster', BASE_TAG] : [BASE_TAG, 'care-team-roster'];
      const times: Record<string, number> = {};
      for (const tag of order) times[tag] = await timeOnce(tag, data);
      if (run < 0) continue;
      result.current.push(times['care-team-roster']!);
      result.base.push(times[BASE_TAG]!);
    }
    results.push(result);
  }
  return results;
}

(globalThis as { runAb?: typeof runAb }).runAb = runAb;
