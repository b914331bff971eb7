/** The referral form inside the modal dialog. Stateless: values live in the form's own fields. */
import { html, nothing, type TemplateResult } from 'lit';
import { SHARED_EXPERIENCES } from '../../fhir/write/referral.js';
import type { DraftField } from '../../model/schemas/referral-draft.js';
import { PEER_GENDERS, URGENCIES } from '../../model/referral.js';
import { chosenPreferences, languageName, type Recipient } from './draft.js';
import type { Failure } from './failure.js';
import type { MessageKey, Msg } from './messages.js';

export interface FormView {
  m: Msg;
  locale: string;
  /** Field → message key from validateReferralDraft (`referral.error.*`). */
  errors: Partial<Record<DraftField, string>>;
  failure?: Failure | undefined;
  busy: boolean;
  /** Busy withdrawing, on Discard, what a failed send had saved (not sending). */
  withdrawing: boolean;
  /** Sending or sent once: the fields show exactly what is being sent, so they are read-only. */
  locked: boolean;
  programme?: Recipient | undefined;
  peers: readonly Recipient[];
  /** Loading / error view of the connected peer list, if any. */
  peersState: TemplateResult | typeof nothing;
  languages: readonly string[];
  /** "Discard draft" was pressed: the question and its two answers stand in its place. */
  confirmingDiscard: boolean;
  onSubmit: (event: SubmitEvent) => void;
  /** Any edit in the form (an error clears as soon as its field is fixed). */
  onInput: () => void;
  onClose: () => void;
  /** "Discard draft" asks first (true); "Keep editing" or Escape at the question take it back (false). */
  onDiscardAsk: (asking: boolean) => void;
  /** "Discard" at the question: the draft goes. */
  onDiscard: () => void;
}

const REQUIRED = html`<span aria-hidden="true"> *</span>`;

/** A field's error text; always present, so aria-describedby never points at nothing. */
const fieldError = (id: string, key: string | undefined, m: Msg) =>
  html`<p class="error" id="${id}-error">${key ? m(key.replace(/^referral\./, '') as MessageKey) : ''}</p>`;

const options = (values: readonly string[], label: (value: string) => string, m: Msg) =>
  html`<option value="">${m('noPreference')}</option>${values.map((value) => html`<option value=${value}>${label(value)}</option>`)}`;

/** Without a known programme, "the programme decides" has no one to send to: errors.performer says so. */
function recipientField({ m, programme, peers, peersState, errors, locked }: FormView): TemplateResult {
  const group = peers.map((peer) => html`<option value=${peer.reference}>${peer.name}</option>`);
  return html`<div class="field"><label for="recipient">${m('recipient')}</label>
    <select id="recipient" name="recipient" ?disabled=${locked} aria-invalid=${!!errors.performer} aria-describedby="recipient-error">
    <option value=${programme?.reference ?? ''}>${programme?.name || m('programme')}</option>
    ${peers.length ? html`<optgroup label=${m('peerGroup')}>${group}</optgroup>` : nothing}</select>${fieldError('recipient', errors.performer, m)}${peersState}</div>`;
}

/**
 * The optional preferences fold away, so the required fields, consent and Send fit a laptop screen
 * unscrolled. The summary says how many are chosen: the form's own input handler writes the count
 * into `.chosen`, an element no binding owns (Lit never overwrites it); `.none` is shown while it is
 * empty. Shared-experience values are stable codes (stored in the ServiceRequest); only the labels
 * are localised.
 */
function preferences({ m, locale, languages, locked }: FormView): TemplateResult {
  return html`<details class="preferences"><summary>${m('preferences.summary')} <span class="chosen"></span
    ><span class="none">${m('preferences.none')}</span></summary><fieldset class="plain" ?disabled=${locked}>
    <div class="field"><label for="language">${m('language')}</label>
      <select id="language" name="language">${options(languages, (code) => languageName(code, locale), m)}</select></div>
    <fieldset class="choices"><legend>${m('shared')}</legend>
      ${Object.keys(SHARED_EXPERIENCES).map((code) => html`<label><input type="checkbox" name="shared" value=${code} />${m(`shared.${code}` as MessageKey)}</label>`)}</fieldset>
    <div class="field"><label for="gender">${m('gender')}</label>
      <select id="gender" name="gender">${options(PEER_GENDERS.slice(0, 3), (g) => m(`gender.${g}` as MessageKey), m)}</select></div>
  </fieldset></details>`;
}

/** Writes the preferences summary's count (see preferences()). */
function showChosen(form: HTMLFormElement, m: Msg): void {
  const count = chosenPreferences(new FormData(form));
  const chosen = form.querySelector('.chosen');
  if (chosen) chosen.textContent = count ? m('preferences.count', { count }) : '';
}

const TABBABLE = 'button,input,select,textarea,summary';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last. A modal
 * <dialog> makes the page inert, but Chromium still lets focus leave it: to the dialog itself, then
 * to the document and the browser's own controls.
 */
