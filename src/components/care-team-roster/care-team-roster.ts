import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { idFromReference, asReference } from '../../fhir/references.js';
import type { DataSource } from '../../data/data-source.js';
import type { CareTeamResource, FhirResourceJson, FhirResources } from '../../fhir/types.js';
import { hasActivePeer, type CareTeam } from '../../model/care-team.js';
import type { TeamMember } from '../../model/team-member.js';
import { CareConnection } from '../../shared/care-connection.js';
import { ConnectedData } from '../../shared/connected-data.js';
import { emptyView, invalidDataView } from '../../shared/state-views.js';
import { CareMemberSelectedEvent } from './events.js';
import { bind } from './messages.js';
import { clampHeadingLevel } from '../../shared/heading-level.js';
import { mapRosterInput, type RosterInput } from './roster-input.js';
import { loadTeamById, loadTeamForPatient, type LoadedTeam } from '../../data/load-care-team.js';
import { renderGroups, renderPast, virtualizer, type ListContext } from './roster-lists.js';
import {
  buildRosterView,
  navigationOrder,
  rosterOptions,
  shouldVirtualize,
  type GroupBy,
  type RosterView,
  type SortBy,
} from './roster-model.js';
import { renderMember } from './roster-row.js';
import { RosterFocus } from './roster-focus.js';
import { renderHeader, renderNoPeer, renderToolbar } from './roster-parts.js';
import { cardInput, renderPeerCard, type CardInput } from './roster-card.js';
import { styles } from './care-team-roster.styles.js';
import { textAttribute } from '../../shared/text-attribute.js';

const VIEW_OPTIONS = ['groupBy', 'sort', 'filterRole'];

/** Connected: the data source, and the team's id or else the patient whose active team to show. */
type TeamLoadArgs = readonly [DataSource, string | undefined, string | undefined];

/**
 * The care team as clinicians see it: every member with their role(s), what they do in this team,
 * organisation and period, the peer specialist unmistakable (badge, accent and a "what a peer does
 * here" line), the client and family shown as such, and past members under a collapsed "Past
 * members". When no current member is a peer specialist, a notice says so and offers the
 * `no-peer` slot for a referral button.
 *
 * **Inputs.** Standalone: `careTeam` (FHIR R4 CareTeam) + `resources` (an array or a Bundle; the
 * team's `contained` resources work too). Connected, inside `<care-team-provider>`:
 * `care-team-id`, or `patient` (else the provider's patient) to show that patient's active care
 * team. Unresolved members show the reference's display text or "Unknown member".
 *
 * **Keyboard.** The rows are one tab stop: arrow keys, Home / End and type-ahead by name move
 * between them; Enter or Space selects. Above 200 rows the lists render through
 * `@lit-labs/virtualizer` in a scroller (`--care-team-roster-max-height`).
 *
 * @summary The whole care team, each member's role and responsibility, the peer specialist unmistakable.
 * @tag care-team-roster
 * @fires {CareMemberSelectedEvent} care-member-selected - The user selected a member (click, Enter or Space). Detail `{ member: TeamMember, careTeamId? }`. Not cancelable.
 * @fires {CareDataErrorEvent} care-data-error - The input could not be shown in full (`kind: 'validation'`) or could not be loaded (`kind: 'load'`).
 * @slot no-peer - Shown in the "no peer specialist" notice, e.g. a `<care-referral-button>`.
 * @csspart header - Team name and member count.
 * @csspart title - The team name.
 * @csspart summary - The member count (a polite live region: filtering is announced).
 * @csspart toolbar - Group, filter and sort controls.
 * @csspart no-peer - The notice shown when no current member is a peer specialist.
 * @csspart lists - The scroller around the member lists.
 * @csspart group - One group (role or organisation) of members.
 * @csspart heading - A group's heading with its count.
 * @csspart list - A list of members.
 * @csspart item - One member (list item).
 * @csspart member - The member's button: name, roles, responsibility, organisation, period.
 * @csspart name - The member's name.
 * @csspart role - The role badge and role texts.
 * @csspart badge - A role badge (`peer-badge` too for a peer).
 * @csspart responsibility - What the member does in this team.
 * @csspart organization - The member's organisation.
 * @csspart period - Since when / until when the member is on the team.
 * @csspart past - The "Past members" disclosure.
 * @csspart status - Loading, error, empty and invalid-data notices.
 * @cssprop --care-team-roster-loading-height - Room the roster keeps while it loads, so the page does not jump (default 40rem).
 * @cssprop --care-team-roster-max-height - Height limit of the member lists, which scroll beyond it (default 70vh; `none` lets the page scroll).
 * @cssprop --care-team-roster-row-surface - Background of a member row.
 * @cssprop --care-team-roster-peer-accent - The peer row's edge colour; defaults to the system peer colour.
 * @cssprop --care-team-roster-peer-surface - The peer row's background.
 * @cssprop --care-team-roster-selected - Outline colour of the selected member.
 */
