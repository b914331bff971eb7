import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { saveCancellation } from '../../data/cancel-referral.js';
import { TaskFollower } from '../../data/task-follower.js';
import type { DataSource } from '../../data/data-source.js';
import { loadPatientReferrals, peerSupportReferrals, type TaskWithRequest } from '../../data/load-patient-referrals.js';
import { resourcesOf } from '../../fhir/json.js';
import { asReference } from '../../fhir/references.js';
import type { FhirResources, Task } from '../../fhir/types.js';
import { withTaskStatus } from '../../fhir/write/task-status.js';
import type { DataProblem } from '../../model/problems.js';
import { mayActorSetStatus } from '../../model/referral.js';
import { claimAnnouncement } from '../../shared/announce-once.js';
import { CareConnection } from '../../shared/care-connection.js';
import { ConnectedData, type Mapped } from '../../shared/connected-data.js';
import { clampHeadingLevel } from '../../shared/heading-level.js';
import { referralStatusText } from '../../shared/referral-status.js';
import { invalidDataView } from '../../shared/state-views.js';
import { controls } from '../../shared/styles/controls.js';
import { tokens } from '../../shared/styles/tokens.js';
import { CareReferralCancelRequestEvent, CareReferralStatusChangedEvent } from '../care-referral-button/events.js';
import { describeFailure, type Failure } from '../care-referral-button/failure.js';
import { bind as bindButtonMessages } from '../care-referral-button/messages.js';
import { cancelFormView } from '../care-referral-button/status-view.js';
import { styles } from './care-referral-list.styles.js';
import { bind } from './messages.js';
import { buildReferralList, type ReferralItem, type ReferralListModel } from './referral-list-model.js';
import { renderItem, type ItemContext } from './render-item.js';

const NOT_RESOURCES: DataProblem = {
  path: 'resources',
  code: 'wrong-type',
  message: 'resources: expected an array of FHIR resources or a Bundle',
};

/**
 * The client's referrals to peer support, so a clinician sees at a glance what was asked, of whom,
 * and where each stands: newest first, open ones first and closed ones folded away, each with the
 * date sent, the reason, the recipient, the status told truthfully (who has it, who declined and
 * why, the outcome) and its details. The requester can cancel an open one (with a reason). Status
 * changes arrive live through the provider's referral feed (subscription, or polling at the HL7
 * SDOH Clinical Care cadence) and are announced once per page.
 *
 * Connected: inside `<care-team-provider>`, the provider's patient (or `patient`). Standalone:
 * `resources`, the Tasks and the ServiceRequests they fulfil (an array or a Bundle).
 *
 * @summary The client's referrals to peer support, with a truthful, live status.
 * @tag care-referral-list
 * @fires {CareReferralStatusChangedEvent} care-referral-status-changed - A referral's status changed (live update or a cancellation here); detail: status, previousStatus, referral, task.
 * @fires {CareReferralCancelRequestEvent} care-referral-cancel-request - Cancelable. The requester confirmed a cancellation; detail: task (cancelled), reason. `preventDefault()`: the host saves it.
 * @fires {CareDataErrorEvent} care-data-error - The referrals could not be loaded (`load`) or had problems (`validation`).
 * @csspart list - The open referrals.
 * @csspart item - One referral.
 * @csspart status - Its status, named by one sentence.
 * @csspart state - What happened and who has it.
 * @csspart detail - Why, or how it ended.
 * @csspart details - The disclosure with the referral's details.
 * @csspart closed - The disclosure of closed referrals.
 * @csspart cancel-button - Cancel, on open referrals the user requested.
 * @csspart dialog - The cancellation dialog.
 * @cssprop --care-referral-list-loading-height - Room the list keeps while it loads, so the page does not jump (default 12rem).
 * @cssprop --care-referral-list-accent - The open referrals' edge colour.
 */
export class CareReferralList extends LitElement {
  static override styles = [tokens, controls, styles];

