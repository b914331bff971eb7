/**
 * The requester's cancellation of the referral shown: a modal asking why (a reason is required),
 * then the status controller's cancel (If-Match, the request revoked); a failure stays in the
 * dialog with the server's reason, and focus goes back to the chip once it is done.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { describeFailure, type Failure } from './failure.js';
import { CareReferralFailedEvent } from './events.js';
import type { Msg } from './messages.js';
import type { ReferralStatusController } from './status.js';
import { cancelFormView } from './status-view.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface CancelFlowOptions {
  status: ReferralStatusController;
  locale: () => string;
  /** The element's one "a write is under way" flag (sending and cancelling never overlap). */
  busy: { get: () => boolean; set: (busy: boolean) => void };
  /** The cancellation is saved: focus goes to the chip when the dialog has closed. */
  done: () => void;
}

export class CancelFlow {
  /** No reason given, or the update failed. */
  problem?: Failure | 'missing' | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: CancelFlowOptions,
  ) {}

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('#cancel');
  }

  readonly open = (): void => {
    this.problem = undefined;
    this.host.requestUpdate();
    this.dialog()?.showModal();
  };

  private readonly close = (): void => {
    if (!this.options.busy.get()) this.dialog()?.close();
  };

  private readonly submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { busy } = this.options;
    const form = event.currentTarget as HTMLFormElement;
    const field = form.elements.namedItem('reason') as HTMLTextAreaElement;
    const reason = field.value.trim();
    if (busy.get()) return;
    this.problem = reason ? undefined : 'missing';
    this.host.requestUpdate();
    if (!reason) return field.focus();
    busy.set(true);
    try {
      await this.options.status.cancel(reason);
      form.reset();
      this.options.done();
      this.dialog()?.close();
    } catch (error) {
      const failure = (this.problem = describeFailure(error, this.options.locale()));
      this.host.dispatchEvent(new CareReferralFailedEvent(failure));
    } finally {
      busy.set(false);
    }
  };

  /** The dialog, while there is a referral to cancel. */
  render(m: Msg, handlers: { onEscape: (event: Event) => void; onClosed: () => void }): TemplateResult | typeof nothing {
    if (!this.options.status.referral) return nothing;
    const busy = this.options.busy.get();
    return html`<dialog id="cancel" part="dialog" aria-labelledby="cancel-title" @cancel=${handlers.onEscape} @close=${handlers.onClosed}>
      ${cancelFormView({ m, busy, problem: this.problem, onSubmit: (event) => void this.submit(event), onClose: this.close })}
    </dialog>`;
  }
}
