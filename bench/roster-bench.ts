/**
 * In-page benchmark of <care-team-roster> against a hand-written vanilla-DOM list of the same
 * rows (scripts/bench.mjs bundles this file and drives it in headless Chromium).
 *
 * Both sides start from the same FHIR CareTeam + resources and both read it with readCareTeam
 * (the roster inside, the vanilla list explicitly); each run is timed with performance.now()
 * from "data handed over" to "rows in the DOM and laid out" (a forced layout read). They run
 * side by side in the same page, in alternating order, with a GC in between when the browser
 * allows it (`--js-flags=--expose-gc`). readCareTeam alone is timed too, to show its share.
 */
import '../src/components/care-team-roster/define.js';
import { buildRosterView } from '../src/components/care-team-roster/roster-model.js';
import { readCareTeam } from '../src/fhir/read/care-team.js';
import { formatPeriod } from '../src/i18n/dates.js';
import type { CareTeam } from '../src/model/care-team.js';
import type { TeamMember } from '../src/model/team-member.js';
import { roleLabel, roleResponsibility } from '../src/shared/role-badge.js';
import { syntheticTeam, type SyntheticTeam } from './team-fixture.js';
import { frame, gc, NOW, rowsRendered, stage, timeFirstRender } from './roster-timing.js';

export interface SizeResult {
  members: number;
  roster: number[];
  vanilla: number[];
  regroup: number[];
  mapping: number[];
  rosterRows: number;
  vanillaRows: number;
}

async function timeRoster(data: SyntheticTeam, regroupedFirst: string): Promise<{ ms: number; rows: number; regroup: number }> {
  const host = stage();
  const { ms, roster } = await timeFirstRender('care-team-roster', data, host);
  // Rows in the DOM once the virtualizer has measured and settled (not timed).
  for (let frames = 0; frames < 5; frames += 1) await frame();
  const rows = roster.shadowRoot!.querySelectorAll('.member').length;
  // The roster's own work without reading FHIR: regroup the loaded team by organisation.
  const regroupStart = performance.now();
  roster.groupBy = 'organization';
  await roster.updateComplete;
  await rowsRendered(roster, regroupedFirst);
  roster.getBoundingClientRect();
  const regroup = performance.now() - regroupStart;
  host.remove();
  return { ms, rows, regroup };
}

function span(className: string, text: string, part?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (part) element.setAttribute('part', part);
  element.textContent = text;
  return element;
}

/**
 * The same row a hand-written list would build for the same data: the roster's markup (list item,
 * button, name, role badge, responsibility, organisation and period) with the roster's own
 * stylesheet, so both sides pay the same style and layout cost.
 */
function vanillaRow(member: TeamMember): HTMLLIElement {
  const item = document.createElement('li');
  item.className = member.isPeer ? 'member peer' : 'member';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'row';
  button.tabIndex = -1;
  const roles = span('roles', '');
  roles.append(span(member.isPeer ? 'badge peer' : 'badge', roleLabel(member.category), 'badge'));
  const detail = span('detail', '');
  detail.append(span('responsibility', member.responsibility ?? roleResponsibility(member.category)));
  const { start, end } = formatPeriod(member.period);
  const meta = span('meta', '');
  if (member.organization?.name) meta.append(span('', member.organization.name));
  const period = start && end ? `${start} – ${end}` : start ? `Since ${start}` : end;
  if (period) meta.append(span('', period));
  detail.append(meta);
  button.append(span('name', member.name ?? 'Unknown member'), roles, detail);
  item.append(button);
  return item;
}

const rosterSheets = (): CSSStyleSheet[] =>
  (customElements.get('care-team-roster') as unknown as { elementStyles: { styleSheet?: CSSStyleSheet }[] }).elementStyles.flatMap(
    (style) => (style.styleSheet ? [style.styleSheet] : []),
  );

function timeVanilla(data: SyntheticTeam): { ms: number; rows: number } {
  const host = stage();
  const start = performance.now();
  const team = readCareTeam(data.careTeam, { resources: data.resources, now: NOW }).value as CareTeam;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = rosterSheets();
  const list = document.createElement('ul');
  list.className = 'list';
  for (const member of team.members) list.append(vanillaRow(member));
  root.append(list);
  list.getBoundingClientRect();
  const ms = performance.now() - start;
  const rows = list.children.length;
  host.remove();
  return { ms, rows };
}

function timeMapping(data: SyntheticTeam): number {
  const start = performance.now();
  readCareTeam(data.careTeam, { resources: data.resources, now: NOW });
  return performance.now() - start;
}

async function measureSize(members: number, runs: number, warmup: number): Promise<SizeResult> {
  const data = syntheticTeam(members);
  // The first row once regrouped by organisation, so the regroup timing waits for the new rows.
  const team = readCareTeam(data.careTeam, { resources: data.resources, now: NOW }).value as CareTeam;
  const regroupedFirst = buildRosterView(team.members, { groupBy: 'organization', sort: 'name' }).groups[0]!.members[0]!.name!;
  const result: SizeResult = { members, roster: [], vanilla: [], regroup: [], mapping: [], rosterRows: 0, vanillaRows: 0 };
  for (let run = -warmup; run < runs; run += 1) {
    // After a GC, like both sides: the previous run's rows are garbage, not the read's cost.
    gc();
    await frame();
    const mapping = timeMapping(data);
    gc();
    await frame();
    // Alternate which side goes first, so neither always meets a warmer or colder heap.
    const rosterFirst = run % 2 === 0;
    let roster: Awaited<ReturnType<typeof timeRoster>>;
    let vanilla: ReturnType<typeof timeVanilla>;
    if (rosterFirst) {
      roster = await timeRoster(data, regroupedFirst);
      gc();
      await frame();
      vanilla = timeVanilla(data);
    } else {
      vanilla = timeVanilla(data);
      gc();
      await frame();
      roster = await timeRoster(data, regroupedFirst);
    }
    if (run < 0) continue;
    if ((globalThis as { benchVerbose?: boolean }).benchVerbose)
      console.log(members, rosterFirst, roster.ms.toFixed(1), vanilla.ms.toFixed(1), mapping.toFixed(1));
    result.roster.push(roster.ms);
    result.regroup.push(roster.regroup);
    result.vanilla.push(vanilla.ms);
    result.mapping.push(mapping);
    result.rosterRows = Math.max(result.rosterRows, roster.rows);
    result.vanillaRows = vanilla.rows;
  }
  return result;
}

export async function runBench(sizes: number[], runs: number, warmup: number): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await measureSize(size, runs, warmup));
  return results;
}

(globalThis as { runBench?: typeof runBench }).runBench = runBench;
