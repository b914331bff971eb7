/**
 * <care-peer-role-card>: consent-gated lived experience, the contact event, empty / invalid states,
 * the `peer` model input, hostile data and the public HL7 / US Core examples.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/care-peer-role-card/define.js';
import '../../../src/components/care-team-provider/define.js';
import { CarePeerContactRequestedEvent } from '../../../src/components/care-peer-role-card/events.js';
import { EXT } from '../../../src/fhir/extensions.js';
import { readPeerRole } from '../../../src/fhir/read/practitioner-role.js';
import { registerMessages } from '../../../src/i18n/localize.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { peerPractitioner, peerResources, peerRole } from '../fhir/peer-resources.js';
import { NOW, STATEMENT, text, part, livedExperience, render } from '../../helpers/peer-card.js';

describe('<care-peer-role-card> lived experience', () => {
  const cases: [string, string | undefined, boolean][] = [
    ['both', 'team', true],
    ['both', 'client', true],
    ['team', 'team', true],
    ['team', 'client', false],
    ['client', 'client', true],
    ['client', 'team', false],
    ['both', undefined, false],
    ['both', 'everyone', false],
  ];
  for (const [consented, audience, shown] of cases) {
    it(`consent for "${consented}", card audience ${audience ?? '(unset)'}: ${shown ? 'shown' : 'absent from the DOM'}`, async () => {
      const { el } = await render({ practitionerRole: livedExperience(consented), resources: peerResources }, audience ? { audience } : {});
      const section = part(el, 'lived-experience');
      if (shown) {
        expect(text(section!.querySelector('blockquote'))).to.equal(STATEMENT);
        expect(text(section)).to.contain('Shared by the peer specialist, with consent, on Feb 1, 2024.');
      } else {
        expect(section).to.equal(null);
        expect(el.shadowRoot!.innerHTML).not.to.contain('depression');
      }
    });
  }

  it('is absent once consent is revoked, and when the audience attribute changes to one not consented', async () => {
    const revoked = livedExperience('both', [{ url: 'revoked', valueDateTime: '2025-01-01' }]);
    const { el } = await render({ practitionerRole: revoked }, { audience: 'team' });
    expect(part(el, 'lived-experience')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.contain('depression');
    const { el: teamOnly } = await render({ practitionerRole: livedExperience('team') }, { audience: 'team' });
    expect(part(teamOnly, 'lived-experience')).not.to.equal(null);
    teamOnly.setAttribute('audience', 'client');
    await teamOnly.updateComplete;
    expect(part(teamOnly, 'lived-experience')).to.equal(null);
  });

  it('is never shown in the compact variant', async () => {
    const { el } = await render({ practitionerRole: livedExperience('both') }, { audience: 'team', variant: 'compact' });
    expect(el.shadowRoot!.innerHTML).not.to.contain('depression');
  });
});

describe('<care-peer-role-card> contact event', () => {
  it('fires care-peer-contact-requested with method, value, link and peer reference when a contact link is clicked', async () => {
    const { el } = await render({ practitionerRole: peerRole });
    const link = part(el, 'contact')!.querySelector('a')!;
    let navigationAllowed: boolean | undefined;
    const stopNavigation = (event: Event) => {
      navigationAllowed = !event.defaultPrevented;
      event.preventDefault(); // keep the test page where it is
    };
    window.addEventListener('click', stopNavigation);
    setTimeout(() => link.click());
    const event = await oneEvent(document, 'care-peer-contact-requested');
    window.removeEventListener('click', stopNavigation);
    expect(event).to.be.instanceOf(CarePeerContactRequestedEvent);
    expect(event.detail).to.deep.equal({
      method: 'phone',
      value: '555-0142',
      href: 'tel:5550142',
      peer: 'PractitionerRole/peer-jordan-role',
    });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(navigationAllowed).to.equal(true);
  });

  it('preventDefault() stops the browser following the link, so the host can open secure messaging', async () => {
    const { el } = await render({ practitionerRole: peerRole });
    el.addEventListener('care-peer-contact-requested', (event) => event.preventDefault());
    let clickPrevented: boolean | undefined;
    const watch = (event: Event) => (clickPrevented = event.defaultPrevented);
    window.addEventListener('click', watch);
    const link = part(el, 'contact')!.querySelectorAll('a')[1];
    const fired = oneEvent<CarePeerContactRequestedEvent>(el, 'care-peer-contact-requested');
    link.click();
    const event = await fired;
    window.removeEventListener('click', watch);
    expect(event.detail.method).to.equal('email');
    expect(event.detail.href).to.equal('mailto:jordan.rivera@harbor.example.org');
    expect(clickPrevented).to.equal(true);
  });

  it('fires from the keyboard (Enter on the link) and never on a property set', async () => {
    const seen: CarePeerContactRequestedEvent[] = [];
    const { el } = await render({ practitionerRole: peerRole });
    el.addEventListener('care-peer-contact-requested', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    el.practitionerRole = { ...peerRole, telecom: [{ system: 'phone', value: '555-0199' }] };
    el.variant = 'full';
    await el.updateComplete;
    expect(seen).to.have.length(0);
    part(el, 'contact')!.querySelector('a')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(seen.map((e) => e.detail.value)).to.deep.equal(['555-0199']);
  });
});

describe('<care-peer-role-card> states', () => {
  it('empty: says there is no peer to show (never blank), without care-data-error', async () => {
    const { el, errors } = await render({});
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('There is no peer specialist to show.');
    expect(errors).to.have.length(0);
    await expectAccessibleInThemes(el);
  });

  it('invalid: a resource that is not a PractitionerRole shows an accessible notice and fires care-data-error', async () => {
    const { el, errors } = await render({ practitionerRole: { resourceType: 'Practitioner', name: [{ text: 'X' }] } });
    expect(text(part(el, 'status'))).to.contain('Some of the peer specialist’s details could not be shown.');
    expect(part(el, 'card')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ kind: 'validation', source: 'practitionerRole' });
    expect(errors[0].detail.problems.map((p) => p.code)).to.deep.equal(['wrong-resource-type']);
    await expectAccessibleInThemes(el);
  });

  it('partly invalid: renders what is valid, names the problems, fires care-data-error once', async () => {
    const bad = {
      ...peerRole,
      extension: [
        { url: EXT.competency, valueCoding: { code: '13' } },
        { url: EXT.competency, valueCoding: { code: '2' } },
      ],
    };
    const { el, errors } = await render({ practitionerRole: bad });
    expect(text(part(el, 'name'))).to.equal('Jordan R.');
    expect(text(part(el, 'competencies')))
      .to.contain('2 Provides support')
      .and.not.contain('13');
    const notice = part(el, 'card')!.querySelector('[part~="status"]')!;
    expect(text(notice)).to.contain('1 problem in the data.').and.contain('extension[0].valueCoding.code');
    expect(errors).to.have.length(1);
    el.variant = 'compact';
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.have.length(1); // same problems, no new event
    expect(text(el.shadowRoot!.querySelector('.flag.incomplete'))).to.equal('Some details could not be shown');
    await expectAccessibleInThemes(el);
  });

  it('reports a wrong practitioner, resources or scope override and still shows the role', async () => {
    const { el, errors } = await render({ practitionerRole: peerRole, practitioner: 'Rosa', resources: 42, does: 'all of it' });
    expect(text(part(el, 'name'))).to.equal('Jordan R.');
    expect(errors[0].detail.problems.map((p) => p.path)).to.have.members(['practitioner', 'resources', 'does']);
  });

  it('uses the practitioner property even when the role’s reference does not resolve to it', async () => {
    const role = { ...peerRole, practitioner: { reference: 'https://elsewhere.example.org/fhir/Practitioner/77' } };
    const { el, errors } = await render({ practitionerRole: role, practitioner: peerPractitioner });
    expect(text(part(el, 'name'))).to.equal('Jordan Rivera (they/them)');
    expect(text(part(el, 'credential'))).to.contain('CPS-2291');
    expect(errors).to.have.length(0);
  });

  it('accepts a Bundle as resources', async () => {
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: peerResources.map((resource) => ({ resource })) };
    const { el } = await render({ practitionerRole: peerRole, resources: bundle });
    expect(text(part(el, 'name'))).to.equal('Jordan Rivera (they/them)');
    expect(text(part(el, 'role'))).to.contain('Harbor Peer Support Programme');
  });

  it('accepts the model object as `peer`, which takes precedence over the FHIR properties', async () => {
    const peer = readPeerRole(peerRole, { resources: peerResources, now: NOW }).value!;
    const { el, errors } = await render({ peer: { ...peer, name: 'Model Name' }, practitionerRole: peerRole }, { audience: 'client' });
    expect(text(part(el, 'name'))).to.equal('Model Name (they/them)');
    expect(text(part(el, 'lived-experience'))).to.contain(STATEMENT);
    expect(errors).to.have.length(0);
  });

  it('salvages a partly invalid `peer` object and reports each bad field by path', async () => {
    const peer = readPeerRole(peerRole, { resources: peerResources, now: NOW }).value!;
    const broken = {
      ...peer,
      name: 42,
      roleLabel: undefined,
      competencies: [3, 99],
      credentials: [peer.credentials[0], { issuer: 'no name' }],
    };
    const { el, errors } = await render({ peer: broken });
    expect(text(part(el, 'name'))).to.equal('Name not recorded (they/them)');
    expect(text(part(el, 'badge'))).to.equal('★Peer specialist');
    expect(text(part(el, 'competencies')))
      .to.contain('3 Shares lived experiences')
      .and.not.contain('99');
    expect(el.shadowRoot!.querySelectorAll('[part~="credential"] li')).to.have.length(1);
    expect(errors[0].detail.source).to.equal('peer');
    expect(errors[0].detail.problems.map((p) => p.path)).to.include.members([
      'name',
      'roleLabel',
      'competencies[1]',
      'credentials[1].name',
    ]);
    const { el: notObject, errors: notObjectErrors } = await render({ peer: 'Rosa' });
    expect(text(part(notObject, 'status'))).to.contain('could not be shown');
    expect(notObjectErrors[0].detail.problems[0].code).to.equal('not-an-object');
  });

  it('an availability time it cannot read ("9am") is a reported problem, never a throw or a blank card', async () => {
    const peer = readPeerRole(peerRole, { resources: peerResources, now: NOW }).value!;
    const availability = [
      { daysOfWeek: ['mon'], start: '9am', end: '17:00:00' },
      { daysOfWeek: ['tue'], start: '10:00:00', end: '14:00:00' },
    ];
    const { el, errors } = await render({ peer: { ...peer, availability } });
    expect(text(part(el, 'name'))).to.contain('Jordan Rivera');
    expect(text(part(el, 'availability')))
      .to.contain('Tue')
      .and.not.contain('Mon');
    expect(errors).to.have.length(1);
    expect(errors[0].detail.problems.map((p) => p.path)).to.include('availability[0].start');
  });

  it('localises through registerMessages and the provider’s locale, and survives a malformed page language', async () => {
    registerMessages('es', { 'peer-card.credentials': 'Credencial', 'peer-card.about': 'Sobre el apoyo entre pares' });
    const provider = await fixture(
      html`<care-team-provider locale="es"><care-peer-role-card .practitionerRole=${peerRole} .now=${NOW}></care-peer-role-card></care-team-provider>`,
    );
    const el = provider.querySelector('care-peer-role-card')!;
    await el.updateComplete;
    expect(text(part(el, 'credential')!.querySelector('[role="heading"]'))).to.equal('Credencial');
    expect(text(part(el, 'about')!.querySelector('summary'))).to.equal('Sobre el apoyo entre pares');
    expect(text(el.shadowRoot!.querySelector('.state'))).to.equal('Active since 10 ene 2022');
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'en_US!!';
    try {
      const { el: odd } = await render({ practitionerRole: peerRole, resources: peerResources });
      expect(text(part(odd, 'name'))).to.equal('Jordan Rivera (they/them)');
      expect(text(odd.shadowRoot!.querySelector('.state'))).to.contain('2022');
    } finally {
      document.documentElement.lang = lang;
    }
  });
});
