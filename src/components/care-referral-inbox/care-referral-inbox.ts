import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DataSource } from '../../data/data-source.js';
import { loadReferralInbox } from '../../data/load-referral-inbox.js';
import { asReference } from '../../fhir/references.js';
import { readReferralInbox, type InboxData, type InboxItem } from '../../fhir/read/referral-inbox.js';
import type { FhirResources, Resource, Task } from '../../fhir/types.js';
import { CareConnection } from '../../shared/care-connection.js';
import { ConnectedData, type Mapped } from '../../shared/connected-data.js';
import { controls } from '../../shared/styles/controls.js';
import { tokens } from '../../shared/styles/tokens.js';
import { REFERRAL_STATUSES } from '../../model/referral.js';
import { claimAnnouncement } from '../../shared/announce-once.js';
import { TaskFollower } from '../../data/task-follower.js';
import {
  assigneeOf,
  caseloads,
  isClosed,
  itemsInView,
  viewCounts,
  viewKeys,
  type InboxAction,
  type InboxFilters,
  type InboxRole,
  type ViewKey,
} from './inbox-views.js';
import { t, type InboxMessageKey } from './messages.js';
import { clientName, type ItemContext } from './item-context.js';
import { actions as forms, loadActions } from './forms-loader.js';
import type { FormValues } from './form-change.js';
import { renderInbox } from './render-inbox.js';
import { inboxStyles } from './care-referral-inbox.styles.js';
import { textAttribute } from '../../shared/text-attribute.js';

type LoadArgs = readonly [DataSource, string];
type Open = { taskId: string; action: InboxAction };

/**
 * The peer programme's side of the referral loop: incoming peer-support referrals, resolved to
 * names and words, in views (Needs assignment, Mine, one per peer for a supervisor, Closed) with
 * counts, filters by status and urgency, most urgent and longest waiting first; each peer's
 * caseload against capacity and the programme's capacity status (SDOHCC HealthcareService); and
 * role-aware actions: a supervisor assigns and reassigns (with language and consented
 * shared-experience hints, never a filter), a peer or supervisor accepts, declines with a coded
 * reason, starts, puts on hold and completes with an outcome.
 *
 * **Modes.** Connected: inside `<care-team-provider>`, with `programme` (`Organization/<id>` or
 * `HealthcareService/<id>`); the provider's `user` (or the `user` attribute) is who acts, and
 * `acting-role` says whether they act as `supervisor` or `peer` (default `peer`: the smaller set of
 * actions). Standalone: `resources`, a Bundle or an array of Tasks, ServiceRequests, Consents,
 * HealthcareService and the people they reference; changes then fire their events and are kept
 * in the element (the host persists them by handling `care-referral-change-request`).
 *
 * **Writes.** Each change fires the cancelable `care-referral-change-request` first
 * (`preventDefault()`: the host persists it), then PUTs the Task with If-Match. When someone else
 * changed it first (412), nothing is overwritten: the user is told who (the Task's
 * `task-last-changed-by` extension, which every change here records) and sees the current state.
 *
 * **Freshness.** Referrals on screen follow the provider's referral feed (subscription, else the
 * SDOHCC polling cadence); new ones come with "Check for new referrals" and when the page becomes visible.
 *
 * @summary The peer programme's referral worklist: assign, accept, decline, complete; caseload and capacity.
 * @tag care-referral-inbox
 * @fires {CareReferralChangeRequestEvent} care-referral-change-request - Before a change is written. Detail `{ change, task, previous, referral }`. Cancelable: the host persists it.
 * @fires {CareReferralChangedEvent} care-referral-changed - After a change was saved (or handed to the host). Detail `{ change, task }`.
 * @fires {CareReferralConflictEvent} care-referral-conflict - Someone else changed the referral first; nothing was written. Detail `{ change, current }`.
 * @fires {CareDataErrorEvent} care-data-error - The input could not be shown in full (`kind: 'validation'`) or could not be loaded (`kind: 'load'`).
 * @csspart inbox - The whole inbox.
 * @csspart views - The view switcher.
 * @csspart filters - Status and urgency filters.
 * @csspart caseload - Caseload and programme capacity.
 * @csspart list - The list of referrals.
 * @csspart item - One referral.
 * @csspart urgent - The "Urgent" mark.
 * @csspart status-badge - A referral's status.
 * @csspart actions - A referral's action buttons.
 * @csspart form - An action's form.
 * @csspart notice - A conflict or failed-save notice in a referral.
 * @csspart announcer - The live region that announces each change once.
 * @csspart status - Loading, error, empty and invalid-data notices.
 * @cssprop --care-referral-inbox-loading-height - Room the inbox keeps while it loads, so the page does not jump (default 40rem).
 * @cssprop --care-referral-inbox-surface - Item background.
 * @cssprop --care-referral-inbox-border-color - Borders.
 * @cssprop --care-referral-inbox-urgent - The urgent edge and mark colour.
 */
