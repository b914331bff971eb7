import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { idFromReference, isGiven } from '../../fhir/references.js';
import type { DataSource } from '../../data/data-source.js';
import type { PeerRole } from '../../model/peer-role.js';
import type { FhirResourceJson, FhirResources, Practitioner, PractitionerRole } from '../../fhir/types.js';
import type { DataProblem } from '../../model/problems.js';
import { CareConnection } from '../../shared/care-connection.js';
import { ConnectedData, type Mapped } from '../../shared/connected-data.js';
import { emptyView, invalidDataView } from '../../shared/state-views.js';
import { CarePeerContactRequestedEvent } from './events.js';
import { availabilityText } from './format.js';
import { clampHeadingLevel } from '../../shared/heading-level.js';
import { readPhotoPolicy, type PhotoPolicy } from '../../shared/safe-url.js';
import { avatar, fullHeader, nameText, roleText, stateText, type IdentityContext } from './identity.js';
import { bind } from './messages.js';
import { mapFhirInput, readScopeOverride, type MappedPeer } from './peer-input.js';
import { loadPeerModelValidator, peerModelValidator, type PeerModelValidator } from './peer-model-loader.js';
import { loadPeer, type LoadedPeer } from '../../data/load-peer.js';
import { buildCardModel, type CardAudience, type CardModel, type CardVariant, type ContactItem } from './peer-view.js';
import * as sections from './sections.js';
import { styles } from './care-peer-role-card.styles.js';
import { textAttribute } from '../../shared/text-attribute.js';

/** What a card loads: its role and what that references (connected), or the `peer` model's validator. */
type CardLoadArgs = readonly ['role', DataSource, string] | readonly ['peer', PeerRole];
type CardLoad = LoadedPeer | PeerModelValidator;

/**
 * One peer specialist, so that clinicians, supervisors and clients understand the role: who they
 * are, the role and organisation, credential (expired ones marked), what a peer does and does not
 * do, SAMHSA competencies and values, supervision, availability, languages, contact, the peer's
 * own lived-experience statement (only with consent, for the matching `audience`) and an "About
 * peer support" explainer.
 *
 * **Inputs.** Standalone: `practitionerRole` (+ `practitioner`, + `resources`: an array or a
 * Bundle resolving the Practitioner, Organization and supervisor) or `peer` (a `PeerRole` model
 * object; it takes precedence over the FHIR properties). Connected: `practitioner-role-id` inside
 * `<care-team-provider>`; the card reads the role and what it references through the provider.
 * Invalid input renders what is valid, shows a notice and fires `care-data-error`.
 *
 * **What a peer does / does not do**, each list on its own: the `does` / `doesNot` property (the
 * organisation's override) > the role's `peer-role-scope` extension (or `peer.does`) > the
 * SAMHSA-based defaults. An empty array counts as not given.
 *
 * The photo is loaded only from an `https` or relative URL, and only from the page's own origin
 * with `photos="same-origin"` (or none with `photos="none"`; the provider's `photos` applies
 * when the card has none); otherwise the initials are shown.
 *
 * @summary A peer specialist's role, credential, scope, supervision and contact, in one card.
 * @tag care-peer-role-card
 * @fires {CarePeerContactRequestedEvent} care-peer-contact-requested - The user activated a phone or e-mail link. Detail `{ method, value, href, peer }`. Cancelable: `preventDefault()` stops the browser following the link, so the host can open its own secure messaging.
 * @fires {CareDataErrorEvent} care-data-error - The input could not be shown in full (`kind: 'validation'`) or could not be loaded (`kind: 'load'`).
 * @slot actions - Buttons for the host, e.g. a `<care-referral-button>`; shown in both variants.
 * @csspart card - The card (an `article` in the full variant).
 * @csspart header - Avatar, name, role and state (full variant).
 * @csspart avatar - The photo or initials.
 * @csspart name - The name and pronouns.
 * @csspart role - The role badge and organisation.
 * @csspart badge - The role badge (`peer-badge` too for a peer).
 * @csspart scope - What a peer does and does not do.
 * @csspart credential - The credentials.
 * @csspart competencies - SAMHSA competencies and values.
 * @csspart supervision - Supervisor, cadence, peer experience.
 * @csspart availability - Availability and languages.
 * @csspart contact - Contact links.
 * @csspart lived-experience - The peer's own statement (only with consent).
 * @csspart about - The "About peer support" disclosure.
 * @csspart actions - The wrapper of the actions slot.
 * @csspart status - Loading, error, empty and invalid-data notices.
 * @cssprop --care-peer-card-loading-height - Room the card keeps while it loads, so the page does not jump (default 60rem; 4rem compact).
 * @cssprop --care-peer-card-surface - Card background.
 * @cssprop --care-peer-card-border - Card border colour.
 * @cssprop --care-peer-card-accent - The peer accent (card edge); defaults to the system peer colour.
 * @cssprop --care-peer-card-radius - Card corner radius.
 * @cssprop --care-peer-card-padding - Card padding.
 * @cssprop --care-peer-card-avatar-size - Avatar size in the full variant.
 */
