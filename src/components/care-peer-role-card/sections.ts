/**
 * The full card's sections, as functions of the card model. Every value from the data is
 * interpolated as text; the only URLs (contact links) were built by safe-url.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatPeriod } from '../../i18n/dates.js';
import type { DateRange } from '../../model/common.js';
import { availabilityText, listText } from './format.js';
import { competencyText, defaultScope, valueText, type Ctx } from './messages.js';
import type { CardModel, ContactItem, ScopeList } from './peer-view.js';
import { longText } from '../../shared/long-text.js';

export interface SectionContext extends Ctx {
  /** aria-level of the section headings (one below the name's). */
  level: number;
  onContact: (item: ContactItem, event: Event) => void;
}

const heading = (text: string, ctx: SectionContext): TemplateResult =>
  html`<div class="heading" role="heading" aria-level=${ctx.level}>${text}</div>`;

function scopeItems(list: ScopeList, which: 'does' | 'doesNot', ctx: SectionContext): TemplateResult {
  const items = list.items ?? defaultScope(which, ctx.locale);
  const glyph = which === 'does' ? '✓' : '✕';
  return html`<div class=${which === 'does' ? 'does' : 'does-not'}>
    ${heading(ctx.t(which), ctx)}
    <ul>
      ${items.map((item) => html`<li><span class="glyph" aria-hidden="true">${glyph}</span><span>${item}</span></li>`)}
    </ul>
  </div>`;
}

export function scopeSection(model: CardModel, ctx: SectionContext): TemplateResult {
  const generic = model.does.source === 'default' && model.doesNot.source === 'default';
  return html`<section part="scope" class="scope">
    <div class="columns">${scopeItems(model.does, 'does', ctx)} ${scopeItems(model.doesNot, 'doesNot', ctx)}</div>
    ${generic ? html`<p class="muted">${ctx.t('scopeDefault')}</p>` : nothing}
  </section>`;
}

function validity(period: DateRange | undefined, ctx: Ctx): string | undefined {
  const { start, end } = formatPeriod(period, ctx.locale);
  if (start && end) return ctx.t('validRange', { start, end });
  if (start) return ctx.t('validFrom', { start });
  return end ? ctx.t('validUntil', { end }) : undefined;
}

export function credentialSection(model: CardModel, ctx: SectionContext): TemplateResult {
  const items = model.credentials.map((credential) => {
    const flag = credential.status === 'valid' ? undefined : credential.status;
    const details = [
      credential.issuer && ctx.t('issuedBy', { issuer: credential.issuer }),
      credential.identifier && ctx.t('identifier', { identifier: credential.identifier }),
      validity(credential.period, ctx),
    ].filter(Boolean);
    return html`<li>
      <span class="strong">${credential.name}</span>
      ${flag ? html`<span class="flag ${credential.status}">${ctx.t(flag)}</span>` : nothing}
      ${details.map((detail) => html`<span class="detail">${detail}</span> `)}
    </li>`;
  });
  return html`<section part="credential">
    ${heading(ctx.t('credentials'), ctx)}
    ${items.length ? html`<ul class="plain">${items}</ul>` : html`<p class="muted">${ctx.t('noCredential')}</p>`}
  </section>`;
}

