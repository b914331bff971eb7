/**
 * "Discard draft": asked first, in the dialog (focus on its confirm button; "Keep editing" returns
 * to Discard draft). After a send that failed part-way, the draft goes only once what was saved
 * under its key has been withdrawn (withdraw-referral-draft.ts); if that fails, the draft stays,
 * locked, with the reason, and Discard tries again.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DataSource } from '../../data/data-source.js';
import { describeFailure, type Failure } from './failure.js';
import { CareReferralFailedEvent } from './events.js';
import type { ReferralWorkflow } from './workflow-loader.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a failed send left: its key, where it was sent, and the module that withdraws it. */
export interface PartlySent {
  key: string;
  dataSource: DataSource;
  workflow: ReferralWorkflow;
}

export interface DiscardFlowOptions {
  locale: () => string;
  /** The element's one "a write is under way" flag. */
  busy: { get: () => boolean; set: (busy: boolean) => void };
  /** The failure shown in the form (a failed withdrawal replaces the send's). */
  failure: { get: () => Failure | undefined; set: (failure: Failure) => void };
  /** The failed send's leftovers, when a send failed; undefined when nothing was sent. */
  partlySent: () => PartlySent | undefined;
  /** The draft goes: a fresh one next time, and the dialog closes. */
  discarded: () => void;
}

export class DiscardFlow {
  /** "Discard draft" was pressed and awaits its confirmation. */
  confirming = false;
  /** Busy withdrawing what a failed send saved (not sending). */
  withdrawing = false;

  constructor(
    private readonly host: Host,
    private readonly options: DiscardFlowOptions,
  ) {}

  private focus(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  readonly ask = (asking: boolean): void => {
    if (asking && this.options.busy.get()) return;
    this.confirming = asking;
    this.host.requestUpdate();
    this.focus(asking ? '#discard-confirm' : '#discard');
  };

  readonly discard = (): void => {
    const { busy, failure, partlySent, discarded } = this.options;
    if (busy.get()) return;
    const sent = failure.get() ? partlySent() : undefined;
    if (sent) return void this.withdraw(sent);
    this.confirming = false;
    discarded();
  };

  private async withdraw({ key, dataSource, workflow }: PartlySent): Promise<void> {
    const { busy, failure, discarded, locale } = this.options;
    busy.set(true);
    this.withdrawing = true;
    this.confirming = false;
    this.host.requestUpdate();
    try {
      await workflow.withdrawReferralDraft(dataSource, key);
      discarded();
    } catch (error) {
      failure.set(describeFailure(error, locale(), 'withdraw'));
      this.host.dispatchEvent(new CareReferralFailedEvent(failure.get()!));
      this.focus('#discard');
    } finally {
      busy.set(false);
      this.withdrawing = false;
      this.host.requestUpdate();
    }
  }
}
