/**
 * Brings the referral workflow (workflow-loader.ts) to the element: loading starts early (pointer
 * over or focus on the button) so a click rarely waits, the element renders again when it arrives
 * or fails, and the dialog hears of either only while it is open and waiting for the form. A
 * failure the user waited for is also a `care-data-error` (kind `load`, source `referral-form`),
 * once per attempt; one while preloading is not (the click tries again).
 */
import type { ReactiveControllerHost } from 'lit';
import { reportProblems } from '../../shared/report-problems.js';
import { referralWorkflow, type ReferralWorkflow } from './workflow-loader.js';

const NOT_LOADED = [{ path: '', code: 'unresolved-reference' as const, message: 'the referral form could not be loaded' }];

export interface WorkflowHooks {
  /** True while the dialog is open, i.e. the user is waiting for the form. */
  waiting: () => boolean;
  /** The workflow is there for the open dialog (at once when it had already loaded). */
  ready: (workflow: ReferralWorkflow) => void;
  /** It could not be loaded while the dialog waited for it (already reported); a later `request` tries again. */
  failed: () => void;
}

export class WorkflowController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: WorkflowHooks,
  ) {}

  get module(): ReferralWorkflow | undefined {
    return referralWorkflow().module;
  }

  get failed(): boolean {
    return referralWorkflow().failed;
  }

  /** Loads it (once per page, whoever asks first); safe to call on every hover or focus. */
  readonly request = (): void => {
    referralWorkflow().request(this.#onFailed, this.#onLoaded);
    // A retry after a failure is loading again: say so.
    this.host.requestUpdate();
  };

  readonly #onLoaded = (workflow: ReferralWorkflow): void => {
    this.host.requestUpdate();
    if (this.hooks.waiting()) this.hooks.ready(workflow);
  };

  readonly #onFailed = (): void => {
    this.host.requestUpdate();
    if (!this.hooks.waiting()) return;
    reportProblems(this.host, { kind: 'load', source: 'referral-form', problems: NOT_LOADED }, undefined);
    this.hooks.failed();
  };
}