export function competencySection({ peer }: CardModel, ctx: SectionContext): TemplateResult | typeof nothing {
  if (peer.competencies.length === 0 && peer.values.length === 0) return nothing;
  return html`<section part="competencies">
    ${
      peer.competencies.length
        ? html`${heading(ctx.t('competencies'), ctx)}
          <ul class="plain numbered">
            ${peer.competencies.map(
              (code) =>
                html`<li><span class="code">${code}</span> <span>${competencyText(String(code), undefined, ctx.locale)}</span></li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      peer.values.length
        ? html`${heading(ctx.t('values'), ctx)}
          <p>${listText(
            peer.values.map((code) => valueText(code, undefined, ctx.locale)),
            ctx.locale,
          )}</p>`
        : nothing
    }
  </section>`;
}

export function supervisionSection({ peer }: CardModel, ctx: SectionContext): TemplateResult | typeof nothing {
  const supervision = peer.supervision;
  if (!supervision) return nothing;
  const experience = supervision.hasPeerExperience;
  const row = (label: string, value: unknown) => html`<div><dt>${label}</dt> <dd>${value}</dd></div>`;
  return html`<section part="supervision">
    ${heading(ctx.t('supervision'), ctx)}
    <dl>
      ${
        supervision.supervisorName || supervision.supervisorRole
          ? row(
              ctx.t('supervisor'),
              html`${supervision.supervisorName ?? ''}${supervision.supervisorName && supervision.supervisorRole ? ', ' : ''}
            ${supervision.supervisorRole ? html`<span class="muted">${supervision.supervisorRole}</span>` : nothing}`,
            )
          : nothing
      }
      ${supervision.cadence ? row(ctx.t('cadence'), supervision.cadence) : nothing}
      ${experience === undefined ? nothing : row(ctx.t('peerExperience'), ctx.t(experience ? 'yes' : 'no'))}
    </dl>
  </section>`;
}

export function availabilitySection({ peer }: CardModel, ctx: SectionContext): TemplateResult | typeof nothing {
  const lines = [
    ...peer.availability.map((slot) => availabilityText(slot, ctx.locale)),
    ...peer.unavailable.map((gap) => {
      const { start, end } = formatPeriod(gap.during, ctx.locale);
      const when = [start, end].filter(Boolean).join(' – ');
      return ctx.t('unavailable', { what: when ? `${gap.description} (${when})` : gap.description });
    }),
    ...(peer.availabilityNote ? [peer.availabilityNote] : []),
  ];
  const languages = peer.languages.map((language) => language.display);
  if (lines.length === 0 && languages.length === 0) return nothing;
  return html`<section part="availability">
    ${
      lines.length
        ? html`${heading(ctx.t('availability'), ctx)}
          <ul class="plain">${lines.map((line) => html`<li>${longText(line, ctx.locale)}</li>`)}</ul>`
        : nothing
    }
    ${
      languages.length
        ? html`${heading(ctx.t('languages'), ctx)}
          <p>${listText(languages, ctx.locale)}</p>`
        : nothing
    }
  </section>`;
}

export function contactSection(model: CardModel, ctx: SectionContext): TemplateResult | typeof nothing {
  if (model.contacts.length === 0) return nothing;
  return html`<section part="contact">
    ${heading(ctx.t('contact'), ctx)}
    <ul class="plain">
      ${model.contacts.map(
        (item) => html`<li>
          <span class="method">${ctx.t(`method.${item.method}`)}</span>
          ${
            item.href
              ? html`<a href=${item.href} @click=${(event: Event) => ctx.onContact(item, event)}>${item.value}</a>`
              : html`<span>${item.value}</span>`
          }
        </li>`,
      )}
    </ul>
  </section>`;
}

export function livedExperienceSection(model: CardModel, ctx: SectionContext): TemplateResult | typeof nothing {
  const experience = model.peer.livedExperience;
  // Not merely hidden: without consent for this audience the statement is not in the DOM at all.
  if (!model.showLivedExperience || !experience) return nothing;
  // The day the peer consented; the time of day adds nothing here.
  const date = formatDate(experience.consentDate?.slice(0, 10), ctx.locale);
  return html`<section part="lived-experience">
    ${heading(ctx.t('livedExperience'), ctx)}
    <blockquote>${longText(experience.statement, ctx.locale)}</blockquote>
    ${date ? html`<p class="muted">${ctx.t('consented', { date })}</p>` : nothing}
  </section>`;
}

export function aboutSection(ctx: Ctx): TemplateResult {
  return html`<details part="about" class="about">
    <summary>${ctx.t('about')}</summary>
    ${(['about1', 'about2'] as const).map((key) => html`<p>${ctx.t(key)}</p>`)}
  </details>`;
}
