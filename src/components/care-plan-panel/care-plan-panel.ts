import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { asReference, idFromReference, isGiven } from '../../fhir/references.js';
import type { DataSource } from '../../data/data-source.js';
import type { CarePlanResource, FhirResourceJson, FhirResources, GoalResource, Reference, Resource } from '../../fhir/types.js';
import { formatDate } from '../../i18n/dates.js';
import type { DataProblem } from '../../model/problems.js';
import { clampHeadingLevel } from '../../shared/heading-level.js';
import { CareConnection } from '../../shared/care-connection.js';
import { ConnectedData, type DataStatus, type Mapped } from '../../shared/connected-data.js';
import { badgeStyles } from '../../shared/role-badge.js';
import { emptyView, invalidDataView } from '../../shared/state-views.js';
import { controls } from '../../shared/styles/controls.js';
import { tokens } from '../../shared/styles/tokens.js';
import { panelStyles } from './care-plan-panel.styles.js';
import { bind, codeLabel } from './messages.js';
import { noteAuthor, type PlanChange } from '../../fhir/write/care-plan-change.js';
import { findActivePlans, loadPlan, type LoadedPlan, type PlanChoice } from '../../data/load-care-plan.js';
import { mapPlanSource, type MappedPlan } from '../../fhir/read/care-plan-source.js';
import { isResource } from '../../fhir/json.js';
import type { PlanView } from '../../model/care-plan-views.js';
import { PlanWriter } from './plan-writer.js';
import { activityName, type PanelContext } from './render-activity.js';
import { renderGoalView, renderHeader, renderMemberView, renderToolbar, visibleActivities, type ToolbarState } from './render-plan.js';
import { textAttribute } from '../../shared/text-attribute.js';

/** A mapped plan with something to show. */
type ShownPlan = MappedPlan & { plan: NonNullable<MappedPlan['plan']> };

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
 * applied to the shown plan (the host's `carePlan` is left as it was: the updated copy is in the
 * event, for the host to keep). `care-plan-updated`
 * follows in both cases. Nothing is written to browser storage.
 *
 * @summary The shared care plan: goals in the client's words, who does what, progress notes.
 * @tag care-plan-panel
 * @fires {CarePlanNoteRequestEvent} care-plan-note-request - Cancelable. A user adds a progress note. Detail: `{ activityIndex, note, carePlan }`.
 * @fires {CareActivityStatusRequestEvent} care-activity-status-request - Cancelable. A user changes an activity's status. Detail: `{ activityIndex, status, previousStatus, carePlan }`.
 * @fires {CarePlanUpdatedEvent} care-plan-updated - A change was saved (or applied locally without a data source). Detail: `{ carePlan, activityIndex, change, saved }`.
 * @fires {CareDataErrorEvent} care-data-error - The plan (or a goal) had problems, what was valid is shown; or `care-plan-id` is not a CarePlan id.
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
 * @cssprop --care-plan-panel-loading-height - Room the panel keeps while it loads, so the page does not jump (default 60rem).
 * @cssprop --care-plan-panel-surface - Background of the panel.
 * @cssprop --care-plan-panel-surface-raised - Background of activities.
 * @cssprop --care-plan-panel-border-color - Borders.
 * @cssprop --care-plan-panel-peer-accent - Accent marking peer-led activities and the peer's section.
 * @cssprop --care-plan-panel-gap - Space between the panel's parts.
 */
export class CarePlanPanel extends LitElement {
  static override styles = [tokens, controls, badgeStyles, panelStyles];

  /** A FHIR R4 CarePlan (standalone). Never overwritten by the panel: a saved change shows over it until the host sets another. */
  @property({ attribute: false }) carePlan?: CarePlanResource | FhirResourceJson;
  /** FHIR Goals of the plan besides its contained ones (referenced by it, or extra). */
  @property({ attribute: false }) goals?: readonly (GoalResource | FhirResourceJson)[];
  /** Resources the plan references (CareTeam, Goal, Practitioner...): an array or a Bundle. */
  @property({ attribute: false }) resources?: FhirResources;
  /** Connected: the CarePlan to load, as an id or `CarePlan/<id>`. */
  @property({ attribute: 'care-plan-id' }) carePlanId?: string;
  /** Connected: the patient whose active plans to show (defaults to the provider's patient). */
  @property() patient?: string;
  /** Shows the plan without note or status controls (e.g. the client portal). */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;
  /** `goal` (activities under the goals they serve) or `member` (who does what); the user's choice is reflected here. */
  @property({ reflect: true, converter: textAttribute }) view: PlanView = 'goal';
  /** Shows only activities a peer specialist performs. */
  @property({ type: Boolean, reflect: true, attribute: 'peer-only' }) peerOnly = false;
  /** The heading level of the plan's title (goals and members are one below, activities two). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The author of new notes (a Reference or a name); defaults to the provider's user. */
  @property({ attribute: false }) author?: Reference | string;
  /** "Now" for relative dates and new notes' time; defaults to the current time. */
  @property({ attribute: false }) now?: Date;

