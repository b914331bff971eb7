/** Who the peer is: avatar, name with pronouns, role badge, organisation, active / ended state. */
import { html, nothing, type TemplateResult } from 'lit';
import { PEER_SPECIALIST } from '../../fhir/codes.js';
import { formatDate } from '../../i18n/dates.js';
import type { PeerRole } from '../../model/peer-role.js';
import { roleBadge, roleLabel, roleWords } from '../../shared/role-badge.js';
import { photoUrl, type PhotoPolicy } from '../../shared/safe-url.js';
import type { Ctx } from './messages.js';
import { initials, type CardModel } from './peer-view.js';

export interface IdentityContext extends Ctx {
  photoFailed: boolean;
  /** Which photos may load (undefined: any allowed URL). */
  photoPolicy: PhotoPolicy | undefined;
  onPhotoError: () => void;
}

/**
 * The photo, described for screen readers; without one (or when it fails to load) the initials,
 * hidden from them because the name right beside it already says who this is.
 */
export function avatar(peer: PeerRole, ctx: IdentityContext): TemplateResult {
  const src = ctx.photoFailed ? undefined : photoUrl(peer.photoUrl, ctx.photoPolicy);
  const name = peer.name ?? ctx.t('emptyWhat');
  return html`<span part="avatar" class="avatar">
    ${
      src
        ? html`<img src=${src} alt=${ctx.t('photoOf', { name })} referrerpolicy="no-referrer" @error=${ctx.onPhotoError} />`
        : html`<span aria-hidden="true">${initials(peer.name, ctx.locale) || '•'}</span>`
    }
  </span>`;
}

export function nameText(peer: PeerRole, ctx: Ctx): TemplateResult {
  return html`${peer.name ?? html`<span class="muted">${ctx.t('unnamed')}</span>`}${
    peer.pronouns ? html` <span class="pronouns">${ctx.t('pronouns', { pronouns: peer.pronouns })}</span>` : nothing
  }`;
}

/** The shared badge (same look as in the roster), plus the data's own title when it says more. */
export function roleText(model: CardModel, { locale }: Ctx): TemplateResult {
  // A category's English label (an English-language EHR's words) is the badge again, in the locale.
  const label = roleWords(model.peer.roleLabel.trim(), locale);
  const generic = [roleLabel(model.category, locale), PEER_SPECIALIST.display].map((text) => text.toLowerCase());
  const extra = label && !generic.includes(label.toLowerCase()) ? label : undefined;
  return html`${roleBadge(model.category, locale)}${extra ? html` <span class="title">${extra}</span>` : nothing}`;
}

export function stateText(peer: PeerRole, ctx: Ctx): string {
  if (peer.active) {
    const since = formatDate(peer.period?.start, ctx.locale);
    return since ? ctx.t('activeSince', { date: since }) : ctx.t('active');
  }
  const ended = formatDate(peer.period?.end, ctx.locale);
  return ended ? ctx.t('endedOn', { date: ended }) : ctx.t('ended');
}

export function fullHeader(model: CardModel, level: number, ctx: IdentityContext): TemplateResult {
  const { peer } = model;
  return html`<header part="header" class="header">
    ${avatar(peer, ctx)}
    <div class="identity">
      <div part="name" class="name" id="name" role="heading" aria-level=${level}>${nameText(peer, ctx)}</div>
      <div part="role" class="role">
        ${roleText(model, ctx)}
        ${peer.organization?.name ? html`<span class="org">${peer.organization.name}</span>` : nothing}
      </div>
      <div class="state ${peer.active ? 'active' : 'ended'}">${stateText(peer, ctx)}</div>
    </div>
  </header>`;
}