  /** Standalone: the Tasks and the ServiceRequests they fulfil (an array or a Bundle). */
  @property({ attribute: false }) resources?: FhirResources;
  /** Connected: the client (id or `Patient/<id>`); defaults to the provider's patient. */
  @property() patient?: string;
  /** Heading level of each referral (1–6, default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private newer: ReadonlyMap<string, Task> = new Map();
  @state() private announcement = '';
  @state() private cancelling?: ReferralItem | undefined;
  @state() private cancelProblem?: Failure | 'missing' | undefined;
  @state() private busy = false;
  @state() private stale = false;
  private readonly connection = new CareConnection(this);
  /** Every open referral on screen, followed through the provider's referral feed. */
  private readonly live = new TaskFollower(
    (task) => this.receive(task, true),
    (stale) => (this.stale = stale),
  );

  private readonly data = new ConnectedData<readonly [DataSource, string], TaskWithRequest[], ReferralListModel>(this, {
    args: () => {
      const source = this.connection.dataSource;
      const patient = this.patientReference;
      return this.resources === undefined && source && patient ? ([source, patient] as const) : undefined;
    },
    load: ([source, patient], signal) => loadPatientReferrals(source, patient, signal),
    loadSource: ([, patient]) => `Task?patient=${patient}`,
    inputs: () => [this.resources, this.newer],
    map: (loaded, status) => this.mapList(loaded, status === 'standalone'),
    focusAfterRetry: () => this.renderRoot.querySelector<HTMLElement>('[part~="item"] [role="heading"], .notice'),
  });

  /** Reads the client's referrals again (connected), e.g. after the host made a new one. */
  refresh(): Promise<void> {
    this.newer = new Map();
    return this.data.status === 'standalone' ? Promise.resolve() : this.data.reload();
  }

  private get patientReference(): string | undefined {
    return asReference('Patient', this.patient) ?? this.connection.patient;
  }

  private mapList(loaded: TaskWithRequest[] | undefined, standalone: boolean): Mapped<ReferralListModel> | undefined {
    const pairs = standalone ? (this.resources === undefined ? undefined : peerSupportReferrals(this.resources)) : loaded;
    if (!pairs) return undefined;
    if (standalone && !resourcesOf(this.resources)) return { value: undefined, problems: [NOT_RESOURCES], source: 'resources' };
    const model = buildReferralList(pairs, this.newer);
    const empty = model.open.length + model.closed.length === 0;
    return {
      value: empty ? undefined : model,
      problems: model.problems,
      source: standalone ? 'resources' : `Task?patient=${this.patientReference}`,
    };
  }

  protected override updated(): void {
    const open = this.data.value?.open ?? [];
    const patient = this.patientReference;
    this.live.follow(
      this.connection.referralFeed,
      open.flatMap((item) =>
        item.task.id
          ? [{ taskId: item.task.id, patient: item.referral.patient?.reference ?? patient, urgent: item.referral.urgency === 'urgent' }]
          : [],
      ),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.live.stop();
  }

  /** A newer Task: shown, and a change of status announced (once per page) and reported. */
  private receive(task: Task, fromServer: boolean): void {
    const items = [...(this.data.value?.open ?? []), ...(this.data.value?.closed ?? [])];
    const before = items.find((item) => item.task.id === task.id);
    if (!task.id || !before) return;
    this.newer = new Map(this.newer).set(task.id, task);
    const after = buildReferralList([{ task, ...(before.serviceRequest ? { serviceRequest: before.serviceRequest } : {}) }]);
    const referral = [...after.open, ...after.closed][0]?.referral;
    if (!referral || referral.status === before.referral.status) return;
    if (fromServer)
      this.dispatchEvent(
        new CareReferralStatusChangedEvent({ status: referral.status, previousStatus: before.referral.status, referral, task }),
      );
    const change = `Task/${task.id}|${referral.status}|${task.meta?.versionId ?? ''}|${task.meta?.lastUpdated ?? task.lastModified ?? ''}`;
    if (claimAnnouncement(change)) this.announcement = referralStatusText(referral, this.connection.locale).sentence;
  }

  private mayCancel(item: ReferralItem): boolean {
    const user = this.connection.user;
    const requester = item.referral.requester?.reference;
    return mayActorSetStatus('requester', 'cancelled') && (!user || !requester || user === requester);
  }

  private readonly openCancel = (item: ReferralItem): void => {
    this.cancelling = item;
    this.cancelProblem = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLDialogElement>('#cancel')?.showModal());
  };

