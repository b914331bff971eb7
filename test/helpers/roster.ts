/** Shared set-up of the <care-team-roster> element tests: the seed team and shadow-DOM queries. */
import { fixture, html } from '@open-wc/testing';
import type { CareTeamRoster } from '../../src/components/care-team-roster/care-team-roster.js';

export type Json = Record<string, unknown>;
/** The seed's team as tests edit it: participants removed, ended or broken on purpose. */
export interface SeedTeam extends Json {
  participant: (Json & { member: { reference?: string }; period?: unknown })[];
}
export const NOW = new Date('2026-11-24T12:00:00Z');

export async function seed(): Promise<{ bundle: Json; team: SeedTeam }> {
  const bundle = (await (await fetch('/demo/seed/sample-team.bundle.json')).json()) as Json & { entry: { resource: Json }[] };
  const team = bundle.entry.map((entry) => entry.resource).find((resource) => resource.resourceType === 'CareTeam') as SeedTeam;
  return { bundle, team };
}

export async function roster(template: ReturnType<typeof html>): Promise<CareTeamRoster> {
  const element = await fixture<CareTeamRoster>(template);
  await element.updateComplete;
  return element;
}

export async function seedRoster(extra: Partial<CareTeamRoster> = {}): Promise<CareTeamRoster> {
  const { bundle, team } = await seed();
  const element = await roster(html`<care-team-roster .careTeam=${team} .resources=${bundle} .now=${NOW}></care-team-roster>`);
  Object.assign(element, extra);
  await element.updateComplete;
  return element;
}

export const $ = (element: CareTeamRoster, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (element: CareTeamRoster, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const rows = (element: CareTeamRoster) => $$(element, 'button.row');
export const rowNames = (element: CareTeamRoster) => $$(element, 'button.row .name').map((n) => n.textContent.trim());
export const rowOf = (element: CareTeamRoster, name: string) =>
  rows(element).find((row) => row.querySelector('.name')!.textContent.trim() === name)!;
export const headings = (element: CareTeamRoster) => $$(element, '.group-heading').map((h) => h.textContent.trim());
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Picks `value` in the toolbar's select labelled `label` and waits for the roster to render. */
export async function choose(element: CareTeamRoster, label: string, value: string): Promise<void> {
  const select = $$(element, 'label.control')
    .find((control) => control.querySelector('span')!.textContent === label)!
    .querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}
