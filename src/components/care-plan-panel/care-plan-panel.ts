import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { asReference, idFromReference } from '../../fhir/references.js';
import { isDataSourceError } from '../../data/errors.js';
import type { Bundle, Reference, Resource } from '../../fhir/types.js';
import { formatDate } from '../../i18n/dates.js';
import type { DataProblem } from '../../model/problems.js';
import { clampHeadingLevel } from '../../shared/heading-level.js';
import { CareConnection } from '../../shared/care-connection.js';
import { reportProblems } from '../../shared/report-problems.js';
import { badgeStyles } from '../../shared/role-badge.js';
import { emptyView, invalidDataView, loadErrorView, loadingView } from '../../shared/state-views.js';
import { controls } from '../../shared/styles/controls.js';
import { tokens } from '../../shared/styles/tokens.js';
import { panelStyles } from './care-plan-panel.styles.js';
import { codeLabel, t } from './messages.js';
import { noteAuthor, type PlanChange } from '../../fhir/write/care-plan-change.js';
import { findActivePlans, loadPlan, type PlanChoice } from '../../data/load-care-plan.js';
import { mapPlanSource, type MappedPlan } from '../../fhir/read/care-plan-source.js';
import { isResource } from '../../fhir/json.js';
import type { PlanView } from '../../model/care-plan-views.js';
import { PlanWriter } from './plan-writer.js';
import { activityName, type PanelContext } from './render-activity.js';
import { renderGoalView, renderHeader, renderMemberView, renderToolbar, visibleActivities } from './render-plan.js';

const BAD_ID: DataProblem[] = [{ path: 'care-plan-id', code: 'wrong-type', message: 'care-plan-id: not a CarePlan id' }];

/**
 * The shared care plan: the client's goals in their own words, the activities serving them, who
 * does each (the peer specialist as visible as any clinician) and progress notes; team members add
 * notes and change an activity's status, saved without losing anyone else's update.
 *
 * Standalone: set `carePlan` (FHIR R4 CarePlan), optionally `goals` and `resources` (array or
 * Bundle) for what it references. Connected (inside `<care-team-provider>`): `care-plan-id`, or
 * `patient` (else the provider's patient) for the patient's active plans, with a picker when
 * there are several.
 *
 * Writing: each change first fires a cancelable request event with the updated CarePlan draft.
 * `preventDefault()` means the host persists it (and sets `carePlan` when done). Otherwise, with a
 * data source, the plan is saved with `If-Match` on its version; when someone else saved first
 * (412) the panel reloads, re-applies a note, and re-applies a status unless the other client
 * changed that same status, in which case it shows both and lets the user choose. Changes queued
 * behind another save follow their activity when someone else inserted or removed activities; one
 * whose activity was removed or changed meanwhile is not placed elsewhere: a notice says so (and
 * shows the note). Choosing another plan while a save is under way leaves that plan on screen (the
 * save still goes to its own plan). With no data source (or a plan without id) the change is
 * applied to the shown plan (`carePlan` is replaced by the updated copy). `care-plan-updated`
 * follows in both cases. Nothing is written to browser storage.
 *
 * @summary The shared care plan: goals in the client's words, who does what, progress notes.
 * @tag care-plan-panel
 * @fires care-plan-note-request - Cancelable. A user adds a progress note. Detail: `{ activityIndex, note, carePlan }`.
 * @fires care-activity-status-request - Cancelable. A user changes an activity's status. Detail: `{ activityIndex, status, previousStatus, carePlan }`.
 * @fires care-plan-updated - A change was saved (or applied locally without a data source). Detail: `{ carePlan, activityIndex, change, saved }`.
 * @fires care-data-error - The plan (or a goal) had problems, what was valid is shown; or `care-plan-id` is not a CarePlan id.
 * @csspart panel - The plan's frame.
 * @csspart header - Title, status, period, author, contributors and care team.
 * @csspart title - The plan's title.
 * @csspart plan-status - The plan's status chip.
 * @csspart toolbar - The view switch, the peer filter and the count.
 * @csspart group - A goal's or a team member's section.
 * @csspart activity - One activity; peer-led ones also have `peer-activity`.
 * @csspart peer-activity - An activity a peer specialist performs.
 * @csspart activity-status - An activity's status chip.
 * @csspart notes - An activity's progress notes, newest first.
 * @csspart note - One note.
 * @csspart controls - An activity's status and note controls.
 * @csspart conflict - The choice shown when someone else changed the same status.
 * @csspart badge - A role badge.
 * @csspart peer-badge - The peer specialist's badge (also `badge`).
 * @csspart picker - The plan picker (several active plans).
 * @csspart status - Loading, error, empty and invalid-data notices.
 * @cssprop --care-plan-panel-surface - Background of the panel.
 * @cssprop --care-plan-panel-surface-raised - Background of activities.
 * @cssprop --care-plan-panel-border-color - Borders.
 * @cssprop --care-plan-panel-peer-accent - Accent marking peer-led activities and the peer's section.
 * @cssprop --care-plan-panel-gap - Space between the panel's parts.
 */
