import { css } from 'lit';

/**
 * The referral form stays short enough for a laptop screen: urgency choices side by side while they
 * fit, the optional preferences folded (their summary's count, once there is one, stands in for
 * "none chosen": form-view.ts, preferences()). Discard, or its question, stands apart from Send and
 * Cancel at the end of the row.
 * The dialog keeps the UA's max-width / max-height, which hold it inside the viewport at any zoom.
 * Forced colours need no overrides: the UA maps borders and text to system colours, an invalid
 * field keeps its thicker border and its error text, and the chip's status is in words, not colour.
 */
export const styles = css`
  :host {
    --_accent: var(--care-referral-button-accent, var(--_sys-primary));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sys-space);
  }
  p {
    margin: 0;
  }
  .hint {
    color: var(--_sys-text-muted);
  }
  .chip,
  dialog,
  fieldset,
  textarea,
  select {
    border: 1px solid var(--_sys-border);
    border-radius: var(--_sys-radius);
    color: var(--_sys-text);
    background: var(--_sys-surface);
  }
  .chip,
  .chip > span {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .chip {
    padding: 0.25rem 0.75rem;
    border-inline-start: 0.375rem solid var(--_accent);
    background: var(--care-referral-button-chip-surface, var(--_sys-surface-raised));
  }
  [data-status='completed'] {
    --_accent: var(--_sys-success);
  }
  :is([data-status='rejected'], [data-status='cancelled'], [data-status='failed'], [data-status='entered-in-error']) {
    --_accent: var(--_sys-error);
  }
  dialog {
    width: var(--care-referral-button-dialog-width, 36rem);
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  form,
  fieldset,
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_sys-space);
    margin: 0;
  }
  legend,
  label[for] {
    font-weight: 600;
  }
  .choices label,
  .consent {
    display: flex;
    gap: var(--_sys-space);
  }
  .choices.inline {
    flex-flow: row wrap;
    column-gap: 1.5rem;
  }
  .preferences {
    border: 1px solid var(--_sys-border);
    border-radius: var(--_sys-radius);
    padding: 0 var(--_sys-space);
  }
  .plain {
    border: 0;
    padding: 0 0 var(--_sys-space);
  }
  summary {
    cursor: pointer;
    padding-block: var(--_sys-space);
    font-weight: 600;
  }
  .chosen:empty,
  .chosen:not(:empty) + .none {
    display: none;
  }
  .consent {
    flex-flow: row wrap;
  }
  .consent label {
    flex: 1;
  }
  .consent p {
    flex-basis: 100%;
  }
  input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
  }
  textarea,
  select {
    font: inherit;
    min-height: 2.75rem;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_sys-error);
  }
  .error {
    color: var(--_sys-error);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sys-space);
  }
  .discard,
  .confirm {
    margin-inline-start: auto;
  }
`;