export class CarePeerRoleCard extends LitElement {
  static override styles = styles;

  /** The peer's PractitionerRole (FHIR R4). */
  @property({ attribute: false }) practitionerRole?: PractitionerRole | FhirResourceJson;

  /** The Practitioner behind the role; used even when the role's reference does not resolve to it. */
  @property({ attribute: false }) practitioner?: Practitioner | FhirResourceJson;

  /** Referenced resources (Practitioner, Organization, supervisor's PractitionerRole / Practitioner): an array or a Bundle. */
  @property({ attribute: false }) resources?: FhirResources;

  /**
   * The peer as a model object; takes precedence over `practitionerRole`. Validated like FHIR
   * input, by a module loaded on first use: the card shows a loading state until it has arrived.
   */
  @property({ attribute: false }) peer?: PeerRole;

  /** The organisation's own "what a peer does" list; overrides the extension and the defaults. */
  @property({ attribute: false }) does?: string[];

  /** The organisation's own "what a peer does not do" list; overrides the extension and the defaults. */
  @property({ attribute: false }) doesNot?: string[];

  /** "Now" for expired credentials and ended roles (tests, previews); defaults to the current time. */
  @property({ attribute: false }) now?: Date;

  /** Connected mode: the PractitionerRole id (or `PractitionerRole/<id>`) to load through `<care-team-provider>`. */
  @property({ attribute: 'practitioner-role-id', reflect: true, converter: textAttribute }) practitionerRoleId?: string;

  /**
   * Who is looking: `team` or `client`. The lived-experience statement appears only when the peer
   * consented to this audience; unset (or any other value) shows it to no one.
   */
  @property({ reflect: true, converter: textAttribute }) audience?: CardAudience;

  /** `full` (default) or `compact`: one line for rosters and pickers (avatar, name, role, availability). */
  @property({ reflect: true, converter: textAttribute }) variant: CardVariant = 'full';

  /** Heading level of the peer's name (1–6, default 3); section headings sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Which photo the card may load: `any` (default), `same-origin` or `none`; unset: the provider's. */
  @property() photos?: PhotoPolicy;

  @state() private photoFailed = false;
  @state() private hasActions = false;

  private readonly connection = new CareConnection(this);
  private readonly data = new ConnectedData<CardLoadArgs, CardLoad, CardModel>(this, {
    // Connected: the role and what it references. A `peer` model: its validator, a module loaded on first use.
    args: () => {
      const id = this.roleId();
      const source = this.connection.dataSource;
      if (id && source) return ['role', source, id];
      return this.peer !== undefined && this.peer !== null ? ['peer', this.peer] : undefined;
    },
    load: (args, signal) => (args[0] === 'role' ? loadPeer(args[1], args[2], signal) : loadPeerModelValidator()),
    cached: (args) => (args[0] === 'peer' ? peerModelValidator().module : undefined),
    failureMessage: 'the peer model validator could not be loaded',
    loadSource: (args) => (args[0] === 'role' ? `PractitionerRole/${args[2]}` : 'peer'),
    inputs: () => [
      this.practitionerRole,
      this.practitioner,
      this.resources,
      this.peer,
      this.does,
      this.doesNot,
      this.now,
      this.audience,
      this.practitionerRoleId,
    ],
    map: (loaded) => this.mapInputs(loaded),
    focusAfterRetry: () => this.renderRoot.querySelector<HTMLElement>('[part~="card"]'),
  });

  private roleId(): string | undefined {
    return idFromReference('PractitionerRole', this.practitionerRoleId);
  }

  protected override willUpdate(): void {
    const photo = this.data.value?.peer.photoUrl;
    if (photo !== this.shownPhoto) this.photoFailed = false;
    this.shownPhoto = photo;
  }

  private shownPhoto?: string | undefined;

