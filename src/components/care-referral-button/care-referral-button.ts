import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { asReference } from '../../fhir/references.js';
import type { FhirResourceJson, PractitionerRole, Task } from '../../fhir/types.js';
import type { PeerRole } from '../../model/peer-role.js';
import { referralRecipients, type ReferralResourceSet } from '../../fhir/write/referral.js';
import type { DraftField } from '../../model/schemas/referral-draft.js';
import { isFinalReferralStatus } from '../../model/referral.js';
import { CareConnection } from '../../shared/care-connection.js';
import { reportProblems } from '../../shared/report-problems.js';
import { controls } from '../../shared/styles/controls.js';
import { tokens } from '../../shared/styles/tokens.js';
import { styles } from './care-referral-button.styles.js';
import type { Recipient } from './draft.js';
import { CareReferralCreatedEvent, CareReferralFailedEvent, CareReferralRequestEvent, CareReferralViewRequestEvent } from './events.js';
import { DuplicateGuard } from './duplicate-guard.js';
import { Recipients } from './recipients.js';
import { CancelFlow } from './cancel-flow.js';
import type { ReferralItem } from '../care-referral-list/referral-list-model.js';
import { describeFailure, type Failure } from './failure.js';
import { DEFAULT_LANGUAGES } from './languages.js';
import { bind, type Msg } from './messages.js';
import { pendingView } from './pending-view.js';
import { ReferralStatusController } from './status.js';
import { triggerView } from './status-view.js';
import { WorkflowController } from './workflow-controller.js';
import type { ReferralWorkflow } from './workflow-loader.js';
import { DiscardFlow } from './discard-flow.js';

const missing = (path: string) => [{ path, code: 'missing' as const, message: `${path}: missing` }];
const ref = (reference: string | undefined, display?: string) => (reference ? { reference, ...(display ? { display } : {}) } : undefined);

/**
 * A clinician refers the client to peer support, with the client's consent, then follows the
 * referral. The button opens a modal form (its code loads on first need, from pointer-over or focus
 * on the button; until it is there the dialog says it is loading, or that it failed, with Try
 * again); sending builds a ServiceRequest, a Task and a Consent
 * (HL7 SDOH Clinical Care pattern; the Consent names the chosen peer and the programme, so sending
 * is blocked while no programme is known and no peer is chosen) and fires `care-referral-request`.
 * Unless the host calls `preventDefault()` (it then saves them), a connected element creates them
 * with conditional creates keyed on an idempotency identifier minted when the form opened. Once
 * sent, the fields are locked: after a failure the only choices are Retry (the same resources, so
 * nothing is duplicated) or Discard (a fresh draft with a new key), which first marks whatever the
 * failed send saved `entered-in-error`, so no half-made referral stays open on the server (if that
 * fails, the draft stays and `care-referral-failed` has step `withdraw`). A live status chip then follows
 * the Task through the provider's referral feed (a FHIR subscription where the server offers one,
 * else polling at the SDOHCC cadence, with "Check for updates"), saying who has the referral, or
 * who it was sent to, and how it ended; the requester can cancel it with a reason, which also
 * revokes the ServiceRequest.
 * `referral-id` shows an existing referral by its Task id (the Task is what changes status).
 * Connected, before a new referral: when the client already has an open referral to peer support,
 * the button says so, and the dialog first asks to view it or to refer again anyway.
 * Nothing typed leaves the element: a form closed with Cancel keeps its draft until it is sent or
 * discarded ("Discard draft", the last action after Send and Cancel, asks first). The optional
 * preferences are folded into a disclosure that says how many are chosen; an error clears as soon
 * as its field is fixed; Tab and Shift+Tab wrap inside the dialog. Strings are in the `referral` namespace of `registerMessages`; the shared-experience
 * choices are `referral.shared.<code>` (codes: SHARED_EXPERIENCES; the codes are what is stored).
 *
 * @summary Refer the client to peer support (with consent) and follow the referral's status.
 * @tag care-referral-button
 * @fires {CareReferralRequestEvent} care-referral-request - Cancelable. The form was sent; detail: serviceRequest, task, consent, draft, key. `preventDefault()`: the host persists them.
 * @fires {CareReferralCreatedEvent} care-referral-created - The element created the referral; detail: the server's serviceRequest, task, consent.
 * @fires {CareReferralFailedEvent} care-referral-failed - A write failed; detail: step, kind, status, message, retryable, error.
 * @fires {CareReferralStatusChangedEvent} care-referral-status-changed - The referral's status changed (a subscription notification, a poll, or a cancellation here); detail: status, previousStatus, referral, task.
 * @fires {CareReferralViewRequestEvent} care-referral-view-request - Cancelable. The client already had an open referral and the clinician chose to view it rather than refer again; detail: task. The host shows it.
 * @fires {CareReferralCancelRequestEvent} care-referral-cancel-request - Cancelable. The requester confirmed a cancellation; detail: task (cancelled), reason. `preventDefault()`: the host saves the Task and revokes its ServiceRequest.
 * @fires {CareDataErrorEvent} care-data-error - Invalid `task`, `peers`, a loaded referral with problems, no patient, a send blocked for want of a programme (source `programme`), or the form's code could not be loaded (kind `load`, source `referral-form`).
 * @csspart button - The "Refer to peer support" button.
 * @csspart dialog - The modal dialogs (referral form, cancellation).
 * @csspart form - The forms inside the dialogs.
 * @csspart actions - The dialogs' button rows.
 * @csspart submit - The "Send referral" button ("Retry" after a failed send).
 * @csspart error - The notice shown when sending failed.
 * @csspart status - The status chip (also loading / error notices, including the form's while it loads).
 * @csspart state - The status text inside the chip.
 * @csspart cancel-button - The "Cancel referral" button.
 * @cssprop --care-referral-button-accent - The chip's accent while the referral is open (completed: success, ended otherwise: error).
 * @cssprop --care-referral-button-chip-surface - The chip's background.
 * @cssprop --care-referral-button-dialog-width - The dialogs' width (default 36rem; never wider than the viewport).
 */