function wrapTab(event: KeyboardEvent): void {
  // WebKitGTK 2.50 gives Shift+Tab the key 'Unidentified' (seen through WebKitWebDriver); its code is 'Tab'.
  const tab = event.key === 'Tab' || event.code === 'Tab';
  if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
  const form = event.currentTarget as HTMLFormElement;
  const items = [...form.querySelectorAll<HTMLElement>(TABBABLE)].filter((item) => !item.matches(':disabled') && item.checkVisibility());
  const [first, last] = [items[0], items.at(-1)];
  if (event.target !== (event.shiftKey ? first : last)) return;
  event.preventDefault();
  (event.shiftKey ? last : first)?.focus();
}

/** Read-only rather than disabled when locked: still focusable, readable and copyable. */
function textField(id: 'reason' | 'hopes' | 'note', { m, errors, locked }: FormView, required = false): TemplateResult {
  const error = required ? errors.reason : undefined;
  return html`<div class="field"><label for=${id}>${m(id)}${required ? REQUIRED : nothing}</label>
    <textarea id=${id} name=${id} ?required=${required} ?autofocus=${required} ?readonly=${locked} aria-invalid=${!!error} aria-describedby="${id}-error"></textarea>
    ${fieldError(id, error, m)}</div>`;
}

/**
 * After a failed send the fields stay locked and the one way forward is Retry (the same resources,
 * the same key) or Discard: an edit under the same key would leave the server with the old content.
 */
function failureNotice({ m, failure }: FormView): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  if (failure.step === 'withdraw')
    return html`<div class="notice error" part="error" role="alert"><span class="title">${m('notWithdrawn')}</span>
      <span>${failure.message} ${m('fail.withdraw')}</span></div>`;
  return html`<div class="notice error" part="error" role="alert"><span class="title">${m('notSent')}</span>
    <span>${failure.message} ${failure.step === 'ServiceRequest' ? '' : m('fail.partial')} ${m('fail.kept')}</span></div>`;
}

/**
 * Send first, Discard last: the destructive action is the last stop in the tab order and asks
 * before it acts (focus moves to its confirm button; Escape or "Keep editing" return to it).
 */
function actions(v: FormView): TemplateResult {
  const { m } = v;
  const busy = v.busy ? 'true' : 'false';
  const keepOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Not the dialog's Escape: this one only takes back the question.
    event.preventDefault();
    v.onDiscardAsk(false);
  };
  const discard = v.confirmingDiscard
    ? html`<div class="confirm" role="group" aria-labelledby="discard-question" @keydown=${keepOnEscape}><span id="discard-question">${m('discard.question')}</span>
        <button type="button" id="discard-confirm" aria-disabled=${busy} @click=${v.onDiscard}>${m('discard.confirm')}</button>
        <button type="button" id="discard-keep" @click=${() => v.onDiscardAsk(false)}>${m('discard.keep')}</button></div>`
    : html`<button type="button" id="discard" class="discard" aria-disabled=${busy} @click=${() => v.onDiscardAsk(true)}>${m('discard')}</button>`;
  return html`<div class="actions" part="actions"><button type="submit" class="primary" part="submit" aria-disabled=${busy}>${m(v.failure ? 'retry' : 'submit')}</button>
      <button type="button" aria-disabled=${busy} @click=${v.onClose}>${m('close')}</button>${discard}</div>`;
}

export function formView(v: FormView): TemplateResult {
  const { m, errors } = v;
  const count = Object.keys(errors).length;
  const onInput = (event: Event) => {
    showChosen(event.currentTarget as HTMLFormElement, m);
    v.onInput();
  };
  // `reset` fires before the fields are reset: count once they are.
  const onReset = (event: Event) => {
    const form = event.currentTarget as HTMLFormElement;
    queueMicrotask(() => showChosen(form, m));
  };
  return html`<form part="form" novalidate @submit=${v.onSubmit} @input=${onInput} @reset=${onReset} @keydown=${wrapTab}>
    <h2 id="title">${m('open')}</h2><p class="hint">${m('required')}</p>
    ${textField('reason', v, true)}${textField('hopes', v)}
    <fieldset class="choices inline" ?disabled=${v.locked}><legend>${m('urgency')}</legend>
      ${URGENCIES.map((u) => html`<label><input type="radio" name="urgency" value=${u} ?checked=${u === 'routine'} />${m(`urgency.${u}`)}</label>`)}</fieldset>
    ${recipientField(v)}${textField('note', v)}${preferences(v)}
    <div class="field consent">
      <input type="checkbox" id="consent" name="consent" required ?disabled=${v.locked} aria-invalid=${!!errors.consentGiven} aria-describedby="consent-error" />
      <label for="consent">${m('consent')}${REQUIRED}</label>${fieldError('consent', errors.consentGiven, m)}</div>
    <p class="live" role="status">${v.busy ? m(v.withdrawing ? 'withdrawing' : 'sending') : count ? m('fix', { count }) : ''}</p>${failureNotice(v)}
    ${actions(v)}</form>`;
}
