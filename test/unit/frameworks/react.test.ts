// care-team-elements/react in a React 19 app: the wrappers set the element's properties (FHIR
// objects, not attributes), render what the element renders, and hand its events to the event props.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CareDataErrorEvent } from '../../../src/events/data-error.js';
import type { FhirResourceJson } from '../../../src/fhir/types.js';
import type { CareMemberSelectedEvent } from '../../../src/components/care-team-roster/events.js';
import { CarePeerRoleCard, CareTeamRoster } from '../../../src/frameworks/react.js';
import { NOW, rowNames, rowOf, seed } from '../../helpers/roster.js';

let root: Root | undefined;
let container: HTMLElement;

async function render(element: ReactElement): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(element);
  await waitUntil(() => container.firstElementChild, 'React rendered nothing');
}

afterEach(() => {
  root?.unmount();
  container.remove();
});

describe('care-team-elements/react', () => {
  it('renders the roster from the FHIR objects given as props, and calls onCareMemberSelected with the event', async () => {
    const { bundle, team: seedTeam } = await seed();
    // The seed as parsed JSON (the helpers type it loosely, for the tests that break it on purpose).
    const team = seedTeam as unknown as FhirResourceJson;
    const selected: CareMemberSelectedEvent[] = [];
    await render(
      createElement(CareTeamRoster, {
        careTeam: team,
        resources: bundle as FhirResourceJson,
        now: NOW,
        onCareMemberSelected: (event) => selected.push(event),
      }),
    );
    const element = container.querySelector('care-team-roster')!;
    expect(element).to.be.instanceOf(customElements.get('care-team-roster'));
    expect(element.careTeam, 'a property, not an attribute').to.equal(team);
    expect(element.hasAttribute('careteam')).to.equal(false);
    await waitUntil(() => rowNames(element).includes('Priya Raman'), 'the roster did not render the team');
    rowOf(element, 'Priya Raman').click();
    expect(selected.map((event) => event.detail.member.name)).to.deep.equal(['Priya Raman']);
    expect(selected[0]?.detail.careTeamId).to.equal('maria-care-team');
  });

  it('hands care-data-error to onCareDataError for input the element cannot read', async () => {
    const errors: CareDataErrorEvent[] = [];
    await render(
      createElement(CarePeerRoleCard, { practitionerRole: { resourceType: 'Patient' }, onCareDataError: (event) => errors.push(event) }),
    );
    await waitUntil(() => errors.length > 0, 'no care-data-error reached the prop');
    expect(errors[0]?.detail.kind).to.equal('validation');
    expect(errors[0]?.detail.source).to.equal('practitionerRole');
  });
});
