// check-snippets runs the guides' HTML snippets as pages (scripts/lib/snippets.mjs): which blocks it
// finds, and the page each becomes.
import { expect } from '@open-wc/testing';
import { htmlSnippets, pageFor } from '../../../scripts/lib/snippets.mjs';

const GUIDE = [
  'Some prose with <care-team-roster> named inline.',
  '```html',
  '<care-team-provider fhir-base-url="https://ehr.example.org/fhir" patient="Patient/123">',
  '  <care-team-roster care-team-id="789"></care-team-roster>',
  '</care-team-provider>',
  '```',
  '```js',
  "document.createElement('care-plan-panel');",
  '```',
].join('\n');

describe('check-snippets: the guides’ HTML snippets', () => {
  it('finds each html block, where it starts and the tags it uses', () => {
    const [snippet, ...others] = htmlSnippets(GUIDE);
    expect(others).to.have.length(0);
    expect(snippet?.line).to.equal(2);
    expect(snippet?.tags).to.deep.equal(['care-team-provider', 'care-team-roster']);
  });

  it('runs a snippet against the test server and the seed, loading the bundle when the snippet does not', () => {
    const page = pageFor(htmlSnippets(GUIDE)[0].code, { fhirBaseUrl: 'http://127.0.0.1:9/fhir' });
    expect(page).to.contain('fhir-base-url="http://127.0.0.1:9/fhir" patient="Patient/maria-alvarez"');
    expect(page).to.contain('care-team-id="maria-care-team"');
    expect(page).to.contain('<script type="module" src="/vendor/care-team-elements.js"></script>');
    const withOwnScript = pageFor('<script type="module" src="/vendor/care-team-elements/elements/autoload.js"></script>', {
      fhirBaseUrl: 'x',
    });
    expect(withOwnScript).not.to.contain('src="/vendor/care-team-elements.js"');
  });
});
