/** <care-peer-role-card> with hostile data and the public HL7 / US Core examples. */
import { expect } from '@open-wc/testing';
import '../../../src/components/care-peer-role-card/define.js';
import '../../../src/components/care-team-provider/define.js';
import { EXT } from '../../../src/fhir/extensions.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { loadFixture } from '../../helpers/fixtures.js';
import { HOSTILE_TEXT, HOSTILE_URLS, allUrls, wasPwned } from '../../helpers/hostile.js';
import { peerPractitioner, peerRole } from '../fhir/peer-resources.js';
import { text, part, livedExperience, render } from '../../helpers/peer-card.js';

describe('<care-peer-role-card> hostile data', () => {
  it('keeps markup in names, pronouns, organisation, scope, supervision and statement as text', async () => {
    const practitioner = {
      ...peerPractitioner,
      name: [{ text: HOSTILE_TEXT }],
      qualification: [{ code: { text: HOSTILE_TEXT }, issuer: { display: HOSTILE_TEXT } }],
    };
    const role = livedExperience('both');
    const ext = (role['extension'] as Record<string, unknown>[]).map((e) =>
      e['url'] === EXT.livedExperience
        ? {
            ...e,
            extension: [
              { url: 'statement', valueString: HOSTILE_TEXT },
              { url: 'audience', valueCode: 'both' },
              { url: 'consent-date', valueDateTime: '2024-02-01' },
            ],
          }
        : e,
    );
    const hostileRole = { ...role, extension: ext, organization: { display: HOSTILE_TEXT }, code: [{ text: HOSTILE_TEXT }] };
    const { el } = await render({ practitionerRole: hostileRole, practitioner, does: [HOSTILE_TEXT] }, { audience: 'team' });
    expect(wasPwned()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script')).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x')).to.have.length(0);
    expect(text(part(el, 'name'))).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(text(part(el, 'role'))).to.contain('<script>');
    expect(text(part(el, 'lived-experience')!.querySelector('blockquote'))).to.equal(HOSTILE_TEXT);
    expect(text(el.shadowRoot!.querySelector('.does li'))).to.contain(HOSTILE_TEXT);
  });

  it('never turns javascript:, data: or vbscript: in telecom or photo into a link or an image source', async () => {
    const telecom = HOSTILE_URLS.flatMap((value) => [
      { system: 'phone', value },
      { system: 'email', value },
      { system: 'url', value },
    ]);
    const practitioner = { ...peerPractitioner, photo: [{ url: HOSTILE_URLS[0] }] };
    const { el } = await render({ practitionerRole: { ...peerRole, telecom }, practitioner });
    expect(allUrls(el.shadowRoot!)).to.deep.equal([]);
    expect(part(el, 'contact')!.querySelectorAll('a')).to.have.length(0);
    expect(text(part(el, 'contact'))).to.contain('javascript:window.__pwned=1');
    expect(part(el, 'avatar')!.querySelector('img')).to.equal(null);
    expect(wasPwned()).to.equal(false);
  });
});

describe('<care-peer-role-card> public examples', () => {
  it('renders the HL7 R4 PractitionerRole example (not a peer, ended) without care-data-error', async () => {
    const { el, errors } = await render(
      { practitionerRole: await loadFixture('hl7-fhir-r4/practitionerrole-example.json') },
      { audience: 'team' },
    );
    expect(errors).to.have.length(0);
    expect(text(part(el, 'name'))).to.equal('Dr Adam Careful');
    expect(text(el.shadowRoot!.querySelector('.state.ended'))).to.equal('Role ended on Mar 31, 2012');
    expect(text(el.shadowRoot!.querySelector('.note'))).to.equal('This role is not recorded as peer support.');
    expect([...part(el, 'contact')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:0355556473',
      'mailto:adam.southern@example.org',
    ]);
    await expectAccessibleInThemes(el);
  });

  it('renders the US Core PractitionerRole + Practitioner Bundle without care-data-error', async () => {
    const bundle = await loadFixture<{ entry: { resource: unknown }[] }>(
      'us-core/PractitionerRole_Practitioner_Endpoint_Bundle_Example.json',
    );
    const { el, errors } = await render({ practitionerRole: bundle.entry[0].resource, resources: bundle });
    expect(errors).to.have.length(0);
    expect(text(part(el, 'name'))).to.equal('Brenda Jennings Richard');
    expect(text(part(el, 'credential')))
      .to.contain('Medical Doctor')
      .and.contain('LARA-1011');
    await expectAccessibleInThemes(el);
  });
});
