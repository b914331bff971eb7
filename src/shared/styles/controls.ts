import { css } from 'lit';

/** Buttons and status notices shared by every element; sizes meet the 24px target minimum. */
export const controls = css`
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0 calc(var(--_sys-space) * 2);
    border-radius: var(--_sys-radius);
    border: 1px solid var(--_sys-primary);
    background: var(--_sys-surface);
    color: var(--_sys-primary);
    cursor: pointer;
  }

  button.primary {
    background: var(--_sys-primary);
    color: var(--_sys-on-primary);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sys-space);
    align-items: center;
    padding: calc(var(--_sys-space) * 1.5);
    border-radius: var(--_sys-radius);
    border: 1px solid var(--_sys-border);
    background: var(--_sys-surface);
    color: var(--_sys-text);
  }

  /* Holds the room of the content it stands for (each element sets --_loading-height). */
  .notice.loading {
    min-height: var(--_loading-height, auto);
    align-items: flex-start;
    align-content: flex-start;
    box-sizing: border-box;
  }

  .notice.error {
    border-color: var(--_sys-error);
    background: var(--_sys-error-surface);
  }

  .notice .title {
    font-weight: 600;
  }

  .notice details {
    flex-basis: 100%;
    color: var(--_sys-text-muted);
  }

  @media (forced-colors: active) {
    button,
    .notice {
      border: 1px solid ButtonText;
    }
  }
`;
