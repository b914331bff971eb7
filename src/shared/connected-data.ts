/**
 * The one way an element gets its data: arguments → load (aborted when they change) → map →
 * problems reported once → a loading / error-with-retry / invalid / empty view, or the content →
 * focus after "Try again". Every element uses it, so they all behave, read and announce the same.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { isDataSourceError } from '../data/errors.js';
import type { DataProblem } from '../model/problems.js';
import { reportProblems } from './report-problems.js';
import { invalidDataView, loadErrorView, loadingView } from './state-views.js';

export type ConnectedDataHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the host's inputs (and the loaded data, when connected) mapped to. */
export interface Mapped<V> {
  /** What can be shown; undefined when nothing valid is there. */
  value: V | undefined;
  /** Everything that could not be used; reported once per distinct set as `care-data-error`. */
  problems: readonly DataProblem[];
  /** Which input the problems are about, e.g. "careTeam" or "CareTeam/123". */
  source: string;
}

/**
 * - `standalone`: nothing to load (the host's properties are the data);
 * - `loading`: a load for the current arguments is under way (or about to start);
 * - `error`: it failed (the view offers "Try again");
 * - `ready`: it finished for the current arguments.
 */
export type DataStatus = 'standalone' | 'loading' | 'error' | 'ready';

export interface ConnectedDataOptions<A extends readonly unknown[], L, V> {
  /** The load's arguments, or undefined when there is nothing to load. Compared item by item. */
  args: () => A | undefined;
  /** Loads for these arguments; `signal` aborts when they change or the element goes. */
  load: (args: A, signal: AbortSignal) => Promise<L>;
  /**
   * What is already in hand for these arguments (a module loaded earlier): used at once, with no
   * load and no loading state in between.
   */
  cached?: (args: A) => L | undefined;
  /** The message of a `care-data-error` when the load failed with something other than a data source error. */
  failureMessage?: string;
  /** The host inputs the mapping reads, compared by identity: a change maps again. */
  inputs: () => readonly unknown[];
  /** Pure: inputs (and `loaded`, once ready) → what to show. Undefined: nothing to show yet. */
  map: (loaded: L | undefined, status: DataStatus) => Mapped<V> | undefined;
  /** Names the load in a `care-data-error` of kind `load`, e.g. "CareTeam/123". */
  loadSource: (args: A) => string;
  /** Where focus goes when "Try again" brings the content: its first control or its frame. */
  focusAfterRetry: () => HTMLElement | null | undefined;
}

export interface StateViewOptions {
  /** The thing shown, in words ("the care team"): "Loading the care team…". */
  what: string;
  locale?: string | undefined;
  /** The view when there is nothing (valid) to show and no problem to report. */
  empty: () => TemplateResult | TemplateResult[];
}

const NOTHING_TO_LOAD = [] as const;

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((item, index) => Object.is(item, b[index]));

export class ConnectedData<A extends readonly unknown[], L, V> implements ReactiveController {
  private readonly task: Task<readonly unknown[], { args: A; loaded: L }>;
  private memo?: { deps: readonly unknown[]; mapped: Mapped<V> | undefined };
  private problemKey?: string;
  private reportedError?: unknown;
  private reportDue = false;
  private retrying = false;
  /** The arguments of the latest load: an error is about them, not about newer ones. */
  private ranWith?: A;

  constructor(
    private readonly host: ConnectedDataHost,
    private readonly options: ConnectedDataOptions<A, L, V>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async (args, { signal }) => {
        if (args.length === 0) return initialState;
        const typed = args as unknown as A;
        this.ranWith = typed;
        return { args: typed, loaded: await options.load(typed, signal) };
      },
      args: () => {
        const args = options.args();
        return !args || options.cached?.(args) !== undefined ? NOTHING_TO_LOAD : args;
      },
    });
  }

  get status(): DataStatus {
    const args = this.options.args();
    if (!args) return 'standalone';
    if (this.options.cached?.(args) !== undefined) return 'ready';
    // A result for other arguments is stale: the host is about to load again.
    const { status, value } = this.task;
    if (status === TaskStatus.COMPLETE && value !== undefined && sameItems(value.args, args)) return 'ready';
    if (status === TaskStatus.ERROR && this.ranWith && sameItems(this.ranWith, args)) return 'error';
    return 'loading';
  }

  /** The loaded data for the current arguments, once ready. */
  get loaded(): L | undefined {
    if (this.status !== 'ready') return undefined;
    const args = this.options.args();
    return (args && this.options.cached?.(args)) ?? this.task.value?.loaded;
  }

  /** The mapping of the current inputs, computed once per change of them. */
  get mapped(): Mapped<V> | undefined {
    const status = this.status;
    const loaded = this.loaded;
    const deps = [...this.options.inputs(), loaded, status];
    if (!this.memo || !sameItems(this.memo.deps, deps)) {
      this.memo = { deps, mapped: this.options.map(loaded, status) };
      this.reportDue = true;
    }
    return this.memo.mapped;
  }

  get value(): V | undefined {
    return this.mapped?.value;
  }

  get problems(): readonly DataProblem[] {
    return this.mapped?.problems ?? [];
  }

  /** The data source's plain-words message for a failed load; other errors may carry anything. */
  get errorReason(): string | undefined {
    return isDataSourceError(this.task.error) ? this.task.error.message : undefined;
  }

  /** Loads again ("Try again"); focus then lands on the result, or on "Try again" if it failed again. */
  readonly retry = (): void => {
    this.retrying = true;
    void this.task.run();
  };

  /** Loads again without moving focus (a refresh the host asks for). */
  reload(): Promise<void> {
    return this.task.run();
  }

  /** The loading, load-error, invalid or empty view; undefined when the content can show. */
  renderState({ what, locale, empty }: StateViewOptions): TemplateResult | TemplateResult[] | undefined {
    const status = this.status;
    if (status === 'loading') return loadingView(what, locale);
    if (status === 'error')
      return loadErrorView(what, isDataSourceError(this.task.error) ? this.task.error : undefined, this.retry, locale);
    const mapped = this.mapped;
    if (mapped?.value !== undefined) return undefined;
    return mapped?.problems.length ? invalidDataView(what, mapped.problems, locale) : empty();
  }

  hostUpdated(): void {
    this.report();
    this.moveFocusAfterRetry();
  }

  private report(): void {
    const status = this.status;
    if (status === 'error' && this.task.error !== this.reportedError) {
      this.reportedError = this.task.error;
      const args = this.options.args();
      const message = this.errorReason ?? this.options.failureMessage ?? 'the data source failed';
      const problems: DataProblem[] = [{ path: '', code: 'unresolved-reference', message }];
      reportProblems(this.host, { kind: 'load', source: args ? this.options.loadSource(args) : '', problems }, undefined);
    }
    const mapped = this.mapped;
    if (!this.reportDue || !mapped) return;
    this.reportDue = false;
    this.problemKey = reportProblems(
      this.host,
      { kind: 'validation', source: mapped.source, problems: [...mapped.problems] },
      this.problemKey,
    );
  }

  private moveFocusAfterRetry(): void {
    const status = this.status;
    if (!this.retrying || status === 'loading') return;
    this.retrying = false;
    const target =
      status === 'error' ? this.host.renderRoot.querySelector<HTMLElement>('[part~="status"] button') : this.options.focusAfterRetry();
    // After this update: focusing may change the host's state (a roving tab stop), which is a new update.
    void this.host.updateComplete.then(() => target?.focus());
  }
}