  private readonly connection = new CareConnection(this);
  @state() private chosenId?: string;
  @state() private announcement = '';
  /** A newer version of the plan on screen (a save, or a reload after a conflict), over the plan it replaced. */
  @state() private newer?: { over: unknown; plan: Resource };

  private get patientRef(): string | undefined {
    return asReference('Patient', this.patient) ?? this.connection.patient;
  }

  /** `care-plan-id` is set but names no CarePlan. */
  private get badId(): boolean {
    return isGiven(this.carePlanId) && !this.targetId;
  }

  private get listMode(): boolean {
    return this.carePlan === undefined && !this.carePlanId && !!this.patientRef;
  }

  /** Connected without `care-plan-id`: the patient's active plans, for the picker. */
  private readonly plans = new ConnectedData<readonly [DataSource, string], PlanChoice[], PlanChoice[]>(this, {
    args: () => {
      const source = this.connection.dataSource;
      const patient = this.patientRef;
      return this.listMode && source && patient ? [source, patient] : undefined;
    },
    load: ([source, patient], signal) => findActivePlans(source, patient, signal),
    loadSource: ([, patient]) => `CarePlan?subject=${patient}`,
    inputs: () => [],
    map: (choices) => (choices?.length ? { value: choices, problems: [], source: 'CarePlan' } : undefined),
    focusAfterRetry: () => this.renderRoot.querySelector<HTMLElement>('#plan-picker, [part~="title"]'),
  });

  /** The plan: the host's `carePlan`, or (connected) the one loaded by id or chosen from the patient's. */
  private readonly plan = new ConnectedData<readonly [DataSource, string], LoadedPlan, ShownPlan>(this, {
    args: () => {
      const source = this.connection.dataSource;
      const id = this.targetId;
      return this.carePlan === undefined && source && id ? [source, id] : undefined;
    },
    load: ([source, id], signal) => loadPlan(source, id, signal, this.choices.find((choice) => choice.id === id)?.plan),
    loadSource: ([, id]) => `CarePlan/${id}`,
    inputs: () => [this.carePlan, this.goals, this.resources, this.now, this.newer, this.badId],
    map: (loaded, status) => this.mapPlan(loaded, status),
    focusAfterRetry: () => this.renderRoot.querySelector<HTMLElement>('[part~="title"]'),
  });

  private get targetId(): string | undefined {
    if (this.carePlanId) return idFromReference('CarePlan', this.carePlanId);
    const plans = this.choices;
    return plans.find((plan) => plan.id === this.chosenId)?.id ?? plans[0]?.id;
  }

  private readonly writer = new PlanWriter(this, {
    shownPlan: () => this.shownPlan,
    writeSource: () => this.connection.dataSource,
    noteAuthor: () => noteAuthor(this.plan.value?.plan, this.connection.user, this.author),
    clock: () => this.clock,
    showPlan: (plan) => {
      const base = this.basePlan;
      // A save of a plan no longer on screen (another was chosen meanwhile) does not bring it back.
      if (isResource(base) && base.id !== plan.id) return;
      this.newer = { over: base, plan };
    },
    announce: (change, reloaded) => void this.announce(change, reloaded),
  });

  private get choices(): PlanChoice[] {
    return (this.listMode && this.plans.value) || [];
  }

  /** The plan as given or loaded, before any change made here. */
  private get basePlan(): unknown {
    return this.carePlan ?? this.plan.loaded?.plan;
  }

  /** What is on screen: the newer version while it is newer than the plan it replaced. */
  private get shownResource(): unknown {
    const base = this.basePlan;
    return this.newer && this.newer.over === base ? this.newer.plan : base;
  }

  private get shownPlan(): Resource | undefined {
    const shown = this.shownResource;
    return isResource(shown) && this.plan.value?.plan ? shown : undefined;
  }

  private get clock(): Date {
    return this.now ?? new Date();
  }

  /** Pure mapping of the plan on screen with its goals and references (once per change of them). */
  private mapPlan(loaded: LoadedPlan | undefined, status: DataStatus): Mapped<ShownPlan> | undefined {
    if (this.badId) return { value: undefined, problems: BAD_ID, source: 'care-plan-id' };
    const shown = status === 'standalone' || status === 'ready' ? this.shownResource : undefined;
    if (shown === undefined) return undefined;
    const mapped = mapPlanSource({ plan: shown, goals: this.goals, resources: loaded ? loaded.resources : this.resources, now: this.now });
    const source = isResource(shown) && typeof shown.id === 'string' ? `CarePlan/${shown.id}` : 'carePlan';
    return { value: mapped.plan ? { ...mapped, plan: mapped.plan } : undefined, problems: mapped.problems, source };
  }