export class CarePlanPanel extends LitElement {
  static override styles = [tokens, controls, badgeStyles, panelStyles];

  /** A FHIR R4 CarePlan (standalone). Replaced by the updated copy after a change is saved or applied. */
  @property({ attribute: false }) carePlan?: unknown;
  /** FHIR Goals of the plan besides its contained ones (referenced by it, or extra). */
  @property({ attribute: false }) goals?: unknown[];
  /** Resources the plan references (CareTeam, Goal, Practitioner...): an array or a Bundle. */
  @property({ attribute: false }) resources?: unknown[] | Bundle;
  /** Connected: the CarePlan to load, as an id or `CarePlan/<id>`. */
  @property({ attribute: 'care-plan-id' }) carePlanId?: string;
  /** Connected: the patient whose active plans to show (defaults to the provider's patient). */
  @property() patient?: string;
  /** Shows the plan without note or status controls (e.g. the client portal). */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;
  /** `goal` (activities under the goals they serve) or `member` (who does what). */
  @property({ reflect: true }) view: PlanView = 'goal';
  /** Shows only activities a peer specialist performs. */
  @property({ type: Boolean, reflect: true, attribute: 'peer-only' }) peerOnly = false;
  /** The heading level of the plan's title (goals and members are one below, activities two). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The author of new notes (a Reference or a name); defaults to the provider's user. */
  @property({ attribute: false }) author?: Reference | string;
  /** "Now" for relative dates and new notes' time; defaults to the current time. */
  @property({ attribute: false }) now?: Date;

  private readonly connection = new CareConnection(this);
  @state() private shown?: unknown;
  @state() private loaded: Resource[] = [];
  @state() private chosenId?: string;
  @state() private announcement = '';
  private mapped?: MappedPlan;
  private problemKey?: string;
  private idKey?: string;

  private get patientRef(): string | undefined {
    return asReference('Patient', this.patient) ?? this.connection.patient;
  }

  /** `care-plan-id` is set but names no CarePlan. */
  private get badId(): boolean {
    return !!this.carePlanId?.trim() && !this.targetId;
  }

  private get listMode(): boolean {
    return this.carePlan === undefined && !this.carePlanId && !!this.patientRef;
  }

  private readonly plansTask = new Task(this, {
    task: ([source, patient], { signal }) => (source && patient ? findActivePlans(source, patient, signal) : initialState),
    args: () => [this.listMode ? this.connection.dataSource : undefined, this.listMode ? this.patientRef : undefined] as const,
  });

  private readonly planTask = new Task(this, {
    task: ([source, id], { signal }) =>
      source && id ? loadPlan(source, id, signal, this.plansTask.value?.find((choice) => choice.id === id)?.plan) : initialState,
    args: () => [this.carePlan === undefined ? this.connection.dataSource : undefined, this.targetId] as const,
    onComplete: ({ plan, resources }) => {
      this.shown = plan;
      this.loaded = resources;
    },
  });

  private get targetId(): string | undefined {
    if (this.carePlanId) return idFromReference('CarePlan', this.carePlanId);
    const plans = this.choices;
    return plans.find((plan) => plan.id === this.chosenId)?.id ?? plans[0]?.id;
  }

  private readonly writer = new PlanWriter(this, {
    shownPlan: () => this.shownPlan,
    writeSource: () => this.connection.dataSource,
    noteAuthor: () => noteAuthor(this.mapped?.plan, this.connection.user, this.author),
    clock: () => this.clock,
    showPlan: (plan) => {
      this.shown = plan;
      if (this.carePlan !== undefined) this.carePlan = plan;
    },
    announce: (change, reloaded) => void this.announce(change, reloaded),
  });

  private get choices(): PlanChoice[] {
    return (this.listMode && this.plansTask.value) || [];
  }

  private get shownPlan(): Resource | undefined {
    return isResource(this.shown) && this.mapped?.plan ? this.shown : undefined;
  }

  private get clock(): Date {
    return this.now ?? new Date();
  }