export class CareReferralButton extends LitElement {
  static override styles = [tokens, controls, styles];

  /** The client: a Patient id or reference. Defaults to the provider's patient. */
  @property() patient?: string;
  /** The referring clinician's PractitionerRole id or reference. Defaults to the provider's user. */
  @property() requester?: string;
  /** The shared care plan (id or reference): becomes the ServiceRequest's `basedOn`. */
  @property({ attribute: 'care-plan-id' }) carePlanId?: string;
  /** An existing referral to show and follow: its Task id or reference (`abc`, `Task/abc`, absolute, `_history`). */
  @property({ attribute: 'referral-id' }) referralId?: string;
  /**
   * The peer programme: an Organization (id or reference) or `HealthcareService/<id>`. Connected,
   * it defaults to the team peer's organisation; with neither, the user must choose a peer.
   */
  @property() programme?: string;
  /** The programme's name. Unset and connected: the display of the programme's references in the data. */
  @property({ attribute: 'programme-name' }) programmeName?: string;
  /**
   * An explicit polling interval in seconds, overriding the HL7 SDOH Clinical Care cadence the
   * provider's referral feed follows without subscriptions (every 15 minutes while the page is
   * visible, 5 for urgent referrals, and once when it becomes visible again). With a server that
   * offers subscriptions the status arrives live and nothing polls.
   */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval?: number;
  /** Disables the button and cancellation. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /**
   * Peers to pick from: PractitionerRoles, PeerRole objects, or `{ id, name }` (the PractitionerRole's id
   * and the peer's name). Unset and connected: the team's and the programme's.
   */
  @property({ attribute: false }) peers?: readonly (PractitionerRole | FhirResourceJson | PeerRole | { id: string; name: string })[];
  /** Standalone: a FHIR Task to show the status of (e.g. the one the host saved). */
  @property({ attribute: false }) task?: Task | FhirResourceJson;
  /** BCP-47 codes offered as the preferred language. */
  @property({ attribute: false }) languages: readonly string[] = DEFAULT_LANGUAGES;

  @state() private errors: Partial<Record<DraftField, string>> = {};
  @state() private failure?: Failure | undefined;
  @state() private busy = false;
  @state() private opened = false;
  @state() private draftKept = false;
  /** The cancel form's problem: no reason given, or the update failed. */

