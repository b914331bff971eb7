import { css } from 'lit';

/** Status is in words, not colour: forced colours need no overrides beyond the UA's. */
export const styles = css`
  :host {
    --_accent: var(--care-referral-list-accent, var(--_sys-peer));
    --_loading-height: var(--care-referral-list-loading-height, 12rem);
    display: block;
    color: var(--_sys-text);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_sys-space);
  }
  .item {
    border: 1px solid var(--_sys-border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_sys-radius);
    background: var(--_sys-surface-raised);
    padding: 0.5rem 0.75rem;
    display: grid;
    gap: 0.25rem;
    /* Long unbroken text (a pasted note) wraps instead of widening the page. */
    overflow-wrap: break-word;
    min-width: 0;
  }
  .closed .item {
    border-inline-start-color: var(--_sys-border);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    font-weight: 600;
  }
  .when {
    color: var(--_sys-text-muted);
    font-weight: 400;
  }
  p {
    margin: 0;
  }
  .to,
  .hint {
    color: var(--_sys-text-muted);
  }
  dl {
    margin: 0.25rem 0 0;
    display: grid;
    gap: 0.125rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.25rem;
  }
  details.closed {
    margin-block-start: var(--_sys-space);
  }
  details.closed > summary {
    cursor: pointer;
    margin-block-end: 0.5rem;
  }
  .check,
  [part='cancel-button'] {
    justify-self: start;
    margin-block-start: 0.25rem;
  }
  dialog {
    border: 1px solid var(--_sys-border);
    border-radius: var(--_sys-radius);
    color: var(--_sys-text);
    background: var(--_sys-surface);
  }
`;
