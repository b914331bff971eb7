/** The referral form inside the modal dialog. Stateless: values live in the form's own fields. */
import { html, nothing, type TemplateResult } from 'lit';
import { SHARED_EXPERIENCES } from '../../fhir/write/referral.js';
import type { DraftField } from '../../model/schemas/referral-draft.js';
import { PEER_GENDERS, URGENCIES } from '../../model/referral.js';
import { languageName, type Recipient } from './draft.js';
import type { Failure } from './failure.js';
import type { MessageKey, Msg } from './messages.js';

export interface FormView {
  m: Msg;
  locale: string;
  /** Field → message key from validateReferralDraft (`referral.error.*`). */
  errors: Partial<Record<DraftField, string>>;
  failure?: Failure | undefined;
  busy: boolean;
  /** Sending or sent once: the fields show exactly what is being sent, so they are read-only. */
  locked: boolean;
  programme?: Recipient | undefined;
  peers: readonly Recipient[];
  /** Loading / error view of the connected peer list, if any. */
  peersState: TemplateResult | typeof nothing;
  languages: readonly string[];
  onSubmit: (event: SubmitEvent) => void;
  onClose: () => void;
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

/** Shared-experience values are stable codes (stored in the ServiceRequest); only the labels are localised. */
function preferences({ m, locale, languages, locked }: FormView): TemplateResult {
  return html`<fieldset ?disabled=${locked}><legend>${m('preferences')}</legend>
    <div class="field"><label for="language">${m('language')}</label>
      <select id="language" name="language">${options(languages, (code) => languageName(code, locale), m)}</select></div>
    <fieldset class="choices"><legend>${m('shared')}</legend>
      ${Object.keys(SHARED_EXPERIENCES).map((code) => html`<label><input type="checkbox" name="shared" value=${code} />${m(`shared.${code}` as MessageKey)}</label>`)}</fieldset>
    <div class="field"><label for="gender">${m('gender')}</label>
      <select id="gender" name="gender">${options(PEER_GENDERS.slice(0, 3), (g) => m(`gender.${g}` as MessageKey), m)}</select></div>
  </fieldset>`;
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
  return html`<div class="notice error" part="error" role="alert"><span class="title">${m('notSent')}</span>
    <span>${failure.message} ${failure.step === 'ServiceRequest' ? '' : m('fail.partial')} ${m('fail.kept')}</span></div>`;
}

export function formView(v: FormView): TemplateResult {
  const { m, errors } = v;
  const count = Object.keys(errors).length;
  const busy = String(v.busy);
  return html`<form part="form" novalidate @submit=${v.onSubmit}><h2 id="title">${m('open')}</h2><p class="hint">${m('required')}</p>
    ${textField('reason', v, true)}${textField('hopes', v)}${preferences(v)}
    <fieldset class="choices" ?disabled=${v.locked}><legend>${m('urgency')}</legend>
      ${URGENCIES.map((u) => html`<label><input type="radio" name="urgency" value=${u} ?checked=${u === 'routine'} />${m(`urgency.${u}`)}</label>`)}</fieldset>
    ${recipientField(v)}${textField('note', v)}
    <div class="field consent">
      <input type="checkbox" id="consent" name="consent" required ?disabled=${v.locked} aria-invalid=${!!errors.consentGiven} aria-describedby="consent-error" />
      <label for="consent">${m('consent')}${REQUIRED}</label>${fieldError('consent', errors.consentGiven, m)}</div>
    <p class="live" role="status">${v.busy ? m('sending') : count ? m('fix', { count }) : ''}</p>${failureNotice(v)}
    <div class="actions" part="actions">
      <button type="button" aria-disabled=${busy} @click=${v.onDiscard}>${m('discard')}</button>
      <button type="button" aria-disabled=${busy} @click=${v.onClose}>${m('close')}</button>
      <button type="submit" class="primary" part="submit" aria-disabled=${busy}>${m(v.failure ? 'retry' : 'submit')}</button></div></form>`;
}
