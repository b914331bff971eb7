// Every element, in each of its main states, in a pseudo-locale where every catalogue text is
// wrapped as ⟦…⟧: nothing it shows or names (text, aria-label, title, placeholder, alt) is
// English from outside the catalogue. Text only the data can carry (names, notes) and what Intl
// writes (dates, numbers) are allowed; see test/helpers/pseudo-locale.ts. Against the in-memory
// FHIR server, as the integration tests are.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/care-team-provider/define.js';
import '../../../src/components/care-peer-role-card/define.js';
import '../../../src/components/care-team-roster/define.js';
import '../../../src/components/care-plan-panel/define.js';
import '../../../src/components/care-referral-button/define.js';
import '../../../src/components/care-referral-list/define.js';
import '../../../src/components/care-referral-inbox/define.js';
import { initials } from '../../../src/components/care-peer-role-card/peer-view.js';
import { en } from '../../../src/locales/en.js';
import { SHOWN_REFERRAL_STATUSES } from '../../../src/model/referral.js';
import { GROUP_BY } from '../../../src/components/care-team-roster/roster-model.js';
import { clearFaults, fhirBaseUrl, resetServer, setFaults } from '../../helpers/fhir-server.js';
import { dataStrings, PSEUDO_LOCALE, registerPseudoLocale, shownStrings, untranslated } from '../../helpers/pseudo-locale.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

interface Case {
  tag: string;
  /** Attributes with data to show. */
  attributes: Record<string, string>;
  /** Attributes (besides the provider's patient) under which there is nothing to show. */
  empty: Record<string, string>;
  /** The resource type of the element's first read. */
  reads: string;
}

const CASES: Case[] = [
  {
    tag: 'care-peer-role-card',
    attributes: { 'practitioner-role-id': 'peer-rosa-role' },
    empty: {},
    reads: 'PractitionerRole',
  },
  { tag: 'care-team-roster', attributes: { 'care-team-id': 'maria-care-team' }, empty: {}, reads: 'CareTeam' },
  { tag: 'care-plan-panel', attributes: {}, empty: {}, reads: 'CarePlan' },
  { tag: 'care-referral-button', attributes: { 'referral-id': 'referral-peer-2026-09-task' }, empty: {}, reads: 'Task' },
  { tag: 'care-referral-list', attributes: {}, empty: {}, reads: 'Task' },
  {
    tag: 'care-referral-inbox',
    attributes: { programme: 'Organization/peerbridge-program', 'acting-role': 'supervisor' },
    empty: { programme: 'Organization/riverside-cmhc', 'acting-role': 'supervisor' },
    reads: 'Task',
  },
];

const NOW = new Date('2026-11-24T12:00:00Z');
let data = new Set<string>();
let seed: { entry: { resource: Record<string, unknown> }[] } = { entry: [] };

async function connect(tag: string, attributes: Record<string, string>, patient = 'Patient/maria-alvarez'): Promise<Lit> {
  const provider = await fixture(html`<care-team-provider
    fhir-base-url=${fhirBaseUrl()}
    patient=${patient}
    user="PractitionerRole/peer-supervisor-role"
    locale=${PSEUDO_LOCALE}
    request-timeout="1000"
  ></care-team-provider>`);
  const el = document.createElement(tag) as Lit & { now?: Date };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = NOW;
  provider.append(el);
  await el.updateComplete;
  return el;
}