export class CareTeamRoster extends LitElement {
  static override styles = styles;

  /** The CareTeam (FHIR R4) to show; standalone mode. */
  @property({ attribute: false }) careTeam?: CareTeamResource | FhirResourceJson;

  /** Resources the team references (Practitioner, PractitionerRole, Organization, …): an array or a Bundle. */
  @property({ attribute: false }) resources?: FhirResources;

  /** Connected mode: the CareTeam id (or `CareTeam/<id>`) to load through `<care-team-provider>`. */
  @property({ attribute: 'care-team-id', reflect: true, converter: textAttribute }) careTeamId?: string;

  /** Connected mode without `care-team-id`: the patient whose active care team to show (else the provider's patient). */
  @property() patient?: string;

  /** `role` (default), `organization` or `none`. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'role';

  /** `name` (default) or `role`. */
  @property() sort: SortBy = 'name';

  /** Show only this role category (e.g. `peer-specialist`); empty for everyone. */
  @property({ attribute: 'filter-role' }) filterRole = '';

  /** Selecting a peer specialist expands their compact `<care-peer-role-card>` in place. */
  @property({ type: Boolean, attribute: 'expand-peers', reflect: true }) expandPeers = false;

  /** Heading level of the team name (1–6, default 2); group headings sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The selected member's `key`; set by the user's selection or by the host (no event then). */
  @property() selected?: string;

  /** "Now" for deciding whose period has ended (tests, previews); defaults to the current time. */
  @property({ attribute: false }) now?: Date;

  @state() private pastOpen = false;
  @state() private expanded: ReadonlySet<string> = new Set();

  private readonly connection = new CareConnection(this);
  private readonly rowFocus = new RosterFocus(this);
  private readonly data = new ConnectedData<TeamLoadArgs, LoadedTeam | null, RosterInput>(this, {
    args: () => {
      const source = this.connection.dataSource;
      if (this.isStandalone || !source || !(this.teamId || this.patientReference)) return undefined;
      return [source, this.teamId, this.patientReference];
    },
    load: async ([source, id, patient], signal) =>
      id ? loadTeamById(source, id, signal) : ((await loadTeamForPatient(source, patient ?? '', signal)) ?? null),
    loadSource: ([, id, patient]) => (id ? `CareTeam/${id}` : `CareTeam?subject=${patient ?? ''}`),
    inputs: () => [this.careTeam, this.resources, this.now],
    map: (loaded) => {
      if (this.careTeam !== undefined) return mapRosterInput(this.careTeam, this.resources, this.now, 'careTeam');
      return loaded ? mapRosterInput(loaded.careTeam, loaded.resources, this.now, `CareTeam/${loaded.careTeam.id ?? ''}`) : undefined;
    },
    focusAfterRetry: () => this.renderRoot.querySelector<HTMLElement>('button.row[tabindex="0"]'),
  });
  /** The mapping the view was built from: a new one builds the view again. */
  private viewInput?: RosterInput;
  private view?: RosterView;
  private order: TeamMember[] = [];
  private virtual = false;

  private get isStandalone(): boolean {
    return this.careTeam !== undefined;
  }

  private get teamId(): string | undefined {
    return idFromReference('CareTeam', this.careTeamId) ?? ((typeof this.careTeamId === 'string' && this.careTeamId.trim()) || undefined);
  }

  private get patientReference(): string | undefined {
    return asReference('Patient', this.patient) ?? (this.teamId ? undefined : this.connection.patient);
  }

  private get locale(): string | undefined {
    return this.connection.locale;
  }

  /**
   * The rows in keyboard order and whether they are virtualized (for the focus controller).
   * @internal
   */
  get rows(): { order: readonly TeamMember[]; virtual: boolean } {
    return { order: this.order, virtual: this.virtual };
  }