  readonly #connection = new CareConnection(this);
  readonly #status = new ReferralStatusController(this, {
    dataSource: () => this.#connection.dataSource,
    feed: () => this.#connection.referralFeed,
    referralId: () => this.referralId || undefined,
    intervalMs: () => (this.pollInterval !== undefined && this.pollInterval > 0 ? Math.max(1, this.pollInterval) * 1000 : undefined),
    locale: () => this.#connection.locale,
  });
  readonly #workflow = new WorkflowController(this, {
    waiting: () => !!this.#dialog()?.open,
    ready: (workflow) => this.#startDraft(workflow),
    // "Try again" takes focus, so the failure is heard and acted on from the keyboard.
    failed: () => void this.updateComplete.then(() => this.#q('#form-loading button')?.focus()),
  });
  readonly #recipients = new Recipients(this, () => {
    const [source, patient, workflow] = [this.#connection.dataSource, this.#patient(), this.opened ? this.#workflow.module : undefined];
    return source && patient && workflow ? ([source, patient, this.#programmeRef(), workflow] as const) : undefined;
  });
  readonly #guard = new DuplicateGuard(this, {
    args: () => {
      const source = this.#connection.dataSource;
      const patient = this.#patient();
      return source && patient && !this.referralId && !this.#status.referral ? ([source, patient] as const) : undefined;
    },
  });
  readonly #cancel = new CancelFlow(this, {
    status: this.#status,
    locale: () => this.#connection.locale,
    busy: { get: () => this.busy, set: (busy) => void (this.busy = busy) },
    done: () => void (this.#focusChip = true),
  });
  #key?: string | undefined;
  #now?: Date | undefined;
  #pending?: ReferralResourceSet | undefined;
  readonly #discardFlow = new DiscardFlow(this, {
    locale: () => this.#connection.locale,
    busy: { get: () => this.busy, set: (busy) => void (this.busy = busy) },
    failure: { get: () => this.failure, set: (failure) => void (this.failure = failure) },
    partlySent: () => {
      const [key, dataSource, workflow] = [this.#key, this.#connection.dataSource, this.#workflow.module];
      return this.#pending && key && dataSource && workflow ? { key, dataSource, workflow } : undefined;
    },
    discarded: () => {
      this.#reset();
      this.#dialog()?.close();
    },
  });
  #focusChip = false;
  #problemKeys: Record<string, string | undefined> = {};

  #q = <T extends HTMLElement>(selector: string) => this.renderRoot.querySelector<T>(selector);
  #dialog = () => this.#q<HTMLDialogElement>('#referral');
  #form = () => this.#q<HTMLFormElement>('#referral form');

  #requester = () => asReference(['PractitionerRole', 'Practitioner'], this.requester) ?? this.#connection.user;
  #patient = () => asReference('Patient', this.patient) ?? this.#connection.patient;
  #programmeRef = () => asReference(['Organization', 'HealthcareService'], this.programme);

  #report(source: string, problems: Parameters<typeof reportProblems>[1]['problems']): void {
    this.#problemKeys[source] = reportProblems(this, { kind: 'validation', source, problems }, this.#problemKeys[source]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('peers')) {
      const result = this.peers === undefined ? undefined : referralRecipients(this.peers);
      this.#recipients.given = result?.value;
      this.#report('peers', result?.problems ?? []);
    }
    // A referral-id removed or replaced: its referral must not stay on screen (the new one loads).
    if (changed.get('referralId')) this.#status.clear();
    if (changed.has('task') && this.task !== undefined) this.#status.show({ task: this.task as Task }, { fromHost: true });
  }

  protected override updated(): void {
    this.#report('patient', this.#patient() || this.#status.referral ? [] : missing('patient'));
  }

  #programme(): Recipient | undefined {
    return this.#recipients.programme(this.#programmeRef(), this.programmeName);
  }

  /** Opens the dialog at once: the form if its code is there, else "Loading…" until it arrives (#startDraft). */
  #open = (): void => {
    const dialog = this.#dialog();
    if (this.disabled || !dialog || dialog.open) return;
    this.draftKept = false;
    // Decided once per opening, from what is known now: a check still under way never blocks a referral,
    // and an answer arriving later never swaps the form for the question while someone types.
    this.#guard.confirmed = this.#guard.open.length === 0;
    this.requestUpdate();
    dialog.showModal();
    this.#workflow.request();
    if (!this.#guard.confirmed) void this.updateComplete.then(() => this.#q('#referral .primary')?.focus());
  };

  /** Refer again anyway: the form, with focus on its first field. */
  #continueDespiteOpen = (): void => {
    this.#guard.confirmed = true;
    this.requestUpdate();
    void this.updateComplete.then(() => this.#q('#reason')?.focus());
  };

  #viewOpen = (item: ReferralItem): void => {
    this.#dialog()?.close();
    this.dispatchEvent(new CareReferralViewRequestEvent({ task: item.task }));
  };

  /** The dialog's first step while the client already has an open referral and the clinician has not chosen. */
  #askingFirst(): boolean {
    return !this.#guard.confirmed && !this.#pending;
  }

  #startDraft(workflow: ReferralWorkflow): void {
    this.#key ??= workflow.mintIdempotencyKey();
    this.opened = true;
    // A form that arrived after showModal() missed its autofocus.
    void this.updateComplete.then(() => {
      const form = this.#form();
      if (form && !form.contains(this.shadowRoot?.activeElement ?? null)) this.#q('#reason')?.focus();
    });
  }

  /** Try again: focus waits on Cancel, which stays while the retry runs. */
  #retryWorkflow = (): void => {
    this.#workflow.request();
    void this.updateComplete.then(() => this.#q('#referral .actions button')?.focus());
  };

  /** Escape while sending would hide the outcome; the request is short-lived (it times out). */
  #onEscape = (event: Event): void => void (this.busy && event.preventDefault());
  #close = (): void => void (this.busy || this.#dialog()?.close());

  #reset(): void {
    this.#form()?.reset();
    this.errors = {};
    this.failure = undefined;
    this.#discardFlow.confirming = false;
    this.#key = this.#now = this.#pending = undefined;
  }

  #returnFocus(fallback: string): void {
    const toChip = this.#focusChip;
    this.#focusChip = false;
    void this.updateComplete.then(() => this.#q(toChip ? '.chip' : fallback)?.focus());
  }

  #onClosed = (): void => {
    this.#discardFlow.confirming = false;
    this.draftKept = this.#workflow.module?.isDirty(this.#form()) ?? false;
    this.#returnFocus('#trigger');
  };

  /** The form read and checked. No peer chosen and no programme known: the Consent would name no recipient. */
  #check(workflow: ReferralWorkflow, form: HTMLFormElement) {
    const programme = this.#programme();
    const input = workflow.draftFromForm(new FormData(form), [...(programme ? [programme] : []), ...this.#recipients.peers()]);
    const result = workflow.validateReferralDraft(input);
    const errors: Partial<Record<DraftField, string>> = result.ok ? {} : { ...result.fieldErrors };
    if (!input.performer) errors.performer = 'referral.error.recipient';
    return { programme, input, result, errors };
  }

  /** An error clears as soon as its field is fixed; new ones wait for the next Send. */
  #onEdit = (): void => {
    const form = this.#form();
    const workflow = this.#workflow.module;
    if (!form || !workflow || !Object.keys(this.errors).length) return;
    const { errors } = this.#check(workflow, form);
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([field]) => field in errors));
  };

  /**
   * Validates and sends. Once sent, the fields are locked and Submit is Retry: the same resources
   * under the same key (create-referral.ts), never an edit the server would ignore for the old copy.
   */
  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const patient = this.#patient();
    const form = this.#form();
    const workflow = this.#workflow.module;
    if (this.busy || this.disabled || !patient || !form || !workflow) return;
    if (this.#pending) return void this.#write();
    const { programme, input, result, errors } = this.#check(workflow, form);
    this.#report('programme', input.performer ? [] : missing('programme'));
    this.errors = errors;
    if (!result.ok || !input.performer) {
      this.failure = undefined;
      void this.updateComplete.then(() => this.#q('#referral [aria-invalid="true"]')?.focus());
      return;
    }
    const key = (this.#key ??= workflow.mintIdempotencyKey());
    // `now` is fixed for the life of this draft, so a retry sends exactly the same resources.
    const resources = workflow.buildReferralResources(result.draft, {
      key,
      now: (this.#now ??= new Date()),
      patient: { reference: patient },
      requester: ref(this.#requester()),
      carePlan: ref(asReference('CarePlan', this.carePlanId)),
      programme: ref(programme?.reference, programme?.name),
    });
    const request = new CareReferralRequestEvent({ ...resources, draft: result.draft, key });
    this.dispatchEvent(request);
    // Standalone (no data source), the event is the hand-over: the host persists.
    if (request.defaultPrevented || !this.#connection.dataSource) return this.#done(resources, false);
    this.#pending = resources;
    void this.#write();
  };

  /** Sends (or, on Retry, re-sends) the pending resources; every step is idempotent. */
  #write = async (): Promise<void> => {
    const dataSource = this.#connection.dataSource;
    const resources = this.#pending;
    const workflow = this.#workflow.module;
    if (this.busy || !dataSource || !resources || !workflow) return;
    this.busy = true;
    this.failure = undefined;
    try {
      const created = await workflow.createReferral(dataSource, resources);
      this.busy = false;
      this.#done(created, true);
    } catch (error) {
      this.busy = false;
      this.failure = describeFailure(error, this.#connection.locale);
      this.dispatchEvent(new CareReferralFailedEvent(this.failure));
      void this.updateComplete.then(() => this.#q('[part="submit"]')?.focus());
    }
  };

  #done(resources: ReferralResourceSet, created: boolean): void {
    this.#reset();
    this.#focusChip = true;
    this.#status.show({ task: resources.task, serviceRequest: resources.serviceRequest }, { announce: false });
    this.#guard.reload();
    this.#dialog()?.close();
    const event = created && new CareReferralCreatedEvent(resources);
    if (event) this.dispatchEvent(event);
  }

  #trigger(m: Msg) {
    const { referral, data } = this.#status;
    if (referral ? !isFinalReferralStatus(referral.status) : data.status === 'loading' || data.status === 'error') return nothing;
    if (!this.#patient()) return html`<p class="notice" part="status">${m('noPatient')}</p>`;
    return triggerView({
      m,
      disabled: this.disabled,
      draftKept: this.draftKept,
      openReferral: this.#guard.notice(m, this.#connection.locale),
      onOpen: this.#open,
      preload: this.#workflow.module ? undefined : this.#workflow.request,
    });
  }

  /** The form once its code is there; until then the dialog says it is loading (aria-busy, described by #form-loading). */
  #referralDialog(m: Msg, locale: string) {
    const workflow = this.#workflow.module;
    const { busy } = this;
    const content = this.#askingFirst()
      ? this.#guard.step(m, locale, { onView: this.#viewOpen, onContinue: this.#continueDespiteOpen, onClose: this.#close })
      : workflow
        ? workflow.formView({
            m,
            locale,
            busy,
            withdrawing: this.#discardFlow.withdrawing,
            locked: !!this.#pending,
            errors: this.errors,
            failure: this.failure,
            programme: this.#programme(),
            peers: this.#recipients.peers(),
            peersState: this.#recipients.state(m, locale),
            languages: this.languages,
            onSubmit: this.#onSubmit,
            onClose: this.#close,
            onDiscard: this.#discardFlow.discard,
            confirmingDiscard: this.#discardFlow.confirming,
            onInput: this.#onEdit,
            onDiscardAsk: this.#discardFlow.ask,
          })
        : pendingView({ m, locale, failed: this.#workflow.failed, onRetry: this.#retryWorkflow, onClose: this.#close });
    const asking = this.#askingFirst();
    return html`<dialog id="referral" part="dialog" aria-labelledby="title" aria-describedby=${asking ? 'duplicate-text' : workflow ? nothing : 'form-loading'}
        aria-busy=${asking || workflow || this.#workflow.failed ? nothing : 'true'} @cancel=${this.#onEscape} @close=${this.#onClosed}>${content}</dialog>`;
  }

  protected override render() {
    const locale = this.#connection.locale;
    const m = bind(locale);
    return html`${this.#status.render(m, locale, { disabled: this.disabled, requester: this.#requester(), onCancel: this.#cancel.open })}${this.#trigger(m)}
      ${this.#referralDialog(m, locale)}
      ${this.#cancel.render(m, { onEscape: this.#onEscape, onClosed: () => this.#returnFocus('[part="cancel-button"]') })}`;
  }
}
