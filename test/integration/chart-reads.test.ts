// The demo chart's elements under one provider, over HTTP to the in-memory FHIR server: the
// provider's data source reads each resource once for the page (issue #21, item 1), however many
// elements need it, and a write or a fresh read replaces the copy it reuses.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { clearServerRequests, fhirBaseUrl, resetServer, serverRequests } from '../helpers/fhir-server.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const PROGRAMME = 'Organization/peerbridge-program';

/** The chart of demo/index.html: roster, peer card, two referral buttons, plan panel, referral list. */
async function chart(): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`
    <care-team-provider fhir-base-url=${fhirBaseUrl()} patient="Patient/maria-alvarez" user="PractitionerRole/therapist-role">
      <care-team-roster care-team-id="maria-care-team" expand-peers .now=${NOW}>
        <care-referral-button slot="no-peer" care-plan-id="maria-care-plan" programme=${PROGRAMME}></care-referral-button>
      </care-team-roster>
      <care-peer-role-card practitioner-role-id="peer-rosa-role" audience="team" .now=${NOW}>
        <care-referral-button slot="actions" care-plan-id="maria-care-plan" programme=${PROGRAMME}></care-referral-button>
      </care-peer-role-card>
      <care-plan-panel care-plan-id="maria-care-plan"></care-plan-panel>
      <care-referral-list></care-referral-list>
    </care-team-provider>
  `);
}

const shows = (provider: HTMLElement, tag: string, selector: string) =>
  provider.querySelector(tag)?.shadowRoot?.querySelector(selector) ?? null;

/** Every element has its content (not a loading or error state). */
async function allLoaded(provider: HTMLElement): Promise<void> {
  await waitUntil(
    () =>
      shows(provider, 'care-team-roster', 'button.row') &&
      shows(provider, 'care-peer-role-card', '[part~="name"], .name') &&
      shows(provider, 'care-plan-panel', '[part~="activity"], .activity') &&
      provider.querySelector('care-referral-list')?.shadowRoot?.textContent?.trim() &&
      [...provider.querySelectorAll('care-referral-button')].every((button) => button.shadowRoot?.querySelector('button')),
    'every element of the chart shows its content',
    { timeout: 10_000 },
  );
}

function duplicates(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => (seen.has(path) ? true : (seen.add(path), false)));
}

describe('the chart: one read per resource for the page', () => {
  beforeEach(async () => {
    await resetServer();
    await clearServerRequests();
  });

  it('reads no resource twice while every element loads', async () => {
    const provider = await chart();
    await allLoaded(provider);
    // Reads settle after the first content: give late ones (supervisors, referral status) a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const gets = (await serverRequests({ method: 'GET' }))
      .map((request) => request.path)
      .filter((path) => path.startsWith('/fhir/') && !path.endsWith('/metadata'));
    expect(duplicates(gets), `GETs: ${gets.join(', ')}`).to.deep.equal([]);
  });
});
