import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dataSourceContext, patientContext, photoPolicyContext, referralFeedContext, userContext } from '../context/keys.js';
import type { ReferralFeed } from '../data/referral-feed.js';
import type { DataSource } from '../data/data-source.js';
import { LocalizeController } from './localize-controller.js';
import type { PhotoPolicy } from './safe-url.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What a `<care-team-provider>` around the element supplies: data source, patient, user, locale,
 * referral feed, photo policy. One controller instead of a `@consume` field each per element; every value is undefined when
 * there is no provider (standalone mode), and the host re-renders when the provider changes them.
 */
export class CareConnection implements ReactiveController {
  private readonly dataSourceConsumer: ContextConsumer<typeof dataSourceContext, Host>;
  private readonly patientConsumer: ContextConsumer<typeof patientContext, Host>;
  private readonly userConsumer: ContextConsumer<typeof userContext, Host>;
  private readonly feedConsumer: ContextConsumer<typeof referralFeedContext, Host>;
  private readonly photoPolicyConsumer: ContextConsumer<typeof photoPolicyContext, Host>;
  /** The one localisation controller: the locale, and messages bound to it. */
  readonly localize: LocalizeController;

  constructor(host: Host) {
    host.addController(this);
    this.dataSourceConsumer = new ContextConsumer(host, { context: dataSourceContext, subscribe: true });
    this.patientConsumer = new ContextConsumer(host, { context: patientContext, subscribe: true });
    this.userConsumer = new ContextConsumer(host, { context: userContext, subscribe: true });
    this.feedConsumer = new ContextConsumer(host, { context: referralFeedContext, subscribe: true });
    this.photoPolicyConsumer = new ContextConsumer(host, { context: photoPolicyContext, subscribe: true });
    this.localize = new LocalizeController(host);
  }

  get dataSource(): DataSource | undefined {
    return this.dataSourceConsumer.value;
  }

  /** The provider's patient as "Patient/<id>". */
  get patient(): string | undefined {
    return this.patientConsumer.value;
  }

  /** The provider's feed of referral status changes (subscription or polling). */
  get referralFeed(): ReferralFeed | undefined {
    return this.feedConsumer.value;
  }

  /** The provider's `photos` policy: which photos elements inside it may load. */
  get photoPolicy(): PhotoPolicy | undefined {
    return this.photoPolicyConsumer.value;
  }

  /** The provider's signed-in clinician as "PractitionerRole/<id>". */
  get user(): string | undefined {
    return this.userConsumer.value;
  }

  /** Which locale the element speaks (see LocalizeController): the provider's, the nearest `lang`, the page's. */
  get locale(): string {
    return this.localize.locale;
  }

  hostConnected(): void {}
}
