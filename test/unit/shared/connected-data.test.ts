// ConnectedData, the controller every element gets its data through, on a small element of its
// own: loading, a load for old arguments never shown, problems reported once per distinct set, a
// failed load reported once with Try again, focus after Try again, and data already in hand shown
// with no loading state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { NetworkError } from '../../../src/data/errors.js';
import type { CareDataErrorDetail } from '../../../src/events/data-error.js';
import type { DataProblem } from '../../../src/model/problems.js';
import { ConnectedData } from '../../../src/shared/connected-data.js';
import { emptyView } from '../../../src/shared/state-views.js';
import { deepActive } from '../../helpers/lazy-load.js';

/** A load the test settles by hand, per id. */
interface Held {
  id: string;
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

const TAG = 'connected-data-probe';

class Probe extends LitElement {
  @property() itemId?: string;
  @property({ attribute: false }) given?: unknown;
  @property({ attribute: false }) cache = new Map<string, string>();
  held: Held[] = [];
  maps = 0;

  readonly data = new ConnectedData<readonly [string], string, string>(this, {
    args: () => (this.itemId ? [this.itemId] : undefined),
    load: ([id], signal) => new Promise((resolve, reject) => this.held.push({ id, signal, resolve, reject })),
    cached: ([id]) => this.cache.get(id),
    loadSource: ([id]) => `Thing/${id}`,
    inputs: () => [this.given],
    map: (loaded, status) => {
      this.maps += 1;
      if (status === 'standalone') {
        if (typeof this.given === 'string') return { value: this.given, problems: [], source: 'given' };
        const problems: DataProblem[] =
          this.given === undefined ? [] : [{ path: 'given', code: 'wrong-type', message: 'given: expected a string' }];
        return { value: undefined, problems, source: 'given' };
      }
      return loaded === undefined ? undefined : { value: loaded, problems: [], source: `Thing/${this.itemId}` };
    },
    focusAfterRetry: () => this.renderRoot.querySelector<HTMLElement>('p'),
  });

  protected override render(): unknown {
    const waiting = this.data.renderState({ what: 'the thing', locale: 'en', empty: () => emptyView('thing', 'en') });
    return waiting ?? (this.data.value ? litHtml`<p tabindex="-1">${this.data.value}</p>` : nothing);
  }
}
customElements.define(TAG, Probe);

const text = (el: Probe) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
const settle = async (el: Probe) => {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

async function probe(setup: Partial<Pick<Probe, 'itemId' | 'given' | 'cache'>> = {}) {
  const el = document.createElement(TAG) as Probe;
  Object.assign(el, setup);
  const errors: CareDataErrorDetail[] = [];
  el.addEventListener('care-data-error', (event) => errors.push(event.detail));
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.updateComplete;
  return { el, errors };
}

describe('ConnectedData: one way for an element to get its data', () => {
  it('standalone: maps the input once per change of it, and reports invalid input once per distinct set', async () => {
    const { el, errors } = await probe({ given: 42 });
    expect(el.data.status).to.equal('standalone');
    expect(text(el)).to.contain('Some of the thing could not be shown');
    expect(errors).to.deep.equal([
      { kind: 'validation', source: 'given', problems: [{ path: 'given', code: 'wrong-type', message: 'given: expected a string' }] },
    ]);
    const maps = el.maps;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.maps, 'no input changed: not mapped again').to.equal(maps);
    el.given = 43; // the same problem again: not reported again
    await el.updateComplete;
    expect(errors).to.have.length(1);
    el.given = 'shown';
    await el.updateComplete;
    expect(text(el)).to.equal('shown');
    el.given = undefined;
    await el.updateComplete;
    expect(text(el)).to.equal('There is no thing to show.');
  });

  it('connected: loading, then the loaded value; a load for arguments no longer asked for is aborted and never shown', async () => {
    const { el } = await probe({ itemId: 'a' });
    expect(el.data.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading the thing');
    el.itemId = 'b';
    await el.updateComplete;
    expect(el.held.map((held) => held.id)).to.deep.equal(['a', 'b']);
    expect(el.held[0].signal.aborted, 'the old load is aborted').to.equal(true);
    el.held[0].resolve('old A');
    await settle(el);
    expect(text(el)).not.to.contain('old A');
    el.held[1].resolve('B');
    await waitUntil(() => text(el) === 'B', 'the current load is shown');
    expect(el.data.status).to.equal('ready');
  });

  it('a failed load: an alert with the data source’s plain words, reported once; Try again moves focus to the result', async () => {
    const { el, errors } = await probe({ itemId: 'a' });
    el.held[0].reject(new NetworkError('read Thing'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the failure is shown');
    expect(text(el)).to.contain('Could not load the thing. The server could not be reached, or the connection was lost.');
    // The data source's own words stay, for support, under "Technical details", marked as English.
    expect(el.shadowRoot!.querySelector('[role="alert"] details code[lang="en"]')!.textContent).to.contain(
      'Could not read Thing: the FHIR server could not be reached',
    );
    expect(errors).to.deep.equal([
      {
        kind: 'load',
        source: 'Thing/a',
        problems: [
          {
            path: '',
            code: 'unresolved-reference',
            message: 'Could not read Thing: the FHIR server could not be reached or the connection was lost.',
          },
        ],
      },
    ]);
    el.requestUpdate();
    await el.updateComplete;
    expect(errors, 'reported once, not per render').to.have.length(1);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await el.updateComplete;
    expect(el.held).to.have.length(2);
    el.held[1].reject(new Error('offline: anything may be in here'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the second failure is shown');
    await settle(el);
    expect(text(el), 'a non-data-source error shows no message of its own').not.to.contain('anything may be in here');
    expect(errors).to.have.length(2);
    expect(deepActive(), 'focus stays on Try again').to.equal(el.shadowRoot!.querySelector('[role="alert"] button'));

    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await el.updateComplete;
    el.held[2].resolve('A');
    await waitUntil(() => text(el) === 'A', 'the result is shown');
    await settle(el);
    expect(deepActive(), 'focus moves to the result, not to <body>').to.equal(el.shadowRoot!.querySelector('p'));
  });

  it('data already in hand is shown at once: no load, no loading state', async () => {
    const { el } = await probe({ itemId: 'a', cache: new Map([['a', 'from the cache']]) });
    expect(text(el)).to.equal('from the cache');
    expect(el.held).to.have.length(0);
  });
});
