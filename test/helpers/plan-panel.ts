/** Shared set-up of the standalone <care-plan-panel> tests (care-plan-panel*.test.ts): the seed plan, rendering, shadow-DOM queries. */
import { fixture, html } from '@open-wc/testing';
import '../../src/components/care-plan-panel/define.js';
import type { CarePlanPanel } from '../../src/components/care-plan-panel/care-plan-panel.js';
import type { CareDataErrorEvent } from '../../src/events/data-error.js';

export type El = CarePlanPanel;
export type Json = Record<string, unknown>;
export const NOW = new Date('2026-11-24T12:00:00Z');
export const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: El, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** Rendered text, blocks and list items separated (as a reader meets them), whitespace collapsed. */
export const text = (node: Element | ShadowRoot | null) =>
  ((node instanceof HTMLElement ? node.innerText : node?.textContent) ?? '').replace(/\s+/g, ' ').trim();
export const headings = (el: El, level: number) => $$(el, `[role="heading"][aria-level="${level}"]`).map(text);

export async function seed(): Promise<{ plan: Json; bundle: Json }> {
  const bundle = (await (await fetch('/demo/seed/sample-team.bundle.json')).json()) as { entry: { resource: Json }[] };
  const plan = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === 'CarePlan')!;
  return { plan, bundle };
}

export async function render(
  plan: unknown,
  extra: { resources?: unknown; goals?: unknown[] } = {},
  errors: CareDataErrorEvent[] = [],
): Promise<El> {
  const listener = (e: CareDataErrorEvent) => errors.push(e);
  document.addEventListener('care-data-error', listener);
  try {
    return await fixture<El>(
      html`<care-plan-panel .carePlan=${plan} .resources=${extra.resources} .goals=${extra.goals} .now=${NOW}></care-plan-panel>`,
    );
  } finally {
    document.removeEventListener('care-data-error', listener);
  }
}