  private async announce(change: PlanChange, reloaded: boolean): Promise<void> {
    // The activity is named from the plan just shown, once it is mapped: it may have moved.
    await this.updateComplete;
    const locale = this.connection.locale;
    const activity = this.plan.value?.plan?.activities.find((a) => a.index === change.index);
    const m = bind(locale);
    const what = activity ? activityName(activity, { m }) : '';
    const said = change.kind === 'note' ? m('noteSaved', { what }) : m('statusSaved', { what, status: codeLabel(change.status, locale) });
    this.announcement = reloaded ? `${said} ${m('reloaded')}` : said;
  }

  protected override willUpdate(): void {
    const id = this.plan.value?.plan?.id;
    if (id !== this.writerPlanId) this.writer.reset();
    this.writerPlanId = id;
  }

  private writerPlanId?: string | undefined;

  private renderPicker(locale: string): TemplateResult | typeof nothing {
    const plans = this.choices;
    if (plans.length < 2) return nothing;
    const m = bind(locale);
    const label = ({ title = m('untitled'), start }: PlanChoice) => {
      const date = formatDate(start, locale);
      return date ? m('planOption', { title, date }) : title;
    };
    return html`<div class="picker" part="picker">
      <label for="plan-picker">${m('choosePlan')}</label>
      <select id="plan-picker" @change=${(e: Event) => (this.chosenId = (e.target as HTMLSelectElement).value)}>
        ${plans.map((plan) => html`<option value=${plan.id} ?selected=${plan.id === this.targetId}>${label(plan)}</option>`)}
      </select>
    </div>`;
  }

  private renderPlan(mapped: ShownPlan, locale: string): TemplateResult {
    const plan = mapped.plan;
    const goalNames = new Map(plan.goals.map((goal) => [goal.key, goal.description]));
    const ctx: PanelContext = {
      plan,
      locale,
      m: bind(locale),
      code: (code) => codeLabel(code, locale),
      now: this.clock,
      level: clampHeadingLevel(this.headingLevel, 2),
      readOnly: this.readOnly,
      goalName: (key) => goalNames.get(key) ?? (mapped.goalLabels.get(key) || bind(locale)('goalUnavailable')),
      goalKeys: [...mapped.goalLabels.keys()],
      act: this.writer,
      // Focusing scrolls the activity into view too.
      jump: (index) => this.renderRoot.querySelector<HTMLElement>(`#activity-${index}`)?.focus(),
    };
    const peerOnly = this.peerOnly;
    const activities = visibleActivities(ctx, peerOnly);
    const empty = plan.goals.length === 0 && plan.activities.length === 0;
    const { m } = ctx;
    const lost = this.writer.lost;
    return html`${mapped.problems.length > 0 ? invalidDataView(m('what'), mapped.problems, locale) : nothing}
      ${
        lost
          ? html`<div class="notice error" part="status" role="alert">
            ${m('gone')} ${lost.kind === 'note' ? html`<q>${lost.note.text}</q>` : nothing}
            <button type="button" @click=${() => this.writer.drop()}>${m('dismiss')}</button>
          </div>`
          : nothing
      }
      <div class="panel" part="panel">
        ${renderHeader(ctx)}
        ${
          empty
            ? html`<p class="notice" role="status">${m('noActivities')}</p>`
            : html`${renderToolbar(ctx, this.toolbarState(), activities.length)}
            ${peerOnly && activities.length === 0 ? html`<p class="notice">${m('noPeer')}</p>` : nothing}
            ${this.view === 'member' ? renderMemberView(activities, ctx) : renderGoalView(activities, ctx, peerOnly)}`
        }
      </div>`;
  }

  private toolbarState(): ToolbarState {
    return {
      view: this.view,
      peerOnly: this.peerOnly,
      // View state, like `open` on <details>: the user changes it too, and it is reflected for the host.
      onView: (view) => (this.view = view),
      onPeerOnly: (peerOnly) => (this.peerOnly = peerOnly),
    };
  }

  protected override render(): TemplateResult {
    const locale = this.connection.locale;
    const m = bind(locale);
    const what = m('what');
    const choosing = this.plans.status !== 'standalone';
    const waiting =
      (choosing ? this.plans.renderState({ what, locale, empty: () => emptyView(m('whatActive'), locale) }) : undefined) ??
      this.plan.renderState({ what, locale, empty: () => emptyView(m('whatEmpty'), locale) });
    const mapped = this.plan.value;
    return html`${this.renderPicker(locale)}${waiting ?? (mapped ? this.renderPlan(mapped, locale) : nothing)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
