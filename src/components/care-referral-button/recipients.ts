/**
 * Who the referral can go to: the host's `peers`, or (connected, once the form is open) the
 * client's team peers and the programme's, loaded with the form's code through ConnectedData. The
 * programme is the one given, named by `programme-name`, else the team peer's organisation.
 */
import { nothing, type TemplateResult } from 'lit';
import type { DataSource } from '../../data/data-source.js';
import type { LoadedRecipients } from '../../data/load-recipients.js';
import type { ReferralRecipient as Recipient } from '../../fhir/write/referral.js';
import { ConnectedData, type ConnectedDataHost } from '../../shared/connected-data.js';
import type { Msg } from './messages.js';
import type { ReferralWorkflow } from './workflow-loader.js';

type Args = readonly [DataSource, string, string | undefined, ReferralWorkflow];

export class Recipients {
  /** The host's own list (`peers`), which replaces loading. */
  given?: Recipient[] | undefined;
  private readonly data: ConnectedData<Args, LoadedRecipients, LoadedRecipients>;

  constructor(host: ConnectedDataHost, args: () => Args | undefined) {
    this.data = new ConnectedData<Args, LoadedRecipients, LoadedRecipients>(host, {
      args: () => (this.given ? undefined : args()),
      load: ([source, patient, programme, workflow], signal) => workflow.loadRecipients(source, patient, programme, { signal }),
      loadSource: ([, patient]) => `CareTeam?subject=${patient}`,
      inputs: () => [],
      map: (loaded) => (loaded ? { value: loaded, problems: [], source: 'peers' } : undefined),
      focusAfterRetry: () => host.renderRoot.querySelector<HTMLElement>('#recipient'),
    });
  }

  peers(): Recipient[] {
    return this.given ?? this.data.value?.peers ?? [];
  }

  /** The programme the Consent names: the one given (with its name), else the one found. */
  programme(reference: string | undefined, name: string | undefined): Recipient | undefined {
    const loaded = this.data.value?.programme;
    if (!reference) return loaded;
    return { reference, name: name ?? (loaded?.reference === reference ? loaded.name : '') };
  }

  /** "Loading the peer specialists…", or the error with Try again; nothing once they are there. */
  state(m: Msg, locale: string): TemplateResult | typeof nothing {
    const status = this.data.status;
    if (status !== 'loading' && status !== 'error') return nothing;
    const view = this.data.renderState({ what: m('peers'), locale, empty: () => [] });
    return view && !Array.isArray(view) ? view : nothing;
  }
}
