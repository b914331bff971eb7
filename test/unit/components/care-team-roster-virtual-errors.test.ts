/** The virtualized <care-team-roster> raises no page errors ("ResizeObserver loop …") while it renders, resizes and scrolls. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/care-team-roster/define.js';
import type { CareTeamRoster } from '../../../src/components/care-team-roster/care-team-roster.js';
import { syntheticTeam } from '../../../bench/team-fixture.js';

const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

describe('<care-team-roster> virtualized: no page errors', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  // Before mocha's own handler, so an error is counted here even if something else swallows it.
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError, true);
  });
  afterEach(() => window.removeEventListener('error', onError, true));

  it('renders, resizes and scrolls 5,000 members and their past members without an error event', async () => {
    const data = syntheticTeam(5000);
    const element = await fixture<CareTeamRoster>(
      html`<div style="width: 40rem"><care-team-roster .careTeam=${data.careTeam} .resources=${data.resources}></care-team-roster></div>`,
    ).then((wrapper) => wrapper.querySelector('care-team-roster')!);
    await waitUntil(() => element.shadowRoot!.querySelector('button.row'), 'rows rendered');
    const scroller = element.shadowRoot!.querySelector<HTMLElement>('.lists')!;
    const wrapper = element.parentElement!;
    for (const width of ['20rem', '60rem', '30rem']) {
      wrapper.style.width = width;
      await frames(3);
    }
    for (const fraction of [0.25, 0.5, 0.9, 0.1]) {
      scroller.scrollTop = scroller.scrollHeight * fraction;
      await frames(3);
    }
    const past = element.shadowRoot!.querySelector<HTMLDetailsElement>('details.past')!;
    past.open = true;
    past.scrollIntoView();
    await frames(5);
    expect(errors).to.deep.equal([]);
  });
});
