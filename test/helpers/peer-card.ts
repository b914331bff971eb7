/** Shared set-up of the <care-peer-role-card> state tests (care-peer-role-card-states / -examples): rendering with its errors, a role with lived experience, shadow-DOM queries. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/care-peer-role-card/define.js';
import '../../src/components/care-team-provider/define.js';
import type { CarePeerRoleCard } from '../../src/components/care-peer-role-card/care-peer-role-card.js';
import type { CareDataErrorEvent } from '../../src/events/data-error.js';
import { EXT } from '../../src/fhir/extensions.js';
import { peerRole } from '../unit/fhir/peer-resources.js';

export const NOW = new Date('2025-06-01T12:00:00Z');
export const STATEMENT = 'I have lived with depression since my teens and know recovery is possible.';
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const part = (el: CarePeerRoleCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export function livedExperience(audience: string, more: object[] = []): Record<string, unknown> {
  const others = (peerRole['extension'] as { url: string }[]).filter((e) => e.url !== EXT.livedExperience);
  return {
    ...peerRole,
    extension: [
      ...others,
      {
        url: EXT.livedExperience,
        extension: [
          { url: 'statement', valueString: STATEMENT },
          { url: 'audience', valueCode: audience },
          { url: 'consent-date', valueDateTime: '2024-02-01' },
          ...more,
        ],
      },
    ],
  };
}

/** Renders and collects every care-data-error the element fires while doing so. */
export async function render(props: Record<string, unknown>, attrs: { audience?: string; variant?: string } = {}) {
  const errors: CareDataErrorEvent[] = [];
  const el = document.createElement('care-peer-role-card');
  el.addEventListener('care-data-error', (event) => errors.push(event));
  Object.assign(el, { now: NOW, ...props });
  if (attrs.audience) el.setAttribute('audience', attrs.audience);
  if (attrs.variant) el.setAttribute('variant', attrs.variant);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  // A `peer` model waits for its validator, a lazy module (care-peer-role-card-lazy.test.ts).
  if ('peer' in props)
    await waitUntil(() => !el.shadowRoot!.textContent?.includes('Loading'), 'the peer validator has loaded', { timeout: 5000 });
  return { el, errors };
}