export class CareReferralInbox extends LitElement {
  static override styles = [tokens, controls, inboxStyles];

  /** Connected: the programme, `Organization/<id>` or `HealthcareService/<id>`. Standalone: limits `resources` to it. */
  @property({ reflect: true, converter: textAttribute }) programme?: string;

  /**
   * Whether the user acts as `supervisor` (assigns and reassigns, sees one view per peer, accepts
   * on a peer's behalf) or `peer` (default: accepts, declines and works their own referrals and
   * unassigned ones). Not `role`, which is the host's ARIA role.
   */
  @property({ attribute: 'acting-role', reflect: true, converter: textAttribute }) actingRole: InboxRole = 'peer';

  /** Who acts, `PractitionerRole/<id>`; defaults to the provider's `user`. */
  @property() user?: string;

  /** Standalone: a Bundle or an array of the resources to show. */
  @property({ attribute: false }) resources?: FhirResources;

  @state() private view: ViewKey = 'needs-assignment';
  @state() private filters: InboxFilters = {};
  @state() private open?: Open | undefined;
  @state() private formError?: string | undefined;
  @state() private busy?: string | undefined;
  @state() private notice?: { taskId: string; text: string } | undefined;
  @state() private announcement = '';
  /** Tasks changed here (saved, taken by the host, or read back after a conflict), laid over the input. */
  @state() private changed: readonly Task[] = [];
  /** A newer read ("Check for new referrals"), for the arguments it was made with. */
  @state() private refreshed?: { args: LoadArgs; resources: Resource[] } | undefined;

  private pendingFocus?: { taskId: string; index: number; target: 'item' | 'form' | 'button'; action?: InboxAction };
  private checking?: AbortController;
  private readonly connection = new CareConnection(this);
  private readonly data = new ConnectedData<LoadArgs, Resource[], InboxData>(this, {
    args: () => {
      const source = this.connection.dataSource;
      const programme = this.programmeRef();
      return source && programme ? [source, programme] : undefined;
    },
    load: ([source, programme], signal) => loadReferralInbox(source, programme, signal),
    loadSource: ([, programme]) => programme,
    inputs: () => [this.resources, this.programme, this.changed, this.refreshed],
    map: (loaded, status) => this.mapInputs(loaded, status),
    focusAfterRetry: () => this.renderRoot.querySelector<HTMLElement>('[part~="inbox"]'),
  });

  private programmeRef(): string | undefined {
    return asReference(['Organization', 'HealthcareService'], this.programme);
  }

  private get actingUser(): string | undefined {
    return asReference('PractitionerRole', this.user) ?? this.connection.user;
  }