  private async announce(change: PlanChange, reloaded: boolean): Promise<void> {
    // The activity is named from the plan just shown, once it is mapped: it may have moved.
    await this.updateComplete;
    const locale = this.connection.locale;
    const activity = this.mapped?.plan?.activities.find((a) => a.index === change.index);
    const what = activity ? activityName(activity, { m: (key, values) => t(key, values, locale) }) : '';
    const said =
      change.kind === 'note'
        ? t('noteSaved', { what }, locale)
        : t('statusSaved', { what, status: codeLabel(change.status, locale) }, locale);
    this.announcement = reloaded ? `${said} ${t('reloaded', undefined, locale)}` : said;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('carePlan')) this.shown = this.carePlan;
    // Connected: a plan that is no longer the one asked for (id removed or changed, another chosen) goes.
    if (this.carePlan === undefined && isResource(this.shown) && this.shown.id !== this.targetId) this.shown = undefined;
    if (changed.has('carePlanId')) this.idKey = reportProblems(this, { kind: 'validation', source: 'care-plan-id', problems: this.badId ? BAD_ID : [] }, this.idKey);
    const inputs = ['shown', 'goals', 'resources', 'loaded', 'now'] as const;
    if (!inputs.some((key) => changed.has(key as keyof CarePlanPanel))) return;
    const previousId = this.mapped?.plan?.id;
    const connected = this.carePlan === undefined;
    this.mapped =
      this.shown === undefined
        ? undefined
        : mapPlanSource({ plan: this.shown, goals: this.goals, resources: connected ? this.loaded : this.resources, now: this.now });
    if (this.mapped?.plan?.id !== previousId) this.writer.reset();
    const id = isResource(this.shown) && typeof this.shown.id === 'string' ? `CarePlan/${this.shown.id}` : 'carePlan';
    this.problemKey = reportProblems(this, { kind: 'validation', source: id, problems: this.mapped?.problems ?? [] }, this.problemKey);
  }

  private loadState(locale: string): TemplateResult | undefined {
    const what = t('what', undefined, locale);
    if (this.badId) return invalidDataView(what, BAD_ID, locale);
    for (const task of [this.plansTask, this.planTask] as Task<readonly unknown[], unknown>[]) {
      if (task.status === TaskStatus.PENDING) return loadingView(what, locale);
      const { error } = task;
      if (task.status === TaskStatus.ERROR) return loadErrorView(what, isDataSourceError(error) ? error.message : undefined, () => void task.run(), locale);
    }
    if (this.listMode && this.plansTask.value?.length === 0) return emptyView(t('whatActive', undefined, locale), locale);
    return undefined;
  }

  private renderPicker(locale: string): TemplateResult | typeof nothing {
    const plans = this.choices;
    if (plans.length < 2) return nothing;
    const label = ({ title = t('untitled', undefined, locale), start }: PlanChoice) => {
      const date = formatDate(start, locale);
      return date ? t('planOption', { title, date }, locale) : title;
    };
    return html`<div class="picker" part="picker">
      <label for="plan-picker">${t('choosePlan', undefined, locale)}</label>
      <select id="plan-picker" @change=${(e: Event) => (this.chosenId = (e.target as HTMLSelectElement).value)}>
        ${plans.map((plan) => html`<option value=${plan.id} ?selected=${plan.id === this.targetId}>${label(plan)}</option>`)}
      </select>
    </div>`;
  }

  private renderPlan(locale: string): TemplateResult {
    const mapped = this.mapped;
    if (!mapped?.plan) {
      return mapped ? invalidDataView(t('what', undefined, locale), mapped.problems, locale) : emptyView(t('whatEmpty', undefined, locale), locale);
    }
    const plan = mapped.plan;
    const goalNames = new Map(plan.goals.map((goal) => [goal.key, goal.description]));
    const ctx: PanelContext = {
      plan,
      locale,
      m: (key, values) => t(key, values, locale),
      code: (code) => codeLabel(code, locale),
      now: this.clock,
      level: clampHeadingLevel(this.headingLevel, 2),
      readOnly: this.readOnly,
      goalName: (key) => goalNames.get(key) ?? (mapped.goalLabels.get(key) || t('goalUnavailable', undefined, locale)),
      goalKeys: [...mapped.goalLabels.keys()],
      act: this.writer,
      // Focusing scrolls the activity into view too.
      jump: (index) => this.renderRoot.querySelector<HTMLElement>(`#activity-${index}`)?.focus(),
    };
    const activities = visibleActivities(ctx, this.peerOnly);
    const empty = plan.goals.length === 0 && plan.activities.length === 0;
    const { m } = ctx;
    const lost = this.writer.lost;
    return html`${mapped.problems.length > 0 ? invalidDataView(m('what'), mapped.problems, locale) : nothing}
      ${lost
        ? html`<div class="notice error" part="status" role="alert">
            ${m('gone')} ${lost.kind === 'note' ? html`<q>${lost.note.text}</q>` : nothing}
            <button type="button" @click=${() => this.writer.drop()}>${m('dismiss')}</button>
          </div>`
        : nothing}
      <div class="panel" part="panel">
        ${renderHeader(ctx)}
        ${empty
          ? html`<p class="notice" role="status">${m('noActivities')}</p>`
          : html`${renderToolbar(ctx, this, activities.length)}
            ${this.peerOnly && activities.length === 0 ? html`<p class="notice">${m('noPeer')}</p>` : nothing}
            ${this.view === 'member' ? renderMemberView(activities, ctx) : renderGoalView(activities, ctx, this.peerOnly)}`}
      </div>`;
  }

  protected override render(): TemplateResult {
    const locale = this.connection.locale;
    const connected = this.carePlan === undefined && (!!this.carePlanId || this.listMode);
    const waiting = connected ? this.loadState(locale) : undefined;
    return html`${this.renderPicker(locale)}${waiting ?? this.renderPlan(locale)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
