// Server-side rendering with @lit-labs/ssr (Node's test runner; npm test's "ssr" step): each element,
// given FHIR resources as properties (standalone mode; a provider's FHIR server is only reached in
// the browser), renders its content into declarative shadow DOM, from the built package.
// Run: npm run build && node --test test/ssr/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

await import('../../dist/define.js');

const bundle = JSON.parse(readFileSync(new URL('../../demo/seed/sample-team.bundle.json', import.meta.url), 'utf8'));
const resources = bundle.entry.map((entry) => entry.resource);
const find = (type, id) => resources.find((resource) => resource.resourceType === type && resource.id === id);
/** A client's referrals: their ServiceRequests and Tasks, and the organisations they name. */
const referralsOf = (patient) =>
  resources.filter(
    (resource) =>
      resource.resourceType === 'Organization' ||
      (['ServiceRequest', 'Task'].includes(resource.resourceType) && JSON.stringify(resource).includes(`"Patient/${patient}"`)),
  );

/** The rendered page, with Lit's markers and the shadow roots' styles left out: the text a reader gets. */
async function renderText(template) {
  const markup = await collectResult(render(template));
  assert.match(markup, /<template shadowroot(mode)?="open"/, 'renders a declarative shadow root');
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

test('the roster renders the team, the peer specialist marked', async () => {
  const text = await renderText(
    html`<care-team-roster .careTeam=${find('CareTeam', 'maria-care-team')} .resources=${resources}></care-team-roster>`,
  );
  assert.match(text, /Rosa Delgado/);
  assert.match(text, /Samuel Okafor/);
  assert.match(text, /Peer specialist/i);
});

test('the peer-role card renders who the peer is and what a peer does', async () => {
  const text = await renderText(
    html`<care-peer-role-card .practitionerRole=${find('PractitionerRole', 'peer-rosa-role')} .resources=${resources}></care-peer-role-card>`,
  );
  assert.match(text, /Rosa Delgado/);
  assert.match(text, /Peer specialist/i);
  assert.match(text, /Shares lived experience|lived experience/i);
});

test('the care-plan panel renders the plan and its goals', async () => {
  const text = await renderText(
    html`<care-plan-panel .carePlan=${find('CarePlan', 'maria-care-plan')} .resources=${resources}></care-plan-panel>`,
  );
  const goal = find('Goal', 'goal-work').description.text;
  assert.ok(text.includes(goal), `shows the goal "${goal}"`);
});

test('the referral button renders its button', async () => {
  const text = await renderText(
    html`<care-referral-button patient="Patient/maria-alvarez" programme="Organization/peerbridge-program"></care-referral-button>`,
  );
  assert.match(text, /Refer to peer support/i);
});

test('the referral list renders a patient’s referrals', async () => {
  const text = await renderText(html`<care-referral-list .resources=${referralsOf('devon-harris')}></care-referral-list>`);
  assert.match(text, /Discharged from an inpatient stay last week/);
  assert.match(text, /Sent to PeerBridge Peer Support Program/);
  assert.doesNotMatch(text, /Isolation since losing his job/, 'only the resources given');
});

test('the inbox renders the programme’s referrals', async () => {
  const text = await renderText(
    html`<care-referral-inbox programme="Organization/peerbridge-program" .resources=${resources}></care-referral-inbox>`,
  );
  assert.match(text, /Needs assignment \(2\)/);
  assert.match(text, /Devon Harris/);
  assert.match(text, /Luis Moreno/);
});

test('the provider renders its children', async () => {
  const text = await renderText(html`<care-team-provider><p>Inside the provider</p></care-team-provider>`);
  assert.match(text, /Inside the provider/);
});

// What the guide says: a connected element cannot load on the server (no data source there), so the
// server sends its empty state; it loads once defined in the browser.
test('an element connected through a provider renders, without a throw, its empty state', async () => {
  const text = await renderText(
    html`<care-team-provider fhir-base-url="https://ehr.example.org/fhir" patient="Patient/maria-alvarez"
      ><care-team-roster care-team-id="maria-care-team"></care-team-roster
    ></care-team-provider>`,
  );
  assert.match(text, /There is no care team to show/);
});