  private mapInputs(loaded: Resource[] | undefined, status: string): Mapped<InboxData> | undefined {
    if (status === 'loading' || status === 'error') return undefined;
    const args = this.data.status === 'standalone' ? undefined : [this.connection.dataSource, this.programmeRef()];
    const fresh =
      this.refreshed && args && this.refreshed.args.every((value, index) => value === args[index]) ? this.refreshed.resources : undefined;
    const base = fresh ?? loaded ?? this.resources;
    const list: unknown[] = Array.isArray(base) ? base : base === undefined ? [] : [base];
    const { value, problems } = readReferralInbox([...list, ...this.changed], this.programmeRef());
    return { value, problems, source: this.programmeRef() ?? 'resources' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.addEventListener('focusin', this.preloadForms, { once: true });
    this.addEventListener('pointerover', this.preloadForms, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.checking?.abort();
    this.live.stop();
  }

  /** A newer version of a referral on screen, from the feed: shown, and a change of status said once. */
  private readonly live = new TaskFollower((task) => {
    const item = this.data.value?.items.find((one) => one.taskId === task.id);
    if (!item || !task.id || (item.task.meta?.versionId === task.meta?.versionId && item.task.status === task.status)) return;
    this.changed = [...this.changed.filter((other) => other.id !== task.id), task];
    const status = REFERRAL_STATUSES.find((known) => known === task.status);
    if (
      status &&
      status !== item.referral.status &&
      claimAnnouncement(`Task/${task.id}|${status}|${task.meta?.versionId ?? ''}|${task.meta?.lastUpdated ?? ''}|inbox`)
    )
      this.say(this.tr('nowStatus', { client: clientName(item, { t: this.tr }), status: this.tr(`status.${status}`) }));
  });

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.checkForNew();
  };

  /** Reads the programme's referrals again (connected); the list stays in place while it does. */
  async checkForNew(): Promise<void> {
    const source = this.connection.dataSource;
    const programme = this.programmeRef();
    if (!source || !programme || this.data.status !== 'ready') return;
    this.checking?.abort();
    const controller = (this.checking = new AbortController());
    try {
      const resources = await loadReferralInbox(source, programme, controller.signal);
      this.refreshed = { args: [source, programme], resources };
      this.changed = [];
      const open = this.data.value?.items.filter((item) => !isClosed(item)).length ?? 0;
      this.say(t('checked', { count: open }, this.connection.locale));
    } catch {
      // A failed check leaves what is shown; the next one (or "Try again" on a failed load) retries.
    }
  }

  /** Into the one polite live region; cleared first so the same words said twice are announced twice. */
  private say(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private readonly tr = (key: InboxMessageKey, values?: Record<string, string | number | undefined>): string =>
    t(key, values, this.connection.locale);

  private readonly rerender = (): void => this.requestUpdate();
  /** The forms are a chunk of their own, fetched when the user first reaches for the inbox. */
  private readonly preloadForms = (): void => forms.request(this.rerender, this.rerender);

  private readonly onAction = (item: InboxItem, action: InboxAction): void => {
    this.notice = undefined;
    this.formError = undefined;
    if (action === 'assign' || action === 'decline' || action === 'hold' || action === 'complete') {
      this.preloadForms();
      const same = this.open?.taskId === item.taskId && this.open.action === action;
      this.open = same ? undefined : { taskId: item.taskId, action };
      this.pendingFocus = { taskId: item.taskId, index: 0, target: same ? 'button' : 'form', action };
      return;
    }
    void this.submit(item, action, {});
  };

  private readonly onSubmit = (item: InboxItem, action: InboxAction, form: HTMLFormElement): void => {
    const values: FormValues = {};
    new FormData(form).forEach((value, key) => (values[key] = typeof value === 'string' ? value : undefined));
    void this.submit(item, action, values);
  };

  private readonly onCancel = (item: InboxItem, action: InboxAction): void => {
    this.open = undefined;
    this.formError = undefined;
    this.pendingFocus = { taskId: item.taskId, index: 0, target: 'button', action };
  };

  private async submit(item: InboxItem, action: InboxAction, values: FormValues): Promise<void> {
    const data = this.data.value;
    const actions = await loadActions();
    if (!data || this.busy) return;
    if (!actions) return this.say(this.tr('formFailed'));
    const { changeFromForm, writeReferralChange, resultWords } = actions;
    const outcome = changeFromForm(action, values, data, assigneeOf(item, data.programme));
    if ('missing' in outcome) {
      this.formError = this.tr(outcome.missing);
      this.pendingFocus = { taskId: item.taskId, index: 0, target: 'form', action };
      return this.say(this.formError);
    }
    const index = itemsInView(this.view, this.filters, { data, user: this.actingUser }).indexOf(item);
    const user = this.actingUser;
    const actorName = data.staff.find((person) => person.reference === user)?.name;
    this.busy = item.taskId;
    const result = await writeReferralChange(this, item, outcome.change, {
      dataSource: this.connection.dataSource,
      actor: user ? { reference: user, ...(actorName ? { display: actorName } : {}) } : undefined,
    });
    this.busy = undefined;
    this.pendingFocus = { taskId: item.taskId, index: Math.max(index, 0), target: 'item' };
    const words = resultWords(result, action, item, data, this.tr, actorName, this.connection.locale);
    const task = words.task;
    if (task) {
      this.open = undefined;
      this.changed = [...this.changed.filter((other) => other.id !== task.id), task];
    }
    this.notice = words.notice ? { taskId: item.taskId, text: words.text } : undefined;
    this.say(words.text);
  }

  private readonly onView = (view: ViewKey): void => {
    this.view = view;
    this.open = undefined;
  };

  private readonly onFilter = (filters: InboxFilters): void => {
    this.filters = filters;
  };

  protected override updated(): void {
    const open = this.data.value?.items.filter((item) => !isClosed(item)) ?? [];
    this.live.follow(
      this.connection.referralFeed,
      open.map((item) => ({ taskId: item.taskId, patient: item.client.reference, urgent: item.referral.urgency === 'urgent' })),
    );
    const focus = this.pendingFocus;
    if (!focus || this.busy) return;
    this.pendingFocus = undefined;
    const root = this.renderRoot;
    const items = [...root.querySelectorAll<HTMLElement>('li[data-task]')];
    const item = items.find((li) => li.dataset.task === focus.taskId);
    let target: HTMLElement | null | undefined;
    if (item && focus.target === 'form' && !item.querySelector('form') && !forms.failed) {
      this.pendingFocus = focus; // the form's chunk is still on its way
      return;
    }
    if (item && focus.target === 'form')
      target =
        item.querySelector<HTMLElement>('form [type="radio"]:checked') ??
        item.querySelector<HTMLElement>('form input, form select, form textarea');
    else if (item && focus.target === 'button') target = item.querySelector<HTMLElement>(`button[data-action="${focus.action ?? ''}"]`);
    else if (item) target = item.querySelector<HTMLElement>('article');
    else
      target =
        items[Math.min(focus.index, items.length - 1)]?.querySelector<HTMLElement>('article') ??
        root.querySelector<HTMLElement>('#list-heading');
    target?.focus();
  }

  protected override render(): TemplateResult | TemplateResult[] {
    const locale = this.connection.locale;
    const waiting = this.data.renderState({
      what: this.tr('what'),
      locale,
      empty: () => html`<p class="notice" part="status" role="status">${this.tr('emptyNeeds')}</p>`,
    });
    const data = this.data.value;
    const live = html`<div class="visually-hidden" part="announcer" role="status" aria-live="polite">${this.announcement}</div>`;
    if (waiting || !data) return waiting ? [waiting as TemplateResult, live] : live;
    const user = this.actingUser;
    const keys = viewKeys(data, this.actingRole);
    const view = keys.includes(this.view) ? this.view : 'needs-assignment';
    const ctx: ItemContext = {
      t: this.tr,
      locale,
      data,
      role: this.actingRole,
      user,
      open: this.open,
      notice: this.notice,
      busy: this.busy,
      formError: this.formError,
      caseloads: caseloads(data),
      onAction: this.onAction,
      onSubmit: this.onSubmit,
      onCancel: this.onCancel,
      renderForm: forms.module?.renderForm,
      formFailed: forms.failed,
    };
    return renderInbox({
      ctx,
      view,
      keys,
      counts: viewCounts(keys, { data, user }),
      filters: this.filters,
      items: itemsInView(view, this.filters, { data, user }),
      problems: this.data.problems,
      live,
      canCheck: this.data.status === 'ready',
      onView: this.onView,
      onFilter: this.onFilter,
      onCheck: () => void this.checkForNew(),
      actingKnown: !!user,
    });
  }
}