  /** Validates and maps whatever was given (or loaded), once per change of it. */
  private mapInputs(loaded: CardLoad | undefined): Mapped<CardModel> | undefined {
    const problems: DataProblem[] = [];
    const does = readScopeOverride(this.does, 'does', problems);
    const doesNot = readScopeOverride(this.doesNot, 'doesNot', problems);
    if (isGiven(this.practitionerRoleId) && !this.roleId())
      problems.push({ path: 'practitionerRoleId', code: 'wrong-type', message: 'practitionerRoleId: is not a PractitionerRole id' });
    let mapped: MappedPeer;
    let source = 'practitionerRole';
    if (loaded && 'role' in loaded) {
      source = `PractitionerRole/${this.roleId()}`;
      mapped = mapFhirInput({ practitionerRole: loaded.role, loaded: loaded.resources, resources: this.resources, now: this.now });
    } else if (loaded) {
      source = 'peer';
      mapped = loaded.mapPeerModel(this.peer);
    } else if (this.data.status === 'standalone') {
      mapped = mapFhirInput({
        practitionerRole: this.practitionerRole,
        practitioner: this.practitioner,
        resources: this.resources,
        now: this.now,
      });
    } else {
      return undefined; // loading, or the load failed: the controller shows that
    }
    const model = mapped.peer ? buildCardModel(mapped.peer, { does, doesNot, now: this.now, audience: this.audience }) : undefined;
    return { value: model, problems: [...mapped.problems, ...problems], source };
  }

  private readonly onContact = (item: ContactItem, event: Event): void => {
    if (!item.href) return;
    const reference = this.data.value?.reference;
    const request = new CarePeerContactRequestedEvent({
      method: item.method,
      value: item.value,
      href: item.href,
      ...(reference ? { peer: reference } : {}),
    });
    this.dispatchEvent(request);
    if (request.defaultPrevented) event.preventDefault();
  };

  private readonly onPhotoError = (): void => {
    this.photoFailed = true;
  };

  private readonly onSlotChange = (event: Event): void => {
    this.hasActions = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  };

  protected override render(): unknown {
    const ctx = this.context();
    const waiting = this.data.renderState({
      what: ctx.t('what'),
      locale: ctx.locale,
      empty: () => emptyView(ctx.t('emptyWhat'), ctx.locale),
    });
    const model = this.data.value;
    if (waiting || !model) return waiting ?? nothing;
    const problems = [...this.data.problems];
    return this.variant === 'compact' ? this.renderCompact(model, problems, ctx) : this.renderFull(model, problems, ctx);
  }

  /** Locale, bound messages and handlers for the templates, built once per render. */
  private context(): IdentityContext {
    const locale = this.connection.locale;
    const photoPolicy = readPhotoPolicy(this.photos) ?? this.connection.photoPolicy;
    return { locale, t: bind(locale), photoFailed: this.photoFailed, photoPolicy, onPhotoError: this.onPhotoError };
  }

  private renderActions(): TemplateResult {
    return html`<div part="actions" class="actions" ?hidden=${!this.hasActions}>
      <slot name="actions" @slotchange=${this.onSlotChange}></slot>
    </div>`;
  }

  private renderFull(model: CardModel, problems: DataProblem[], ctx: ReturnType<CarePeerRoleCard['context']>): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel, 3);
    const inner = { ...ctx, level: Math.min(6, level + 1), onContact: this.onContact };
    return html`<article part="card" class="card full ${model.peer.isPeer ? 'peer' : ''}" aria-labelledby="name" tabindex="-1">
      ${problems.length ? invalidDataView(ctx.t('what'), problems, ctx.locale) : nothing} ${fullHeader(model, level, ctx)}
      ${model.peer.isPeer ? nothing : html`<p class="note">${ctx.t('notPeer')}</p>`}
      ${sections.scopeSection(model, inner)} ${sections.credentialSection(model, inner)} ${sections.competencySection(model, inner)}
      ${sections.supervisionSection(model, inner)} ${sections.availabilitySection(model, inner)} ${sections.contactSection(model, inner)}
      ${sections.livedExperienceSection(model, inner)} ${sections.aboutSection(ctx)} ${this.renderActions()}
    </article>`;
  }

  private renderCompact(model: CardModel, problems: DataProblem[], ctx: ReturnType<CarePeerRoleCard['context']>): TemplateResult {
    const { peer } = model;
    const availability = peer.availability.map((slot) => availabilityText(slot, ctx.locale)).join('; ');
    return html`<div part="card" class="card compact ${peer.isPeer ? 'peer' : ''}" tabindex="-1">
      ${avatar(peer, ctx)}
      <span part="name" class="name">${nameText(peer, ctx)}</span>
      <span part="role" class="role">${roleText(model, ctx)}</span>
      ${peer.active ? nothing : html`<span class="flag ended">${stateText(peer, ctx)}</span>`}
      ${
        availability
          ? html`<span class="availability"><span class="visually-hidden">${ctx.t('availabilityLabel')} </span>${availability}</span>`
          : nothing
      }
      ${problems.length ? html`<span class="flag incomplete">${ctx.t('incomplete')}</span>` : nothing}
      ${this.renderActions()}
    </div>`;
  }
}
