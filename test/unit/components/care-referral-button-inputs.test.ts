// <care-referral-button> standalone, its inputs: shared-experience codes, the programme and requester,
// public and invalid Tasks, hostile text, given peers, no client, disabled, locale, and nothing typed leaking.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-team-provider/define.js';
import '../../../src/components/care-referral-button/define.js';
import type { CareReferralRequestEvent } from '../../../src/components/care-referral-button/events.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import { loadFixture } from '../../helpers/fixtures.js';
import { HOSTILE_TEXT, wasPwned } from '../../helpers/hostile.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { deepActive } from '../../helpers/lazy-load.js';
import { type El, $, text, openForm, fill, send, standalone, task } from '../../helpers/referral-button-standalone.js';

describe('<care-referral-button> standalone: inputs', () => {
  afterEach(() => registerMessages('es', {}));

  it('stores shared-experience codes, whatever language the labels are in', async () => {
    registerMessages('es', { 'referral.shared.psychiatric-hospitalisation': 'Hospitalización psiquiátrica' });
    const provider = await fixture(
      html`<care-team-provider locale="es" patient="p1"><care-referral-button programme="peerbridge-program"></care-referral-button></care-team-provider>`,
    );
    const el = provider.querySelector('care-referral-button')!;
    await el.updateComplete;
    await openForm(el);
    const box = $<HTMLInputElement>(el, 'input[name="shared"]')!;
    expect(box.parentElement!.textContent.trim()).to.equal('Hospitalización psiquiátrica');
    expect(box.value).to.equal('psychiatric-hospitalisation');
    box.checked = true;
    $<HTMLInputElement>(el, 'input[name="shared"][value="lgbtq"]')!.checked = true;
    fill(el, { reason: 'Aislado', consent: true });
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.draft.preferences?.sharedExperience).to.deep.equal(['psychiatric-hospitalisation', 'lgbtq']);
    const stored = JSON.stringify(detail.serviceRequest.extension);
    expect(stored).to.contain('"valueString":"psychiatric-hospitalisation"').and.contain('"valueString":"lgbtq"');
    expect(stored).not.to.contain('Hospitalización').and.not.to.contain('LGBTQ+ experience');
  });

  it('will not send to nobody: no programme known and no peer chosen blocks sending', async () => {
    const el = await fixture<El>(html`<care-referral-button patient="maria-alvarez"></care-referral-button>`);
    const errors: { source: string; problems: { path: string }[] }[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    let requests = 0;
    el.addEventListener('care-referral-request', () => (requests += 1));
    await openForm(el);
    fill(el, { reason: 'Isolated', consent: true });
    await send(el);
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#recipient')!;
    expect(requests).to.equal(0);
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${select.getAttribute('aria-describedby')}`)!.textContent).to.equal(
      'Choose a peer. No peer support programme is set: the page needs the programme attribute or the peers property.',
    );
    expect(deepActive()).to.equal(select);
    expect(errors.map((e) => [e.source, e.problems[0]?.path])).to.deep.equal([['programme', 'programme']]);
    await expectAccessibleInThemes(el);

    el.peers = [{ id: 'peer-rosa-role', name: 'Rosa Delgado' }];
    await el.updateComplete;
    select.value = 'PractitionerRole/peer-rosa-role';
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.consent.provision?.actor?.map((actor) => actor.reference.reference)).to.deep.equal(['PractitionerRole/peer-rosa-role']);
  });

  it('names the programme as the Consent recipient when the programme decides', async () => {
    const el = await standalone();
    await openForm(el);
    fill(el, { reason: 'Isolated', consent: true });
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.consent.provision?.actor?.map((actor) => actor.reference)).to.deep.equal([
      { reference: 'Organization/peerbridge-program', display: 'PeerBridge' },
    ]);
  });

  it('takes a HealthcareService as the programme, and a Practitioner as the requester', async () => {
    const el = await fixture<El>(
      html`<care-referral-button patient="maria-alvarez" requester="Practitioner/jordan-lee" programme="HealthcareService/peer-line" programme-name="Peer line"></care-referral-button>`,
    );
    await openForm(el);
    fill(el, { reason: 'Isolated', consent: true });
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.consent.provision?.actor?.map((actor) => actor.reference.reference)).to.deep.equal(['HealthcareService/peer-line']);
    expect(detail.serviceRequest.requester?.reference).to.equal('Practitioner/jordan-lee');
  });

  it('shows the public HL7 Task example without spurious care-data-error', async () => {
    const el = await standalone();
    const errors: unknown[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    el.task = await loadFixture('hl7-fhir-r4/task-example1.json');
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.equal('In progress with Clinical Laboratory @ Acme Hospital');
    expect($(el, '.chip time')!.getAttribute('datetime')).to.equal('2016-10-31T09:45:05+10:00');
    expect(errors).to.deep.equal([]);
    await expectAccessibleInThemes(el);
  });

  it('reports an invalid task and still offers the referral', async () => {
    const el = await standalone();
    const errors: unknown[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    el.task = { resourceType: 'Task', status: 'bogus' };
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(text(el)).to.contain('Some of the referral could not be shown');
    expect($(el, '#trigger')).not.to.equal(null);
    el.task = { resourceType: 'Task', status: 'bogus' };
    await el.updateComplete;
    expect(errors, 'same problems are reported once').to.have.length(1);
    await expectAccessibleInThemes(el);
  });

  it('keeps hostile text as text', async () => {
    const el = await standalone();
    el.peers = [{ id: 'peer-x', name: HOSTILE_TEXT }];
    el.task = task('rejected', { statusReason: { text: HOSTILE_TEXT }, owner: { display: HOSTILE_TEXT } });
    el.programmeName = HOSTILE_TEXT;
    el.programme = 'Organization/x';
    await el.updateComplete;
    await openForm(el).catch(() => undefined);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(text(el)).to.contain('<img src=x');
    expect(wasPwned()).to.equal(false);
  });

  it('lists given peers (PeerRole objects or PractitionerRoles) and reports unusable ones', async () => {
    const el = await standalone();
    const errors: { source: string }[] = [];
    el.addEventListener('care-data-error', (event) => errors.push(event.detail));
    el.peers = [
      { id: 'peer-rosa-role', name: 'Rosa Delgado' },
      {
        resourceType: 'PractitionerRole',
        id: 'peer-marcus-role',
        practitioner: { display: 'Marcus Bell' },
        code: [{ text: 'Peer specialist' }],
      },
      // A recipient without an id: refused at runtime (the type rejects it too).
      { name: 'No id' } as unknown as { id: string; name: string },
    ];
    await openForm(el);
    const options = [...el.shadowRoot!.querySelectorAll('#recipient optgroup option')].map((o) => o.textContent.trim());
    expect(options).to.deep.equal(['Rosa Delgado', 'Marcus Bell']);
    expect(errors.map((e) => e.source)).to.deep.equal(['peers']);
    $<HTMLSelectElement>(el, '#recipient')!.value = 'PractitionerRole/peer-marcus-role';
    fill(el, { reason: 'Young adult group', consent: true });
    const event = oneEvent<CareReferralRequestEvent>(el, 'care-referral-request');
    await send(el);
    const { detail } = await event;
    expect(detail.task.owner).to.deep.equal({ reference: 'PractitionerRole/peer-marcus-role', display: 'Marcus Bell' });
  });

  it('says so (and reports it) when there is no client', async () => {
    const errors: unknown[] = [];
    const el = await fixture<El>(html`<care-referral-button @care-data-error=${(e: Event) => errors.push(e)}></care-referral-button>`);
    expect($(el, '#trigger')).to.equal(null);
    expect(text(el)).to.contain('Referral unavailable: no client selected.');
    expect(errors).to.have.length(1);
    await expectAccessibleInThemes(el);
  });

  it('disables the button when disabled', async () => {
    const el = await fixture<El>(html`<care-referral-button patient="p1" disabled></care-referral-button>`);
    expect($<HTMLButtonElement>(el, '#trigger')!.disabled).to.equal(true);
    await openForm(el);
    expect($<HTMLDialogElement>(el, '#referral')!.open).to.equal(false);
  });

  it('speaks the provider locale through registered translations', async () => {
    registerMessages('es', { 'referral.open': 'Derivar a apoyo entre pares' });
    const provider = await fixture(
      html`<care-team-provider locale="es" patient="p1"><care-referral-button></care-referral-button></care-team-provider>`,
    );
    const el = provider.querySelector('care-referral-button')!;
    await el.updateComplete;
    expect($(el, '#trigger')!.textContent.trim()).to.equal('Derivar a apoyo entre pares');
  });

  it('writes nothing typed to storage or the console', async () => {
    const calls: unknown[] = [];
    const originals = {
      // Kept to be put back on Storage.prototype, never called unbound.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      setItem: Storage.prototype.setItem,
      log: console.log,
      info: console.info,
      warn: console.warn,
      error: console.error,
      debug: console.debug,
    };
    Storage.prototype.setItem = function (...args: unknown[]) {
      calls.push(args);
    };
    for (const name of ['log', 'info', 'warn', 'error', 'debug'] as const) console[name] = (...args: unknown[]) => calls.push(args);
    try {
      const el = await standalone();
      await openForm(el);
      fill(el, { reason: 'SECRET-REASON', hopes: 'SECRET-HOPES', consent: true });
      await sendKeys({ press: 'Escape' });
      await openForm(el);
      await send(el);
    } finally {
      Object.assign(console, {
        log: originals.log,
        info: originals.info,
        warn: originals.warn,
        error: originals.error,
        debug: originals.debug,
      });
      Storage.prototype.setItem = originals.setItem;
    }
    expect(calls).to.deep.equal([]);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain('SECRET');
  });
});
