/**
 * The small forms under a referral: assign (with caseload and matching hints, never hiding a
 * peer), decline with a coded reason, put on hold with a reason, complete with an outcome. Pure
 * templates; the element reads the submitted form and checks it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InboxItem } from '../../fhir/read/referral-inbox.js';
import { sharedExperienceWords } from './messages.js';
import { DECLINE_REASONS, REFERRAL_OUTCOMES } from '../../model/referral-loop.js';
import { assigneeOf, type Caseload, type InboxAction } from './inbox-views.js';
import { matchHint } from './match-hint.js';
import { ft } from './form-messages.js';
import { languageName, type ItemContext } from './item-context.js';
import { declineReasonText, outcomeText } from '../../shared/referral-status.js';

function caseloadText(load: Caseload, ctx: ItemContext): string {
  const words =
    load.capacity === undefined
      ? ctx.t('caseloadOpen', { open: load.open })
      : ctx.t('caseloadOf', { open: load.open, capacity: load.capacity });
  return load.full ? `${words}, ${ctx.t('full')}` : words;
}

function assignFields(item: InboxItem, ctx: ItemContext): TemplateResult {
  // The current assignee, else the peer the clinician asked for, is chosen to begin with.
  const current = assigneeOf(item, ctx.data.programme) ?? item.askedFor?.reference;
  const wanted = item.referral.preferences.language ?? item.client.language;
  return html`<fieldset>
      <legend>${ft('assignTo', undefined, ctx.locale)}</legend>
      ${ctx.caseloads.map((load) => {
        const hint = matchHint(item, load.peer);
        const hints = [
          ...(load.peer.reference === item.askedFor?.reference ? [ft('askedForHint', undefined, ctx.locale)] : []),
          ...(hint.language && wanted ? [ft('hintLanguage', { language: languageName(wanted, ctx.locale) }, ctx.locale)] : []),
          ...(hint.sharedExperience.length
            ? [
                ft(
                  'hintShared',
                  { what: hint.sharedExperience.map((what) => sharedExperienceWords(what, ctx.locale)).join(', ') },
                  ctx.locale,
                ),
              ]
            : []),
        ];
        return html`<label class="choice">
          <input type="radio" name="peer" value=${load.peer.reference} ?checked=${load.peer.reference === current} />
          <span><span class="peer-name">${load.peer.name}</span> <span class="muted">${caseloadText(load, ctx)}</span>
          ${hints.length ? html`<span class="hint">${hints.join('; ')}</span>` : nothing}</span>
        </label>`;
      })}
    </fieldset>
    <label class="choice"><input type="checkbox" name="acceptNow" /> ${ft('acceptNow', undefined, ctx.locale)}</label>`;
}

function declineFields(ctx: ItemContext, id: string): TemplateResult {
  return html`<label for="${id}-reason">${ft('declineReason', undefined, ctx.locale)}</label>
    <select id="${id}-reason" name="reason">
      ${DECLINE_REASONS.map((reason) => html`<option value=${reason}>${declineReasonText(reason, ctx.locale)}</option>`)}
    </select>
    <label for="${id}-words">${ft('declineWordsRequired', undefined, ctx.locale)}</label>
    <textarea id="${id}-words" name="words" rows="2" aria-describedby=${ctx.formError ? `${id}-error` : nothing}
      aria-invalid=${ctx.formError ? 'true' : nothing}></textarea>`;
}

function holdFields(ctx: ItemContext, id: string): TemplateResult {
  return html`<label for="${id}-words">${ft('holdReason', undefined, ctx.locale)}</label>
    <textarea id="${id}-words" name="words" rows="2" required aria-describedby=${ctx.formError ? `${id}-error` : nothing}
      aria-invalid=${ctx.formError ? 'true' : nothing}></textarea>`;
}

function completeFields(ctx: ItemContext, id: string): TemplateResult {
  return html`<label for="${id}-outcome">${ft('outcomeChoice', undefined, ctx.locale)}</label>
    <select id="${id}-outcome" name="outcome">
      ${REFERRAL_OUTCOMES.map((outcome) => html`<option value=${outcome}>${outcomeText(outcome, ctx.locale)}</option>`)}
    </select>
    <label for="${id}-words">${ft('outcomeWords', undefined, ctx.locale)}</label>
    <textarea id="${id}-words" name="words" rows="2"></textarea>`;
}

function fields(item: InboxItem, action: InboxAction, ctx: ItemContext, id: string): TemplateResult | typeof nothing {
  if (action === 'assign') return assignFields(item, ctx);
  if (action === 'decline') return declineFields(ctx, id);
  if (action === 'hold') return holdFields(ctx, id);
  if (action === 'complete') return completeFields(ctx, id);
  return nothing;
}

export function renderForm(item: InboxItem, action: InboxAction, ctx: ItemContext): TemplateResult {
  const id = `f-${item.taskId}`;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    ctx.onSubmit(item, action, event.currentTarget as HTMLFormElement);
  };
  return html`<form class="action-form" part="form" data-action=${action} novalidate @submit=${submit}
    aria-label=${ctx.t(`action.${action}`).replace('…', '')}>
    ${fields(item, action, ctx, id)}
    ${ctx.formError ? html`<p id="${id}-error" class="error">${ctx.formError}</p>` : nothing}
    <div class="row">
      <button type="submit" class="primary" ?disabled=${ctx.busy === item.taskId}>${ctx.busy === item.taskId ? ft('saving', undefined, ctx.locale) : ft('confirm', undefined, ctx.locale)}</button>
      <button type="button" @click=${() => ctx.onCancel(item, action)}>${ft('cancel', undefined, ctx.locale)}</button>
    </div>
  </form>`;
}
