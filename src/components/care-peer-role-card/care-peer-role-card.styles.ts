import { css } from 'lit';
import { badgeStyles } from '../../shared/role-badge.js';
import { controls } from '../../shared/styles/controls.js';
import { tokens } from '../../shared/styles/tokens.js';

/**
 * Public tokens resolve once into private `--_*` properties (public → system → literal fallback in
 * tokens.ts). Sizes are in rem/em and every row wraps, so the card reflows at 200–400% zoom.
 */
const card = css`
  :host {
    display: block;
    --_loading-height: var(--care-peer-card-loading-height, 60rem);
    --_accent: var(--care-peer-card-accent, var(--_sys-peer));
    --_avatar: var(--care-peer-card-avatar-size, 3.5rem);
    --_gap: var(--_sys-space);
  }

  :host([variant='compact']) {
    --_loading-height: var(--care-peer-card-loading-height, 4rem);
  }

  .card {
    display: grid;
    gap: calc(var(--_gap) * 2);
    padding: var(--care-peer-card-padding, calc(var(--_gap) * 2));
    background: var(--care-peer-card-surface, var(--_sys-surface));
    border: 1px solid var(--care-peer-card-border, var(--_sys-border));
    border-radius: var(--care-peer-card-radius, var(--_sys-radius));
    overflow-wrap: anywhere;
  }

  .peer {
    border-inline-start: 0.375rem solid var(--_accent);
  }

  /* Rows wrap instead of overflowing, so the card reflows at 200-400% zoom. */
  .compact,
  .header,
  .role,
  .columns,
  .actions,
  li,
  dl > div {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2) var(--_gap);
  }

  .compact {
    --_avatar: 2rem;
    padding: var(--_gap) calc(var(--_gap) * 1.5);
  }

  .identity {
    display: grid;
    flex: 1 1 12rem;
  }

  .avatar {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    overflow: hidden;
    background: var(--_sys-peer-surface);
    color: var(--_sys-peer);
    border: 2px solid var(--_accent);
    font-size: calc(var(--_avatar) * 0.38);
  }

  img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .name,
  .heading,
  .avatar,
  dt,
  .strong,
  .flag,
  summary {
    font-weight: 700;
  }

  .name,
  .heading {
    font-family: var(--_sys-font-heading);
  }

  .full .name {
    font-size: 1.25rem;
  }

  .pronouns {
    font-weight: 400;
  }

  .pronouns,
  .muted,
  .detail,
  .org,
  .state,
  .code,
  .method {
    color: var(--_sys-text-muted);
  }

  .ended,
  .expiring,
  .incomplete {
    color: var(--_sys-warning);
  }

  .heading {
    margin-block: var(--_gap) calc(var(--_gap) / 2);
  }

  ul,
  dl,
  dd,
  p,
  blockquote {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    align-items: baseline;
    margin-block-end: calc(var(--_gap) / 2);
  }

  .numbered li,
  .columns li {
    flex-wrap: nowrap;
  }

  .columns {
    align-items: start;
  }

  .columns > div {
    flex: 1 1 14rem;
  }

  .does .glyph {
    color: var(--_sys-success);
  }

  .does-not .glyph,
  .expired {
    color: var(--_sys-error);
  }

  .flag {
    padding: 0 0.375rem;
    border: 1px solid;
    border-radius: 0.25rem;
  }

  dt::after {
    content: ':';
  }

  a,
  summary {
    color: var(--_sys-primary);
    min-block-size: 1.5rem;
  }

  blockquote {
    padding-inline-start: var(--_gap);
    border-inline-start: 3px solid var(--_accent);
  }

  .about p {
    margin-block-start: var(--_gap);
  }

  .compact .actions {
    margin-inline-start: auto;
  }

  [hidden] {
    display: none !important;
  }

  @media (forced-colors: active) {
    .card,
    .avatar,
    blockquote {
      border-color: CanvasText;
    }
    .peer {
      border-inline-start-style: double;
    }
  }
`;

export const styles = [tokens, controls, badgeStyles, card];
