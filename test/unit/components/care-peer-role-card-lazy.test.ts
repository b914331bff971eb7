// <care-peer-role-card>'s `peer` model validator is a lazy module (peer-model-loader.ts): pages that
// give the card FHIR never load it (nor zod); a card given a `peer` says it is loading, then shows
// the peer; a failed load is an alert with Try again and a `care-data-error` of kind `load`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/care-peer-role-card/define.js';
import type { CarePeerRoleCard } from '../../../src/components/care-peer-role-card/care-peer-role-card.js';
import { replacePeerModelLoader } from '../../../src/components/care-peer-role-card/peer-model-loader.js';
import type { CareDataErrorDetail } from '../../../src/events/data-error.js';
import { readPeerRole } from '../../../src/fhir/read/practitioner-role.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { peerResources, peerRole } from '../fhir/peer-resources.js';
import { deepActive, heldLoad, swappedLoaders } from '../../helpers/lazy-load.js';

const NOW = new Date('2025-06-01T00:00:00Z');
// The first real import of the validator fetches zod's modules one by one from the test server.
const IMPORT = { timeout: 5000 };
const realLoad = () => import('../../../src/components/care-peer-role-card/peer-model.js');
const peer = readPeerRole(peerRole, { resources: peerResources, now: NOW }).value!;

const $ = (el: CarePeerRoleCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: CarePeerRoleCard) => el.shadowRoot!.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<care-peer-role-card> loads its `peer` validator on first need', () => {
  const swap = swappedLoaders();

  it('never loads it for FHIR input', async () => {
    let loads = 0;
    swap(replacePeerModelLoader(() => ((loads += 1), realLoad())));
    const el = await fixture<CarePeerRoleCard>(
      html`<care-peer-role-card .practitionerRole=${peerRole} .resources=${peerResources} .now=${NOW}></care-peer-role-card>`,
    );
    expect($(el, '[part~="name"]')?.textContent).to.contain('Jordan Rivera');
    expect(loads).to.equal(0);
  });

  it('says it is loading, then shows the peer; two cards load it once', async () => {
    const held = heldLoad(realLoad);
    let loads = 0;
    swap(replacePeerModelLoader(() => ((loads += 1), held.load())));
    const first = await fixture<CarePeerRoleCard>(html`<care-peer-role-card .peer=${peer} .now=${NOW}></care-peer-role-card>`);
    const second = await fixture<CarePeerRoleCard>(html`<care-peer-role-card .peer=${peer} .now=${NOW}></care-peer-role-card>`);
    const status = $(first, '[role="status"]');
    expect(status?.textContent).to.contain('Loading');
    await expectAccessibleInThemes(first);
    held.pending[0].release();
    await waitUntil(() => $(first, '[part~="name"]') && $(second, '[part~="name"]'), 'both cards show the peer', IMPORT);
    expect($(first, '[part~="name"]')!.textContent).to.contain('Jordan Rivera');
    expect(loads).to.equal(1);
  });

  it('on failure shows an alert with Try again and fires care-data-error (load); trying again shows the peer with focus on it', async () => {
    const held = heldLoad(realLoad);
    swap(replacePeerModelLoader(held.load));
    const errors: CareDataErrorDetail[] = [];
    const el = document.createElement('care-peer-role-card');
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    Object.assign(el, { peer, now: NOW });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    held.pending[0].fail();
    await waitUntil(() => $(el, '[role="alert"]'), 'the failure is announced');
    expect(text(el)).to.contain('Try again');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.deep.include({ kind: 'load', source: 'peer' });
    expect(JSON.stringify(errors[0])).not.to.contain('Jordan'); // no patient or peer data in the event
    await expectAccessibleInThemes(el);

    $(el, '[role="alert"] button')!.click();
    await waitUntil(() => held.pending.length === 2, 'a second attempt starts');
    held.pending[1].fail();
    await waitUntil(() => errors.length === 2, 'the second failure is reported too');
    expect(deepActive(), 'focus stays on Try again').to.equal($(el, '[role="alert"] button'));

    $(el, '[role="alert"] button')!.click();
    await waitUntil(() => held.pending.length === 3, 'a third attempt starts');
    held.pending[2].release();
    await waitUntil(() => $(el, '[part~="name"]'), 'the peer is shown', IMPORT);
    expect(deepActive(), 'focus moves to the card').to.equal($(el, '[part~="card"]'));
    expect(errors).to.have.length(2);
  });

  it('tries again when it is given a new `peer` after a failed load', async () => {
    const held = heldLoad(realLoad);
    swap(replacePeerModelLoader(held.load));
    const el = await fixture<CarePeerRoleCard>(html`<care-peer-role-card .peer=${peer} .now=${NOW}></care-peer-role-card>`);
    held.pending[0].fail();
    await waitUntil(() => $(el, '[role="alert"]'), 'the failure is announced');
    el.peer = { ...peer, name: 'Sam Okafor' };
    await waitUntil(() => held.pending.length === 2, 'the new peer starts a second attempt');
    expect($(el, '[role="status"]')?.textContent).to.contain('Loading');
    held.pending[1].release();
    await waitUntil(() => $(el, '[part~="name"]')?.textContent?.includes('Sam Okafor'), 'the new peer is shown', IMPORT);
  });
});
