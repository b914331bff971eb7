import { css } from 'lit';
import { badgeStyles } from '../../shared/role-badge.js';
import { controls } from '../../shared/styles/controls.js';
import { tokens } from '../../shared/styles/tokens.js';

// Notes (kept out of the CSS, which ships as written):
// - the row's button is unstyled (all: unset); the row box around it carries the look, and the
//   button's ::after covers the box for clicks and the focus ring.
// - care-roster-virtualizer gets min-height 1px: not zero before the virtualizer sizes it, so its
//   first pass renders rows without waiting a frame.
// - rows are spaced by padding, not gaps: in a virtualized list the virtualizer positions each row.
const roster = css`
  :host {
    display: block;
    --_loading-height: var(--care-team-roster-loading-height, 40rem);
    --_peer: var(--care-team-roster-peer-accent, var(--_sys-peer));
    --_peer-bg: var(--care-team-roster-peer-surface, var(--_sys-peer-surface));
  }

  .row {
    all: unset;
  }

  .roster,
  .lists {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_sys-space) * 1.5);
  }

  .header,
  .toolbar,
  .meta,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sys-space) calc(var(--_sys-space) * 2);
  }

  p {
    margin: 0;
  }

  .title {
    font-size: 1.25em;
  }

  .title,
  .name,
  .group-heading,
  summary,
  .peer-label,
  .lead {
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .summary,
  .meta,
  .role-text {
    color: var(--_sys-text-muted);
  }

  .no-peer {
    padding: calc(var(--_sys-space) * 1.5);
    border: 2px dashed var(--_peer);
    border-radius: var(--_sys-radius);
    background: var(--_peer-bg);
  }

  select {
    font: inherit;
    min-height: 2.75rem;
  }

  .lists {
    max-height: var(--care-team-roster-max-height, 70vh);
    overflow: auto;
  }

  care-roster-virtualizer {
    min-height: 1px;
  }

  .member {
    width: 100%;
    padding-block-start: var(--_sys-space);
  }

  .box {
    position: relative;
    padding: var(--_sys-space) calc(var(--_sys-space) * 1.5);
    border: 1px solid var(--_sys-border);
    border-radius: var(--_sys-radius);
    background: var(--care-team-roster-row-surface, var(--_sys-surface));
  }

  .row {
    gap: 0 var(--_sys-space);
  }

  .row::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_sys-radius);
  }

  .row:focus-visible {
    outline: none;
  }

  .row:focus-visible::after {
    outline: var(--_sys-focus-width) solid var(--_sys-focus);
    outline-offset: -4px;
  }

  .peer .box {
    border-inline-start: 0.375rem solid var(--_peer);
    background: var(--_peer-bg);
  }

  [aria-current='true']::after {
    box-shadow: inset 0 0 0 3px var(--care-team-roster-selected, var(--_sys-primary));
  }

  .detail {
    display: grid;
  }

  .card {
    padding-inline-start: calc(var(--_sys-space) * 2);
  }

  summary {
    min-height: 2.75rem;
    align-content: center;
  }

  @media (forced-colors: active) {
    .box,
    .no-peer {
      border: 2px solid CanvasText;
    }
    .peer .box {
      border-inline-start-style: double;
    }
    [aria-current='true']::after {
      outline: 3px solid Highlight;
    }
  }
`;

export const styles = [tokens, controls, badgeStyles, roster];
