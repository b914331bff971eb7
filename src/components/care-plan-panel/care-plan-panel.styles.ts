import { css } from 'lit';

/** Public tokens `--care-plan-panel-*` resolve to the system tokens (see shared/styles/tokens.ts). */
export const panelStyles = css`
  :host {
    display: block;
    --_loading-height: var(--care-plan-panel-loading-height, 60rem);
    --_border: 1px solid var(--care-plan-panel-border-color, var(--_sys-border));
    --_peer: var(--care-plan-panel-peer-accent, var(--_sys-peer));
    --_gap: var(--care-plan-panel-gap, var(--_sys-space));
  }
  .panel,
  .group,
  .activity,
  .controls,
  form,
  dl {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    min-width: 0;
  }
  .panel,
  .picker {
    padding: var(--_gap);
    border: var(--_border);
    border-radius: var(--_sys-radius);
    background: var(--care-plan-panel-surface, var(--_sys-surface));
  }
  .top,
  .row,
  .picker,
  .toolbar,
  .people,
  dl > div {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_sys-space);
  }
  .picker {
    margin-bottom: var(--_gap);
  }
  .title {
    font-size: 1.375rem;
  }
  .title,
  .group-title,
  .what,
  dt {
    font-weight: 700;
  }
  dt {
    min-width: 6rem;
  }
  dd,
  p,
  fieldset,
  ul,
  ol {
    margin: 0;
    padding: 0;
    border: 0;
    overflow-wrap: anywhere;
    list-style: none;
  }
  .chip {
    padding: 0 0.5rem;
    border: var(--_border);
    border-radius: 1rem;
  }
  .muted {
    color: var(--_sys-text-muted);
  }
  .notes li {
    margin-top: 0.25rem;
    padding-left: var(--_sys-space);
    border-left: 3px solid var(--_sys-border);
  }
  .toolbar label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    padding: 0 0.5rem;
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_sys-primary);
  }
  .group {
    padding-top: var(--_gap);
    border-top: var(--_border);
  }
  .activity {
    padding: var(--_gap);
    border: var(--_border);
    border-radius: var(--_sys-radius);
    background: var(--care-plan-panel-surface-raised, var(--_sys-surface-raised));
  }
  .peer.activity,
  .peer.group {
    border-left: 0.375rem solid var(--_peer);
  }
  select,
  textarea {
    font: inherit;
    min-height: 2.75rem;
    max-width: 100%;
    box-sizing: border-box;
    border: var(--_border);
    border-radius: var(--_sys-radius);
    background: var(--_sys-surface);
    color: var(--_sys-text);
  }
  .error {
    color: var(--_sys-error);
  }
  button.link {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    text-decoration: underline;
    text-align: start;
  }
  @media (forced-colors: active) {
    .peer {
      border-color: CanvasText;
    }
  }
`;
