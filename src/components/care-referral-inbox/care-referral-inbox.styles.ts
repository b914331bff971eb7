import { css } from 'lit';

/** Public tokens `--care-referral-inbox-*` resolve to the system tokens (see shared/styles/tokens.ts). */
export const inboxStyles = css`
  :host {
    display: block;
    --_loading-height: var(--care-referral-inbox-loading-height, 40rem);
    --_border: 1px solid var(--care-referral-inbox-border-color, var(--_sys-border));
    --_urgent: var(--care-referral-inbox-urgent, var(--_sys-error));
    --_surface: var(--care-referral-inbox-surface, var(--_sys-surface));
  }
  .inbox,
  .list,
  dl,
  article,
  .action-form,
  fieldset {
    display: grid;
    gap: var(--_sys-space);
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.1rem;
  }
  .views,
  .filters,
  dl > div,
  .row,
  .badges,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sys-space);
    margin: 0;
  }
  .views button[aria-pressed='true'] {
    font-weight: 700;
    border-width: 2px;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .filters label {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  .caseload {
    padding: var(--_sys-space);
    border: var(--_border);
    border-radius: var(--_sys-radius);
    background: var(--_sys-surface-raised);
  }
  .caseload ul,
  .history ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    padding: var(--_sys-space) calc(var(--_sys-space) * 2);
    border: var(--_border);
    border-radius: var(--_sys-radius);
    background: var(--_surface);
  }
  /* Urgent is said in words and with an icon, and drawn with a thick edge that survives forced colours. */
  .item.urgent {
    border-inline-start: 6px double var(--_urgent);
  }
  .urgent-mark {
    color: var(--_urgent);
    font-weight: 700;
  }
  .lang,
  .muted,
  .hint {
    color: var(--_sys-text-muted);
    font-weight: normal;
  }
  .hint {
    display: block;
  }
  .status {
    padding: 0 0.5rem;
    border: var(--_border);
    border-radius: 999px;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  fieldset {
    margin: 0;
    border: var(--_border);
    border-radius: var(--_sys-radius);
  }
  .choice {
    display: flex;
    gap: var(--_sys-space);
    align-items: flex-start;
  }
  .conflict,
  .error {
    color: var(--_sys-error);
    font-weight: 600;
  }
`;