  private readonly closeCancel = (): void => {
    if (this.busy) return;
    this.renderRoot.querySelector<HTMLDialogElement>('#cancel')?.close();
  };

  private readonly onCancelClosed = (): void => {
    const key = this.cancelling?.key;
    this.cancelling = undefined;
    // Back to the referral it was about (or its row's heading, once it is closed and folded).
    void this.updateComplete.then(() =>
      (
        this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key ?? '')}"] [part="cancel-button"]`) ??
        this.renderRoot.querySelector<HTMLElement>('[part="closed"] summary')
      )?.focus(),
    );
  };

  private readonly onCancelSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const item = this.cancelling;
    const form = event.currentTarget as HTMLFormElement;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    if (!item || this.busy) return;
    this.cancelProblem = reason ? undefined : 'missing';
    if (!reason) return (form.elements.namedItem('reason') as HTMLTextAreaElement).focus();
    const task = withTaskStatus(item.task, 'cancelled', reason).value;
    if (!task) return;
    const request = new CareReferralCancelRequestEvent({ task, reason });
    this.dispatchEvent(request);
    const source = this.connection.dataSource;
    this.busy = true;
    try {
      const outcome = request.defaultPrevented || !source ? { task, conflict: false } : await saveCancellation(source, item.task, task);
      this.receive(outcome.task, false);
      this.busy = false;
      this.closeCancel();
    } catch (error) {
      this.cancelProblem = describeFailure(error, this.connection.locale);
    } finally {
      this.busy = false;
    }
  };

  protected override render(): TemplateResult {
    const locale = this.connection.locale;
    const m = bind(locale);
    const waiting = this.data.renderState({
      what: m('what'),
      locale,
      empty: () => html`<p class="notice" part="status">${m('empty')}</p>`,
    });
    const model = this.data.value;
    return html`${waiting ?? (model ? this.renderList(model, locale) : nothing)}
      <span class="visually-hidden" role="status" aria-label=${m('updates')}>${this.announcement}</span>
      ${this.renderCancelDialog(locale)}`;
  }

  private renderList(model: ReferralListModel, locale: string): TemplateResult {
    const m = bind(locale);
    const ctx: ItemContext = {
      m,
      locale,
      level: clampHeadingLevel(this.headingLevel, 3),
      cancelLabel: bindButtonMessages(locale)('cancel'),
    };
    const open = { ...ctx, onCancel: (item: ReferralItem) => this.openCancel(item) };
    return html`${model.problems.length ? invalidDataView(m('what'), model.problems, locale) : nothing}
      ${this.stale ? html`<p class="hint">${m('stale')}</p>` : nothing}
      ${
        model.open.length
          ? html`<ul class="list" part="list">${model.open.map((item) => renderItem(item, this.mayCancel(item) ? open : ctx))}</ul>`
          : nothing
      }
      ${
        model.closed.length
          ? html`<details class="closed" part="closed">
            <summary>${m('closed', { count: model.closed.length })}</summary>
            <ul class="list">${model.closed.map((item) => renderItem(item, ctx))}</ul>
          </details>`
          : nothing
      }
      ${
        model.open.length && this.connection.referralFeed
          ? html`<button type="button" class="check" @click=${() => void this.connection.referralFeed?.checkNow().catch(() => undefined)}>${m('checkNow')}</button>`
          : nothing
      }`;
  }

  private renderCancelDialog(locale: string): TemplateResult {
    const bm = bindButtonMessages(locale);
    return html`<dialog id="cancel" part="dialog" aria-labelledby="cancel-title" @close=${this.onCancelClosed}>
      ${this.cancelling ? cancelFormView({ m: bm, busy: this.busy, problem: this.cancelProblem, onSubmit: (event) => void this.onCancelSubmit(event), onClose: this.closeCancel }) : nothing}
    </dialog>`;
  }
}
