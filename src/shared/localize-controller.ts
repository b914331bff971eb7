/**
 * The one localisation controller: which locale an element speaks, and its messages bound to it.
 * The locale is the provider's `locale`, else the `lang` of the element's nearest ancestor (across
 * shadow roots), else `<html lang>`, else the browser's; malformed tags are skipped (Intl would
 * throw). The element re-renders when the provider's locale or any `lang` on the page changes.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext } from '../context/keys.js';
import { nearestLang, onLangChange } from '../i18n/lang-observer.js';
import { bindMessages, documentLocale, safeLocale, type Msg, type Translator } from '../i18n/localize.js';

type Host = ReactiveControllerHost & HTMLElement;

export class LocalizeController implements ReactiveController {
  private readonly provided: ContextConsumer<typeof localeContext, Host>;
  private stop?: (() => void) | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.provided = new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  /** Always a tag `Intl` accepts. */
  get locale(): string {
    return safeLocale(this.provided.value) ?? safeLocale(nearestLang(this.host)) ?? documentLocale();
  }

  /** A namespace's messages in this element's locale, for one render pass: `m('key', { name })`. */
  bind<K extends string>(messages: Translator<K>): Msg<K> {
    return bindMessages(messages, this.locale);
  }

  hostConnected(): void {
    this.stop = onLangChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
