/**
 * <care-peer-role-card>, standalone: what a clinician, supervisor or client sees for each bullet of
 * the issue (identity, credential, scope, competencies, supervision, availability, contact, lived
 * experience, the explainer, both variants), read from the rendered shadow DOM.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-peer-role-card/define.js';
import type { CarePeerRoleCard } from '../../../src/components/care-peer-role-card/care-peer-role-card.js';
import { EXT } from '../../../src/fhir/extensions.js';
import type { FhirResourceJson, Resource } from '../../../src/fhir/types.js';
import { DEFAULT_PEER_DOES, DEFAULT_PEER_DOES_NOT, SAMHSA_COMPETENCIES } from '../../../src/model/peer-role.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { peerPractitioner, peerResources, peerRole } from '../fhir/peer-resources.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const SEED_NOW = new Date('2026-11-24T12:00:00Z');

async function seed(): Promise<Resource[]> {
  const response = await fetch('/demo/seed/sample-team.bundle.json');
  const bundle = (await response.json()) as { entry: { resource: Resource }[] };
  return bundle.entry.map((entry) => entry.resource);
}
const byId = (resources: Resource[], id: string): Resource => resources.find((r) => r.id === id)!;

const part = (el: CarePeerRoleCard, name: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: CarePeerRoleCard, selector: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => text(node));

function roleWith(extension: unknown[], extra: Record<string, unknown> = {}): FhirResourceJson {
  return { ...peerRole, extension, ...extra };
}

async function card(props: Partial<CarePeerRoleCard> & Record<string, unknown>, attrs = ''): Promise<CarePeerRoleCard> {
  const el = await fixture<CarePeerRoleCard>(html`<care-peer-role-card></care-peer-role-card>`);
  if (attrs.includes('compact')) el.variant = 'compact';
  Object.assign(el, { now: NOW, ...props });
  await el.updateComplete;
  return el;
}

describe('<care-peer-role-card> content', () => {
  it('shows who the peer is: name with pronouns, photo with a text alternative, role badge, organisation, state', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources, audience: 'team' });
    expect(text(part(el, 'name'))).to.equal('Jordan Rivera (they/them)');
    expect(part(el, 'name')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('3');
    const img = part(el, 'avatar')!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://example.org/photos/jordan.jpg');
    expect(img.getAttribute('alt')).to.equal('Photo of Jordan Rivera');
    const badge = part(el, 'role')!.querySelector('[part~="badge"]')!;
    expect(badge.getAttribute('part')).to.contain('peer-badge');
    expect(text(badge)).to.equal('★Peer specialist');
    expect(text(part(el, 'role')))
      .to.contain('Certified Peer Specialist')
      .and.contain('Harbor Peer Support Programme');
    expect(text(el.shadowRoot!.querySelector('.state'))).to.equal('Active since Jan 10, 2022');
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('name');
    await expectAccessibleInThemes(el);
  });

  it('uses initials, hidden from screen readers, when there is no photo or it fails to load', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources });
    const img = part(el, 'avatar')!.querySelector('img')!;
    img.dispatchEvent(new Event('error'));
    await el.updateComplete;
    const avatar = part(el, 'avatar')!;
    expect(avatar.querySelector('img')).to.equal(null);
    expect(text(avatar)).to.equal('JR');
    expect(avatar.querySelector('span')!.getAttribute('aria-hidden')).to.equal('true');
    await expectAccessibleInThemes(el);
  });

  it('labels the role from NUCC 175T00000X or from the role text, and says when a role is not peer support', async () => {
    const all = await seed();
    const rosa = await card({ practitionerRole: byId(all, 'peer-rosa-role'), resources: all, now: SEED_NOW });
    expect(text(part(rosa, 'role'))).to.equal('★Peer specialist PeerBridge Peer Support Program');
    const marcus = await card({ practitionerRole: byId(all, 'peer-marcus-role'), resources: all, now: SEED_NOW });
    expect(text(part(marcus, 'role'))).to.contain('Peer specialist (young adults)');
    expect(text(part(marcus, 'name'))).to.equal('Marcus Bell (he/him)');
    const textOnly = await card({ practitionerRole: { resourceType: 'PractitionerRole', code: [{ text: 'Peer support worker' }] } });
    expect(part(textOnly, 'badge')!.getAttribute('part')).to.contain('peer-badge');
    const therapist = await card({ practitionerRole: byId(all, 'therapist-role'), resources: all, now: SEED_NOW });
    expect(part(therapist, 'badge')!.getAttribute('part')).not.to.contain('peer-badge');
    expect(text(therapist.shadowRoot!.querySelector('.note'))).to.equal('This role is not recorded as peer support.');
  });

  it('marks an ended role as ended, with its end date', async () => {
    const el = await card({
      practitionerRole: { ...peerRole, period: { start: '2022-01-10', end: '2024-12-31' } },
      resources: peerResources,
    });
    expect(text(el.shadowRoot!.querySelector('.state.ended'))).to.equal('Role ended on Dec 31, 2024');
    const inactive = await card({ practitionerRole: { ...peerRole, active: false, period: undefined } });
    expect(text(inactive.shadowRoot!.querySelector('.state.ended'))).to.equal('Role ended');
  });

  it('shows the credential: name, issuer, number, validity; an expired one is marked, one about to expire too', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources });
    expect(items(el, '[part~="credential"] li')).to.deep.equal([
      'Massachusetts Certified Peer Specialist (CPS) Issued by Massachusetts Department of Mental Health Number CPS-2291 Valid from Mar 1, 2021',
    ]);
    const expired = structuredClone(peerPractitioner) as unknown as { resourceType: 'Practitioner'; qualification: { period: object }[] };
    expired.qualification[0].period = { start: '2021-03-01', end: '2025-03-01' };
    const old = await card({ practitionerRole: peerRole, practitioner: expired, resources: peerResources });
    expect(text(old.shadowRoot!.querySelector('[part~="credential"] .flag.expired'))).to.equal('Expired');
    expect(text(part(old, 'credential'))).to.contain('Valid Mar 1, 2021 to Mar 1, 2025');
    // Same data, an earlier "now": not expired any more.
    old.now = new Date('2024-01-01T00:00:00Z');
    await old.updateComplete;
    expect(old.shadowRoot!.querySelector('.flag.expired')).to.equal(null);
    const all = await seed();
    const marcus = await card({ practitionerRole: byId(all, 'peer-marcus-role'), resources: all, now: SEED_NOW });
    expect(text(marcus.shadowRoot!.querySelector('[part~="credential"] .flag'))).to.equal('Expires soon');
    await expectAccessibleInThemes(old);
  });

  it('says when no credential is recorded', async () => {
    const el = await card({ practitionerRole: peerRole });
    expect(text(part(el, 'credential'))).to.equal('Credential No credential recorded.');
  });

  it('shows what a peer does and does not do from the role-scope extension', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources });
    expect(items(el, '.does li')).to.deep.equal([
      '✓Shares their own recovery story when it helps',
      '✓Goes with clients to first appointments',
    ]);
    expect(items(el, '.does-not li')).to.deep.equal(['✕Hold or adjust medication']);
    expect(text(part(el, 'scope'))).not.to.contain('has not described its own');
  });

  it('falls back to the SAMHSA-based defaults and says so', async () => {
    const el = await card({ practitionerRole: roleWith([]) });
    expect(items(el, '.does li')).to.deep.equal(DEFAULT_PEER_DOES.map((line) => `✓${line}`));
    expect(items(el, '.does-not li')).to.deep.equal(DEFAULT_PEER_DOES_NOT.map((line) => `✕${line}`));
    expect(text(part(el, 'scope'))).to.contain('the programme has not described its own');
  });

  it('lets the organisation override each list: property > extension > defaults', async () => {
    const el = await card({ practitionerRole: peerRole, does: ['Runs the Tuesday hearing-voices group'] });
    expect(items(el, '.does li')).to.deep.equal(['✓Runs the Tuesday hearing-voices group']);
    expect(items(el, '.does-not li')).to.deep.equal(['✕Hold or adjust medication']);
    el.doesNot = ['Drive clients'];
    await el.updateComplete;
    expect(items(el, '.does-not li')).to.deep.equal(['✕Drive clients']);
    const noExtension = await card({ practitionerRole: roleWith([]), doesNot: ['Drive clients'] });
    expect(items(noExtension, '.does li')).to.have.length(DEFAULT_PEER_DOES.length);
    expect(items(noExtension, '.does-not li')).to.deep.equal(['✕Drive clients']);
    el.does = [];
    await el.updateComplete;
    expect(items(el, '.does li')).to.have.length(2); // an empty override is "not given"
  });

  it('shows the SAMHSA competencies (1..12) and N.A.P.S. values when present, and nothing when absent', async () => {
    const all = SAMHSA_COMPETENCIES.map((c) => ({ url: EXT.competency, valueCoding: { code: String(c.code) } }));
    const el = await card({ practitionerRole: roleWith([...all, { url: EXT.peerValue, valueCoding: { code: 'hopeful' } }]) });
    expect(items(el, '[part~="competencies"] ul.plain li')).to.deep.equal(SAMHSA_COMPETENCIES.map((c) => `${c.code} ${c.label}`));
    expect(text(part(el, 'competencies')!.querySelector('p'))).to.equal('Hopeful');
    const none = await card({ practitionerRole: roleWith([]) });
    expect(part(none, 'competencies')).to.equal(null);
  });

  it('shows supervision: supervisor name and role from a resolved reference, cadence, peer experience', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources });
    expect(items(el, '[part~="supervision"] dl > div')).to.deep.equal([
      'Supervisor Dana Whitfield, Peer Support Supervisor',
      'How often Weekly, 1 hour',
      'Supervisor has peer experience Yes',
    ]);
    const byText = await card({
      practitionerRole: roleWith([
        {
          url: EXT.supervision,
          extension: [
            { url: 'supervisor-name', valueString: 'Pat Quinn' },
            { url: 'supervisor-has-peer-experience', valueBoolean: false },
          ],
        },
      ]),
    });
    expect(items(byText, '[part~="supervision"] dl > div')).to.deep.equal(['Supervisor Pat Quinn', 'Supervisor has peer experience No']);
    expect(part(await card({ practitionerRole: roleWith([]) }), 'supervision')).to.equal(null);
  });

  it('shows availability, absences, notes and languages', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources });
    expect(items(el, '[part~="availability"] li')).to.deep.equal([
      'Mon, Wed, Thu 9:00 AM–5:00 PM',
      'Sat all day',
      'Not available: Annual leave (Aug 4, 2025 – Aug 15, 2025)',
      'Evening groups on Tuesdays by arrangement',
    ]);
    expect(text(part(el, 'availability'))).to.contain('Languages English, Spanish');
  });

  it('links phone as tel: and e-mail as mailto:, and shows every other contact point as text', async () => {
    const telecom = [
      { system: 'phone', value: '(508) 555-0131', use: 'work' },
      { system: 'email', value: 'r.delgado@peerbridge.example.org' },
      { system: 'fax', value: '(508) 555-0199' },
      { system: 'url', value: 'https://peerbridge.example.org' },
      { system: 'phone', value: '555-0000', use: 'old' },
    ];
    const el = await card({ practitionerRole: { ...peerRole, telecom } });
    const links = [...part(el, 'contact')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:5085550131', 'mailto:r.delgado@peerbridge.example.org']);
    expect(items(el, '[part~="contact"] li')).to.deep.equal([
      'Phone (508) 555-0131',
      'Email r.delgado@peerbridge.example.org',
      'Fax (508) 555-0199',
      'Web https://peerbridge.example.org',
    ]);
  });

  it('has an "About peer support" disclosure that opens from the keyboard', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources });
    const details = part(el, 'about') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(text(summary)).to.equal('About peer support');
    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(text(details)).to.contain('recovery model').and.contain('sets their own goals');
    await expectAccessibleInThemes(el);
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(false);
  });

  it('reaches the contact links and the disclosure with Tab, in reading order', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'Tab' });
      reached.push(text(el.shadowRoot!.activeElement));
    }
    expect(reached).to.deep.equal(['555-0142', 'jordan.rivera@harbor.example.org', 'About peer support']);
    before.remove();
  });

  it('compact: one line with avatar, name, role badge and availability, for rosters and pickers', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources, audience: 'team' }, 'compact');
    expect(el.getAttribute('variant')).to.equal('compact');
    const root = part(el, 'card')!;
    expect(root.classList.contains('compact')).to.equal(true);
    expect(part(el, 'avatar')).not.to.equal(null);
    expect(text(part(el, 'name'))).to.equal('Jordan Rivera (they/them)');
    expect(part(el, 'name')!.getAttribute('role')).to.equal(null);
    expect(text(part(el, 'badge'))).to.equal('★Peer specialist');
    expect(text(root.querySelector('.availability'))).to.equal('Availability: Mon, Wed, Thu 9:00 AM–5:00 PM; Sat all day');
    for (const name of ['scope', 'credential', 'supervision', 'contact', 'about', 'lived-experience'])
      expect(part(el, name), name).to.equal(null);
    expect(root.getBoundingClientRect().height).to.be.below(90);
    await expectAccessibleInThemes(el);
  });

  it('compact: an ended role says so', async () => {
    const el = await card({ practitionerRole: { ...peerRole, active: false } }, 'compact');
    expect(text(el.shadowRoot!.querySelector('.flag.ended'))).to.equal('Role ended');
  });

  it('places the host’s buttons in the actions slot, in both variants', async () => {
    const el = await fixture<CarePeerRoleCard>(html`<care-peer-role-card .practitionerRole=${peerRole} .now=${NOW}>
      <button slot="actions">Refer to peer support</button>
    </care-peer-role-card>`);
    await el.updateComplete;
    const actions = part(el, 'actions')!;
    expect(actions.hidden).to.equal(false);
    const slot = actions.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Refer to peer support']);
    el.variant = 'compact';
    await el.updateComplete;
    expect(part(el, 'actions')!.querySelector('slot')!.assignedElements()).to.have.length(1);
    const empty = await card({ practitionerRole: peerRole });
    expect(part(empty, 'actions')!.hidden).to.equal(true);
  });

  it('reflows at 320 CSS px (400% zoom of a 1280 px window) without horizontal scrolling', async () => {
    const el = await card({ practitionerRole: peerRole, resources: peerResources, audience: 'team' });
    el.style.width = '320px';
    await el.updateComplete;
    const root = part(el, 'card')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.equal(320);
  });

  it('uses the heading level it is given', async () => {
    const el = await card({ practitionerRole: peerRole, headingLevel: 2 });
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('2');
    expect(part(el, 'credential')!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });
});
