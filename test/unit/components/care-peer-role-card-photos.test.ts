/**
 * <care-peer-role-card> photos: an image only from an image URL (https or relative), and only from
 * where the host allows (`photos` on the card or on the provider); initials otherwise.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/components/care-peer-role-card/define.js';
import '../../../src/components/care-team-provider/define.js';
import type { CarePeerRoleCard } from '../../../src/components/care-peer-role-card/care-peer-role-card.js';
import type { CareTeamProvider } from '../../../src/components/care-team-provider/care-team-provider.js';
import type { Resource } from '../../../src/fhir/types.js';
import { expectAccessibleInThemes } from '../../suites/accessible.js';
import { peerPractitioner, peerResources, peerRole } from '../fhir/peer-resources.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const ELSEWHERE = 'https://photos.example.net/jordan.jpg';
const HERE = '/photos/jordan.jpg';

/** The peer's resources with the Practitioner's photo at `url`. */
const withPhoto = (url: string): Resource[] =>
  peerResources.map((resource) => (resource.id === peerPractitioner.id ? { ...peerPractitioner, photo: [{ url }] } : resource));

const avatar = (el: CarePeerRoleCard) => el.shadowRoot!.querySelector<HTMLElement>('[part~="avatar"]')!;
const photoSrc = (el: CarePeerRoleCard) => avatar(el).querySelector('img')?.getAttribute('src') ?? null;

async function card(url: string, photos?: string): Promise<CarePeerRoleCard> {
  const el = await fixture<CarePeerRoleCard>(html`<care-peer-role-card photos=${ifDefined(photos)}></care-peer-role-card>`);
  Object.assign(el, { now: NOW, practitionerRole: peerRole, resources: withPhoto(url) });
  await el.updateComplete;
  return el;
}

describe('<care-peer-role-card> photos', () => {
  it('shows a photo from an https or relative URL, and initials for a link-only or unsafe one', async () => {
    expect(photoSrc(await card(ELSEWHERE))).to.equal(ELSEWHERE);
    expect(photoSrc(await card(HERE))).to.equal(HERE);
    for (const url of [
      'mailto:jordan@example.org',
      'tel:+15085550131',
      'http://example.org/jordan.jpg',
      'data:image/png;base64,iVBORw0KGgo=',
    ]) {
      const el = await card(url);
      expect(photoSrc(el), url).to.equal(null);
      expect(avatar(el).textContent.trim(), url).to.equal('JR');
    }
  });

  it('photos="same-origin" shows only a photo from the page\'s origin; photos="none" none at all', async () => {
    const sameOrigin = await card(ELSEWHERE, 'same-origin');
    expect(photoSrc(sameOrigin)).to.equal(null);
    expect(avatar(sameOrigin).textContent.trim()).to.equal('JR');
    await expectAccessibleInThemes(sameOrigin);
    expect(photoSrc(await card(HERE, 'same-origin'))).to.equal(HERE);
    expect(photoSrc(await card(HERE, 'none'))).to.equal(null);
    expect(photoSrc(await card(ELSEWHERE, 'no-such-word')), 'an unknown word restricts').to.equal(null);
  });

  it("follows the provider's photos policy unless the card sets its own, and a change of it", async () => {
    const provider = await fixture<CareTeamProvider>(html`<care-team-provider photos="same-origin">
      <care-peer-role-card></care-peer-role-card>
      <care-peer-role-card photos="any"></care-peer-role-card>
    </care-team-provider>`);
    const [inherits, own] = [...provider.querySelectorAll<CarePeerRoleCard>('care-peer-role-card')];
    for (const el of [inherits, own]) Object.assign(el, { now: NOW, practitionerRole: peerRole, resources: withPhoto(ELSEWHERE) });
    await Promise.all([inherits.updateComplete, own.updateComplete]);
    expect(photoSrc(inherits)).to.equal(null);
    expect(photoSrc(own)).to.equal(ELSEWHERE);
    provider.photos = 'any';
    await provider.updateComplete;
    await inherits.updateComplete;
    expect(photoSrc(inherits)).to.equal(ELSEWHERE);
  });
});