const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A visible loading notice (the referral button's closed dialog holds one for its form). */
const isLoading = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.loading') ?? [])].some((node) => node.checkVisibility());

async function settled(el: Lit): Promise<void> {
  await waitUntil(() => !isLoading(el) && shown(el) !== '', `${el.localName}: still loading`, { timeout: 8000 });
  // Nested elements (the roster's cards) and lazy parts render a task later.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await el.updateComplete;
}

function expectTranslated(el: Element, state: string): void {
  const strings = shownStrings(el.shadowRoot!);
  expect(strings.length, `${el.localName} (${state}) shows something`).to.be.above(0);
  expect(
    strings.some((text) => text.includes('⟦')),
    `${el.localName} (${state}) shows catalogue text`,
  ).to.equal(true);
  expect(untranslated(strings, data), `${el.localName} (${state}): text from outside the catalogue`).to.deep.equal([]);
}

describe('pseudo-locale: every element, every main state, all text from the catalogue', () => {
  before(async () => {
    registerPseudoLocale();
    seed = (await (await fetch('/demo/seed/sample-team.bundle.json')).json()) as { entry: { resource: Record<string, unknown> }[] };
    data = dataStrings(seed);
    // The card's avatar shows a name's initials when there is no photo: data too.
    for (const text of [...data]) data.add(initials(text));
    // Data that is word for word a catalogue text (a label another system stored) must be shown translated.
    for (const text of Object.values(en)) data.delete(text);
  });
  beforeEach(resetServer);
  afterEach(clearFaults);

  it('the check finds English that is not in the catalogue, and passes data and Intl output', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    const root = el.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>⟦Sent to {name}⟧ Rosa Delgado, CPS</p><p>2026年11月24日 12:00</p><button aria-label="Close">×</button>
      <p>⟦Status⟧: Done</p><p>active</p><details><code lang="en">Could not read Task</code></details>`;
    expect(untranslated(shownStrings(root), new Set(['Rosa Delgado, CPS', 'active']))).to.deep.equal(['Close', '⟦Status⟧: Done', 'active']);
  });

  for (const item of CASES) {
    describe(`<${item.tag}>`, () => {
      it('with data', async function () {
        this.timeout(20_000);
        const el = await connect(item.tag, item.attributes);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no load error').to.equal(null);
        expectTranslated(el, 'with data');
      });

      it('loading', async function () {
        this.timeout(20_000);
        await setFaults([{ method: 'GET', times: 50, fault: 'slow', delayMs: 3000 }]);
        const el = await connect(item.tag, item.attributes);
        await waitUntil(() => isLoading(el), `${item.tag}: no loading view`, { timeout: 5000 });
        expectTranslated(el, 'loading');
      });

      it('load error', async function () {
        this.timeout(20_000);
        await setFaults([{ method: 'GET', resourceType: item.reads, times: 20, fault: '500' }]);
        const el = await connect(item.tag, item.attributes);
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"] button'), `${item.tag}: no alert`, { timeout: 8000 });
        expectTranslated(el, 'load error');
      });

      it('nothing to show', async function () {
        this.timeout(20_000);
        const el = await connect(item.tag, item.empty, 'Patient/nobody-here');
        await settled(el);
        expectTranslated(el, 'empty');
      });
    });
  }

  it('<care-referral-button>: the form, with its validation messages', async function () {
    this.timeout(20_000);
    const el = await connect('care-referral-button', {}, 'Patient/nobody-here');
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#trigger')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="submit"]'), 'the form', { timeout: 8000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await el.updateComplete;
    expect(shown(el)).to.contain('⟦Enter the reason for the referral.⟧');
    expectTranslated(el, 'form with errors');
  });

  it('<care-referral-inbox>: the assign and decline forms', async function () {
    this.timeout(20_000);
    const el = await connect('care-referral-inbox', { programme: 'Organization/peerbridge-program', 'acting-role': 'supervisor' });
    await settled(el);
    for (const action of ['assign', 'decline']) {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-task] button[data-action="${action}"]`);
      expect(button, `a ${action} action`).to.not.equal(null);
      button!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('li[data-task] form'), `the ${action} form`, { timeout: 8000 });
      await el.updateComplete;
      expect(shown(el)).to.contain(action === 'assign' ? '⟦Assign to⟧' : '⟦Reason for declining⟧');
      expectTranslated(el, `${action} form`);
    }
  });

  it('<care-referral-inbox> standalone (the nearest lang): every view, and a consent that is no longer active', async function () {
    this.timeout(20_000);
    const resources = seed.entry.map(({ resource }) =>
      resource['resourceType'] === 'Consent' ? { ...resource, status: 'inactive' } : resource,
    );
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO_LOCALE}>
      <care-referral-inbox
        programme="Organization/peerbridge-program"
        acting-role="supervisor"
        user="PractitionerRole/peer-supervisor-role"
        .resources=${resources}
      ></care-referral-inbox>
    </div>`);
    const el = wrapper.querySelector<Lit>('care-referral-inbox')!;
    await settled(el);
    expect(shown(el)).to.contain('⟦withdrawn or expired⟧');
    const views = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-view]')];
    expect(views.length).to.be.above(2);
    for (const view of views) {
      view.click();
      await el.updateComplete;
      expectTranslated(el, `view ${view.dataset['view']}`);
    }
  });

  it('<care-referral-button> standalone: the status chip in every status it shows, and the cancel dialog', async function () {
    this.timeout(20_000);
    const task = (status: string) => ({
      resourceType: 'Task',
      id: `t-${status}`,
      status,
      intent: 'order',
      for: { reference: 'Patient/maria-alvarez' },
      lastModified: '2026-11-20T09:00:00Z',
      ...(['rejected', 'cancelled', 'on-hold', 'failed'].includes(status) ? { statusReason: { text: 'Client asked to wait' } } : {}),
      ...(status === 'requested' ? {} : { owner: { reference: 'PractitionerRole/peer-rosa-role', display: 'Rosa Delgado, CPS' } }),
    });
    data.add('Client asked to wait');
    let cancelDialogs = 0;
    for (const status of SHOWN_REFERRAL_STATUSES) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO_LOCALE}>
        <care-referral-button patient="Patient/maria-alvarez" programme="Organization/peerbridge-program" .task=${task(status)}></care-referral-button>
      </div>`);
      const el = wrapper.querySelector<Lit>('care-referral-button')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.chip'), `${status}: a chip`).to.not.equal(null);
      expectTranslated(el, `status ${status}`);
      const cancel = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-button"]');
      if (cancel) {
        cancel.click();
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('#cancel button[type="submit"]')!.click();
        await el.updateComplete;
        expect(shown(el)).to.contain('⟦Enter a reason.⟧');
        expectTranslated(el, `cancel dialog (${status})`);
        cancelDialogs++;
      }
    }
    expect(cancelDialogs, 'an open referral can be cancelled').to.be.above(0);
  });

  it('<care-peer-role-card> standalone: every role in the seed (peers and not), full and compact, now and years later', async function () {
    this.timeout(60_000);
    const resources = seed.entry.map(({ resource }) => resource);
    const roles = resources.filter((resource) => resource['resourceType'] === 'PractitionerRole');
    expect(roles.length).to.be.above(3);
    for (const role of roles)
      for (const variant of ['full', 'compact'])
        for (const now of [NOW, new Date('2031-06-01T12:00:00Z')]) {
          const wrapper = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO_LOCALE}>
            <care-peer-role-card variant=${variant} .practitionerRole=${role} .resources=${resources} .now=${now}></care-peer-role-card>
          </div>`);
          const el = wrapper.querySelector<Lit>('care-peer-role-card')!;
          await settled(el);
          expectTranslated(el, `${String(role['id'])}, ${variant}, ${now.getFullYear()}`);
        }
  });

  it('<care-team-roster> every grouping, expanded peers and a role filter; <care-plan-panel> by team member and peer support only', async function () {
    this.timeout(30_000);
    for (const groupBy of GROUP_BY) {
      const el = await connect('care-team-roster', { 'care-team-id': 'maria-care-team', 'group-by': groupBy, 'expand-peers': '' });
      await settled(el);
      expectTranslated(el, `group by ${groupBy}`);
    }
    const filtered = await connect('care-team-roster', { 'care-team-id': 'maria-care-team', 'filter-role': 'nurse' });
    await settled(filtered);
    expectTranslated(filtered, 'a filter nobody matches');
    for (const attributes of [{ view: 'member' }, { 'peer-only': '' }] as Record<string, string>[]) {
      const el = await connect('care-plan-panel', attributes);
      await settled(el);
      expectTranslated(el, Object.keys(attributes).join());
    }
  });
});
