import { expect } from '@open-wc/testing';
import { mailtoUrl, photoUrl, readPhotoPolicy, safeUrl, telUrl } from '../../../src/shared/safe-url.js';
import { clampHeadingLevel } from '../../../src/shared/heading-level.js';
import { HOSTILE_URLS } from '../../helpers/hostile.js';

describe('safeUrl: the one URL allow-list', () => {
  it('allows https, http, mailto, tel and relative URLs', () => {
    for (const url of [
      'https://example.org/a',
      'http://example.org',
      'mailto:a@example.org',
      'tel:+15550100',
      '/fhir/Patient/1',
      'photo.png',
      '?q=1',
      '#top',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
    expect(safeUrl('HTTPS://EXAMPLE.ORG')).to.equal('HTTPS://EXAMPLE.ORG');
  });

  it('refuses script, data and other schemes in any spelling', () => {
    for (const url of [
      ...HOSTILE_URLS,
      'file:///etc/passwd',
      'ftp://x',
      'blob:https://x/1',
      'java\nscript:alert(1)',
      '\u0001javascript:1',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('refuses protocol-relative URLs, however the slashes are written', () => {
    for (const url of ['//evil.example/x', '\\\\evil.example/x', '/\\evil.example/x', '\\/evil.example/x']) {
      expect(safeUrl(url), url).to.equal(undefined);
      // Each of these would leave the page's origin if it were used as a link:
      if (!url.startsWith('\\\\')) expect(new URL(url, 'https://ehr.example.org/').origin).to.not.equal('https://ehr.example.org');
    }
  });

  it('refuses non-strings and empty input', () => {
    for (const value of [undefined, null, 42, {}, [], '', '   ']) expect(safeUrl(value)).to.equal(undefined);
  });

  it('checks each scheme for the context it is used in: a link is not an image', () => {
    const cases: [string, 'link' | 'image' | 'both' | 'neither'][] = [
      ['https://example.org/p.jpg', 'both'],
      ['/photos/p.jpg', 'both'],
      ['p.jpg', 'both'],
      ['http://example.org/p.jpg', 'link'], // an image over http is mixed content
      ['mailto:a@example.org', 'link'],
      ['tel:+15550100', 'link'],
      ['data:image/png;base64,iVBORw0KGgo=', 'neither'],
      ['blob:https://example.org/1', 'neither'],
      ['javascript:alert(1)', 'neither'],
    ];
    for (const [url, allowed] of cases) {
      expect(safeUrl(url, 'link'), `${url} as a link`).to.equal(allowed === 'link' || allowed === 'both' ? url : undefined);
      expect(safeUrl(url, 'image'), `${url} as an image`).to.equal(allowed === 'image' || allowed === 'both' ? url : undefined);
    }
    expect(safeUrl('tel:+15550100'), 'a link by default').to.equal('tel:+15550100');
  });

  it("photos: any allowed image URL, only the page's origin, or none; an unknown policy word restricts", () => {
    const elsewhere = 'https://photos.example.net/rosa.jpg';
    const here = `https://${location.host}/photos/rosa.jpg`; // the test page is http: the same host over https is another origin
    expect(photoUrl(elsewhere)).to.equal(elsewhere);
    expect(photoUrl(elsewhere, 'any')).to.equal(elsewhere);
    expect(photoUrl('mailto:a@example.org', 'any')).to.equal(undefined);
    expect(photoUrl(elsewhere, 'same-origin')).to.equal(undefined);
    expect(photoUrl(here, 'same-origin')).to.equal(undefined);
    expect(photoUrl('/photos/rosa.jpg', 'same-origin')).to.equal('/photos/rosa.jpg');
    expect(photoUrl('/photos/rosa.jpg', 'none')).to.equal(undefined);
    expect([readPhotoPolicy(undefined), readPhotoPolicy(''), readPhotoPolicy('none'), readPhotoPolicy('same_origin')]).to.deep.equal([
      undefined,
      undefined,
      'none',
      'same-origin',
    ]);
  });

  it('refuses phone numbers and addresses longer than any real one, and fails fast on a long near-miss', () => {
    expect(telUrl(`${'5'.repeat(60_000)}x`)).to.equal(undefined);
    expect(telUrl(`${'5'.repeat(64)}`)).to.equal(`tel:${'5'.repeat(64)}`);
    expect(telUrl(`${'5'.repeat(65)}`)).to.equal(undefined);
    expect(mailtoUrl(`a@${'b.'.repeat(30_000)} c`)).to.equal(undefined);
    expect(telUrl('(508) 555-0131 x7')).to.equal('tel:5085550131,7');
    expect(telUrl('() ext 5'), 'the number itself needs a digit').to.equal(undefined);
  });

  it('builds tel: and mailto: links only from plausible values', () => {
    expect(telUrl('(508) 555-0131 ext. 12')).to.equal('tel:5085550131,12');
    expect(telUrl('+1 508 555 0131')).to.equal('tel:+15085550131');
    expect(telUrl('javascript:1')).to.equal(undefined);
    expect(telUrl('call me')).to.equal(undefined);
    expect(mailtoUrl('r.delgado@peerbridge.example.org')).to.equal('mailto:r.delgado@peerbridge.example.org');
    expect(mailtoUrl('javascript:alert(1)//@x.y')).to.equal(undefined);
    expect(mailtoUrl('not an address')).to.equal(undefined);
  });
});

describe('clampHeadingLevel', () => {
  it('keeps 1..6, clamps above, and falls back for nonsense', () => {
    expect(clampHeadingLevel(3, 2)).to.equal(3);
    expect(clampHeadingLevel('4', 2)).to.equal(4);
    expect(clampHeadingLevel(9, 2)).to.equal(6);
    for (const value of [0, -1, 'abc', NaN, undefined, null]) expect(clampHeadingLevel(value, 2), String(value)).to.equal(2);
  });
});
