/** The card's pure functions: list precedence, credential status, contact links, initials, input mapping. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { availabilityText } from '../../../src/components/care-peer-role-card/format.js';
import { safeLocale } from '../../../src/i18n/localize.js';
import { mapFhirInput, readScopeOverride } from '../../../src/components/care-peer-role-card/peer-input.js';
import { mapPeerModel } from '../../../src/components/care-peer-role-card/peer-model.js';
import {
  buildCardModel,
  contactItems,
  credentialStatus,
  initials,
  scopeList,
} from '../../../src/components/care-peer-role-card/peer-view.js';
import type { DataProblem } from '../../../src/model/problems.js';
import { HOSTILE_URLS } from '../../helpers/hostile.js';
import { peerPractitioner, peerResources, peerRole } from '../fhir/peer-resources.js';

const NOW = new Date('2025-06-01T12:00:00Z');

describe('care-peer-role-card logic', () => {
  it('scope precedence: property > data > defaults, list by list', () => {
    expect(scopeList(['a'], ['b'])).to.deep.equal({ items: ['a'], source: 'property' });
    expect(scopeList(undefined, ['b'])).to.deep.equal({ items: ['b'], source: 'data' });
    expect(scopeList([], ['b'])).to.deep.equal({ items: ['b'], source: 'data' });
    expect(scopeList(undefined, [])).to.deep.equal({ source: 'default' });
  });

  it('credential status: expired on the day after its end date, "expiring" within 60 days', () => {
    const credential = (end: string) => ({ name: 'CPS', period: { end } });
    expect(credentialStatus(credential('2025-05-31'), NOW)).to.equal('expired');
    expect(credentialStatus(credential('2025-06-01'), new Date('2025-06-01T23:00:00Z'))).to.equal('expiring');
    expect(credentialStatus(credential('2025-07-15'), NOW)).to.equal('expiring');
    expect(credentialStatus(credential('2026-01-01'), NOW)).to.equal('valid');
    expect(credentialStatus({ name: 'No period' }, NOW)).to.equal('valid');
  });

  it('contact links: phones and e-mails only, hostile values stay text', () => {
    // An extension is dialled after a pause, not glued onto the number.
    expect(contactItems([{ system: 'phone', value: '+1 (508) 555-0131 ext. 12' }])[0].href).to.equal('tel:+15085550131,12');
    expect(contactItems([{ system: 'phone', value: '508-555-0131' }])).to.deep.equal([
      { method: 'phone', value: '508-555-0131', href: 'tel:5085550131' },
    ]);
    expect(contactItems([{ system: 'sms', value: '508-555-0131' }])[0].href).to.equal(undefined);
    expect(contactItems([{ system: 'url', value: 'https://example.org' }])[0].href).to.equal(undefined);
    for (const value of [...HOSTILE_URLS, 'tel:javascript:1', 'call 555 now']) {
      for (const system of ['phone', 'email', 'url', 'other'] as const) {
        expect(contactItems([{ system, value }])[0].href, `${system} ${value}`).to.equal(undefined);
      }
    }
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('phone', 'email', 'fax', 'url', 'other') as fc.Arbitrary<'phone'>, (value, system) => {
        const href = contactItems([{ system, value }])[0]?.href;
        return href === undefined || /^(tel:[0-9+*#,;]+|mailto:[^\s:]+@[^\s:]+)$/.test(href);
      }),
    );
  });

  it('initials: first and last word before a comma, letters only', () => {
    expect(initials('Rosa Delgado, CPS')).to.equal('RD');
    expect(initials('Jordan Rivera')).to.equal('JR');
    expect(initials('Cher')).to.equal('C');
    expect(initials('ñandú álvarez', 'es')).to.equal('ÑÁ');
    expect(initials(undefined)).to.equal('');
    expect(initials('<img src=x onerror=alert(1)>')).to.equal('IO');
  });

  it('maps the FHIR input with the Practitioner property and resources; absent role, absent everything', () => {
    const withPerson = mapFhirInput({ practitionerRole: peerRole, practitioner: peerPractitioner, now: NOW });
    expect(withPerson.peer?.name).to.equal('Jordan Rivera');
    expect(withPerson.problems).to.deep.equal([]);
    const personOnly = mapFhirInput({ practitioner: peerPractitioner, now: NOW });
    expect(personOnly.peer?.name).to.equal('Jordan Rivera');
    expect(mapFhirInput({})).to.deep.equal({ peer: undefined, problems: [] });
    expect(mapFhirInput({ practitionerRole: peerRole, resources: peerResources, loaded: [] }).peer?.organization?.name).to.equal(
      'Harbor Peer Support Programme',
    );
  });

  it('validates the peer model: a valid one passes untouched, an invalid one is salvaged field by field', () => {
    const peer = mapFhirInput({ practitionerRole: peerRole, resources: peerResources, now: NOW }).peer!;
    expect(mapPeerModel(peer)).to.deep.equal({ peer, problems: [] });
    const { peer: salvaged, problems } = mapPeerModel({ ...peer, active: 'yes', values: ['hopeful', 'obedient'], telecom: 'x' });
    expect(salvaged).to.deep.include({ active: true, values: ['hopeful'], telecom: [] });
    expect(problems.map((p) => [p.path, p.code])).to.deep.include.members([
      ['active', 'wrong-type'],
      ['values[1]', 'unknown-code'],
      ['telecom', 'wrong-type'],
    ]);
    expect(JSON.stringify(problems)).not.to.contain('obedient'); // messages never echo values
  });

  it('reads an organisation’s scope override: strings kept, blanks dropped, others reported', () => {
    const problems: DataProblem[] = [];
    expect(readScopeOverride(['a', ' ', 3, 'b'], 'does', problems)).to.deep.equal(['a', 'b']);
    expect(readScopeOverride(undefined, 'does', problems)).to.equal(undefined);
    expect(readScopeOverride('a', 'doesNot', problems)).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.deep.equal(['does[2]', 'doesNot']);
  });

  it('shows the lived-experience statement only for a known, consented audience', () => {
    const peer = mapFhirInput({ practitionerRole: peerRole, now: NOW }).peer!;
    expect(buildCardModel(peer, { audience: 'team' }).showLivedExperience).to.equal(true);
    expect(buildCardModel(peer, { audience: 'TEAM' }).showLivedExperience).to.equal(false);
    expect(buildCardModel(peer, {}).showLivedExperience).to.equal(false);
    expect(buildCardModel(peer, {}).reference).to.equal('PractitionerRole/peer-jordan-role');
  });

  it('formats availability in the locale, and guards against malformed locales', () => {
    expect(availabilityText({ daysOfWeek: ['mon', 'tue'], start: '09:00:00', end: '17:30:00' }, 'en-GB')).to.equal('Mon, Tue 09:00–17:30');
    expect(availabilityText({ daysOfWeek: ['sat'], allDay: true }, 'en')).to.equal('Sat all day');
    expect(availabilityText({ daysOfWeek: ['fri'], start: '10:00:00' }, 'de')).to.match(/^Fr\.? 10:00$/);
    expect(availabilityText({ daysOfWeek: ['mon'], start: '9am', end: '25:00' }, 'en'), 'not times: as given').to.equal('Mon 9am–25:00');
    expect(safeLocale('es-mx')).to.equal('es-MX');
    expect(safeLocale('en_US!!')).to.equal(undefined);
    expect(safeLocale(undefined)).to.equal(undefined);
  });
});
