import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import {
  dataSourceContext,
  localeContext,
  patientContext,
  photoPolicyContext,
  referralFeedContext,
  userContext,
} from '../../context/keys.js';
import { ReferralFeed } from '../../data/referral-feed.js';
import { asReference } from '../../fhir/references.js';
import type { DataSource } from '../../data/data-source.js';
import { FhirRestDataSource, type FhirRequestClient } from '../../data/fhir-rest-data-source.js';
import { SharedReadsDataSource } from '../../data/shared-reads.js';
import { applyPreset } from '../../theme/apply.js';
import { isThemePreset, type ThemePreset } from '../../theme/presets.js';
import { applySmartStyle, type SmartStyle } from '../../theme/smart-style.js';
import { readPhotoPolicy, type PhotoPolicy } from '../../shared/safe-url.js';
import { textAttribute } from '../../shared/text-attribute.js';

const CONNECTION_PROPERTIES = ['dataSource', 'fhirClient', 'fhirBaseUrl', 'fetch', 'requestTimeout'];

/**
 * Supplies a FHIR data source, the patient, the signed-in user and the locale to every
 * care-team element inside it, through Lit context. It renders its children unchanged.
 *
 * Give it one of: a `dataSource` (any object implementing `DataSource`), a `fhirClient` (anything
 * with `request()`, such as a SMART on FHIR `fhirclient` Client, already authorised by the host),
 * or a `fhir-base-url` with an optional `fetch` (e.g. one that adds the host's Authorization
 * header). The library never runs OAuth itself and never talks to any other server.
 *
 * Theming: `theme="light" | "dark" | "high-contrast"` applies a preset to everything inside; with
 * no `theme`, the elements follow the page's `color-scheme`, else the user's
 * `prefers-color-scheme`. `smartStyle` takes the JSON of a SMART App Launch `smart_style_url`
 * (fetched by the host) and maps it onto the tokens.
 *
 * Photos: `photos="same-origin"` keeps every element inside from loading a photo from another
 * origin (initials instead), so a photo host never learns when a chart is opened; `photos="none"`
 * shows initials only. Photos are `https` or relative URLs in any case.
 *
 * @summary Connects the care-team elements inside it to a FHIR server, a patient and a user.
 * @tag care-team-provider
 * @slot - The care-team elements (and any other content) that should use this connection.
 */
export class CareTeamProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of a FHIR R4 server, e.g. `https://ehr.example.org/fhir`. */
  @property({ attribute: 'fhir-base-url', reflect: true, converter: textAttribute }) fhirBaseUrl?: string;

  /** The client: a Patient id or reference (`Patient/123`). */
  @property() patient?: string;

  /** The signed-in clinician's PractitionerRole id or reference, used as requester and author. */
  @property() user?: string;

  /** BCP 47 language for strings and dates; defaults to the page's `lang`. */
  @property() locale?: string;

  /** Per-request timeout in milliseconds for the data source built from a URL or client. */
  @property({ type: Number, attribute: 'request-timeout' }) requestTimeout = 15_000;

  /** Which photos the elements inside may load: `any` (default), `same-origin` or `none` (initials). */
  @property() photos?: PhotoPolicy;

  /** A theme preset for everything inside: `light`, `dark` or `high-contrast`. */
  @property({ reflect: true, converter: textAttribute }) theme?: ThemePreset;

  /** The EHR's SMART App Launch style object (`color_background`, `dim_border_radius`, …). */
  @property({ attribute: false }) smartStyle?: SmartStyle;

  /** An authorised client with `request()`, e.g. a SMART on FHIR `fhirclient` Client. */
  @property({ attribute: false }) fhirClient?: FhirRequestClient;

  /** A `fetch` to use with `fhir-base-url` (for example one that adds authentication headers). */
  @property({ attribute: false }) fetch?: typeof fetch;

  /** A ready data source; takes precedence over `fhirClient` and `fhir-base-url`. */
  @property({ attribute: false }) dataSource?: DataSource;

  private themeApplied = false;
  /** With no preset, re-check the page's colour scheme when the page changes it. */
  private readonly pageSchemeObserver = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => this.applyTheme());

  @provide({ context: dataSourceContext }) protected providedDataSource?: DataSource;
  @provide({ context: patientContext }) protected providedPatient?: string;
  @provide({ context: userContext }) protected providedUser?: string;
  @provide({ context: localeContext }) protected providedLocale?: string;
  @provide({ context: photoPolicyContext }) protected providedPhotoPolicy?: PhotoPolicy;
  /** One feed of referral status changes for the page: one socket (or one poll) however many elements follow referrals. */
  @provide({ context: referralFeedContext }) protected providedFeed?: ReferralFeed;

  /**
   * The data source the elements inside use: `dataSource`, or the one built from `fhirClient` or
   * `fhir-base-url`. Hosts can use it for their own reads through the same connection.
   */
  get activeDataSource(): DataSource | undefined {
    return this.providedDataSource;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (CONNECTION_PROPERTIES.some((key) => changed.has(key))) {
      this.providedDataSource = this.buildDataSource();
      this.replaceFeed();
    } else if (!this.providedFeed && this.providedDataSource) {
      this.replaceFeed(); // back in the page after being moved
    }
    if (changed.has('patient')) this.providedPatient = asReference('Patient', this.patient);
    if (changed.has('user')) this.providedUser = asReference(['PractitionerRole', 'Practitioner'], this.user);
    if (changed.has('locale')) this.providedLocale = this.locale || undefined;
    if (changed.has('photos')) this.providedPhotoPolicy = readPhotoPolicy(this.photos);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const target of [document.documentElement, document.body]) {
      if (target) this.pageSchemeObserver?.observe(target, { attributes: true, attributeFilter: ['class', 'style'] });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pageSchemeObserver?.disconnect();
    // Its socket and timers end with the page's use of it; connectedCallback's update builds a new one.
    this.providedFeed?.dispose();
    this.providedFeed = undefined;
  }

  private replaceFeed(): void {
    this.providedFeed?.dispose();
    this.providedFeed = this.providedDataSource && this.isConnected ? new ReferralFeed(this.providedDataSource) : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    // First update too: with no preset the default (page scheme, else the OS's) must be set.
    if (!this.themeApplied || changed.has('theme') || changed.has('smartStyle')) this.applyTheme();
  }

  private applyTheme(): void {
    applyPreset(this, isThemePreset(this.theme) ? this.theme : undefined);
    if (this.smartStyle) applySmartStyle(this, this.smartStyle);
    this.themeApplied = true;
  }

  /** Whichever source is given, wrapped so that the elements inside share their reads (one per resource). */
  private buildDataSource(): DataSource | undefined {
    const source = this.connectionSource();
    return source && new SharedReadsDataSource(source);
  }

  private connectionSource(): DataSource | undefined {
    if (this.dataSource) return this.dataSource;
    const timeoutMs = this.requestTimeout;
    if (this.fhirClient) return new FhirRestDataSource({ client: this.fhirClient, timeoutMs });
    if (this.fhirBaseUrl) {
      return new FhirRestDataSource({ baseUrl: this.fhirBaseUrl, timeoutMs, ...(this.fetch ? { fetch: this.fetch } : {}) });
    }
    return undefined;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
