/**
 * Before a clinician fills in a new referral: does this client already have an open (or accepted)
 * referral to peer support? The button says so beside itself, and the dialog asks for an explicit
 * choice (view the open one, or refer again anyway) before the form. Loaded through the shared
 * ConnectedData controller, with the same search as <care-referral-list>.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataSource } from '../../data/data-source.js';
import { loadPatientReferrals, type TaskWithRequest } from '../../data/load-patient-referrals.js';
import { formatDate } from '../../i18n/dates.js';
import { ConnectedData, type ConnectedDataHost } from '../../shared/connected-data.js';
import { referralStatusText } from '../../shared/referral-status.js';
import { buildReferralList, type ReferralItem } from '../care-referral-list/referral-list-model.js';
import type { Msg } from './messages.js';

export interface DuplicateGuardOptions {
  /** The data source and patient, only while the button offers a new referral (no referral shown). */
  args: () => readonly [DataSource, string] | undefined;
}

export class DuplicateGuard {
  /** The form may show: no open referral was known when the dialog opened, or the clinician chose to refer again anyway. */
  confirmed = true;
  readonly data: ConnectedData<readonly [DataSource, string], TaskWithRequest[], ReferralItem[]>;

  constructor(host: ConnectedDataHost, options: DuplicateGuardOptions) {
    this.data = new ConnectedData(host, {
      args: options.args,
      load: ([source, patient], signal) => loadPatientReferrals(source, patient, signal),
      loadSource: ([, patient]) => `Task?patient=${patient}`,
      inputs: () => [],
      map: (loaded) => (loaded ? { value: buildReferralList(loaded).open, problems: [], source: 'open referrals' } : undefined),
      focusAfterRetry: () => host.renderRoot.querySelector<HTMLElement>('#trigger'),
    });
  }

  /** The client's open referrals to peer support, newest first; none while unknown (a failed check never blocks a referral). */
  get open(): ReferralItem[] {
    return this.data.value ?? [];
  }

  /** Forget what was learnt: a referral was just made or cancelled here. */
  reload(): void {
    if (this.data.status !== 'standalone') void this.data.reload();
  }

  /** Beside the button: the open referral, so nobody refers twice without knowing. */
  notice(m: Msg, locale: string): TemplateResult | typeof nothing {
    const [item] = this.open;
    if (!item) return nothing;
    return html`<p class="hint duplicate" id="duplicate">${m('duplicate.notice', { status: describe(item, locale) })}</p>`;
  }

  /** The dialog's first step while an open referral exists: view it (the default), or refer again anyway. */
  step(
    m: Msg,
    locale: string,
    handlers: { onView: (item: ReferralItem) => void; onContinue: () => void; onClose: () => void },
  ): TemplateResult {
    const [item] = this.open;
    return html`<h2 id="title">${m('duplicate.title')}</h2>
      <p id="duplicate-text">${item ? m('duplicate.text', { status: describe(item, locale) }) : ''}</p>
      <div class="actions" part="actions">
        <button type="button" @click=${handlers.onClose}>${m('close')}</button>
        ${item ? html`<button type="button" class="primary" autofocus @click=${() => handlers.onView(item)}>${m('duplicate.view')}</button>` : nothing}
        <button type="button" @click=${handlers.onContinue}>${m('duplicate.continue')}</button>
      </div>`;
  }
}

function describe(item: ReferralItem, locale: string): string {
  const { headline } = referralStatusText(item.referral, locale);
  const date = formatDate(item.referral.authoredOn?.slice(0, 10), locale);
  return date ? `${headline} (${date})` : headline;
}