  protected override willUpdate(changed: PropertyValues): void {
    const input = this.data.value;
    if (input !== this.viewInput || VIEW_OPTIONS.some((key) => changed.has(key))) {
      this.viewInput = input;
      this.view = input ? buildRosterView(input.team.members, this.options()) : undefined;
    }
    this.order = this.view ? navigationOrder(this.view, this.pastOpen) : [];
    this.virtual = shouldVirtualize(this.order.length) && !virtualizer.failed;
    this.rowFocus.sync(this.selected);
  }

  /** What a peer's card shows, when `expand-peers` is on and there is something to show. */
  private cardFor(member: TeamMember): CardInput | undefined {
    return this.expandPeers && member.isPeer ? cardInput(member, this.data.value?.resolver, !!this.connection.dataSource) : undefined;
  }

  private options() {
    return rosterOptions(this.groupBy, this.sort, this.filterRole);
  }

  /**
   * Selection by the user: the event, the selected row, and (with `expand-peers`) a peer's card.
   * @internal
   */
  select(member: TeamMember): void {
    this.selected = member.key;
    if (this.cardFor(member)) {
      const next = new Set(this.expanded);
      if (!next.delete(member.key)) next.add(member.key);
      this.expanded = next;
    }
    const careTeamId = this.data.value?.team.id;
    // Built first, then dispatched: the manifest documents the event from the @fires tag only.
    const selected = new CareMemberSelectedEvent({ member, ...(careTeamId ? { careTeamId } : {}) });
    this.dispatchEvent(selected);
  }

  private readonly onVirtualizerFailed = (): void => this.requestUpdate();

  private readonly onPastToggle = (event: Event): void => {
    this.pastOpen = (event.target as HTMLDetailsElement).open;
  };

  private readonly onOption = (name: 'groupBy' | 'sort' | 'filterRole', value: string): void => {
    this[name] = value as never;
  };

  protected override render(): TemplateResult {
    return html`<div class="roster">${this.renderState()}</div>`;
  }

  private renderState(): TemplateResult | TemplateResult[] {
    const locale = this.locale;
    const noTeamFound = this.data.loaded === null;
    const waiting = this.data.renderState({
      what: bind(locale)('what'),
      locale,
      empty: () =>
        noTeamFound ? [emptyView(bind(locale)('noTeam'), locale), renderNoPeer(locale)] : emptyView(bind(locale)('whatNoun'), locale),
    });
    const input = this.data.value;
    return waiting ?? (input && this.view ? this.renderTeam(input.team, this.view, locale) : []);
  }

  private renderTeam(team: CareTeam, view: RosterView, locale: string | undefined): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel, 2);
    const problems = this.data.problems;
    const empty = team.members.length === 0 ? bind(locale)('empty') : view.shown === 0 ? bind(locale)('noMatch') : '';
    const context: ListContext = {
      locale,
      virtual: this.virtual,
      headingLevel: level,
      pastOpen: this.pastOpen,
      row: (member, index, position, size) => this.renderRow(member, index, position, size, locale),
      onVisibility: this.rowFocus.onVisibility,
      onVirtualizerFailed: this.onVirtualizerFailed,
      onPastToggle: this.onPastToggle,
    };
    return html`${renderHeader(team.name, view, level, locale)}
      ${problems.length ? invalidDataView(bind(locale)('what'), problems, locale) : nothing}
      ${hasActivePeer(team) ? nothing : renderNoPeer(locale)}
      ${team.members.length ? renderToolbar(view, this.options(), this.onOption, locale) : nothing}
      ${empty ? html`<p class="notice" part="status">${empty}</p>` : nothing}
      <div class="lists" part="lists" tabindex="-1" @click=${this.rowFocus.onClick} @keydown=${this.rowFocus.onKeydown} @focusin=${this.rowFocus.onFocusIn}
        @focusout=${this.rowFocus.onFocusOut}>
        ${renderGroups(view, context)}${renderPast(view, context)}
      </div>`;
  }

  private renderRow(member: TeamMember, index: number, position: number, size: number, locale: string | undefined): TemplateResult {
    const input = this.cardFor(member);
    const expanded = input ? this.expanded.has(member.key) : undefined;
    return renderMember(member, {
      index,
      position,
      size,
      locale,
      tabbable: member.key === this.rowFocus.tabStop,
      selected: member.key === this.selected,
      expanded,
      card: expanded && input ? renderPeerCard(input, this.data.value?.resources, this.now) : undefined,
    });
  }
}
