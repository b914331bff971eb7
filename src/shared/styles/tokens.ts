import { css } from 'lit';

/**
 * System tokens, resolved once per element into private `--_sys-*` properties.
 *
 * Three layers (after Material Web): an element's public `--care-<element>-<prop>` falls back to a
 * system token `--care-sys-<token>`, which falls back to the literal here, so every element looks
 * right on a page with no stylesheet of ours. Colours use `light-dark()`, which follows the
 * `color-scheme` the page (or `<care-team-provider theme>`) sets: a light EHR stays light.
 * Every literal pair meets WCAG 2.2 AA contrast (4.5:1 text, 3:1 borders/focus) on its surface.
 */
export const tokens = css`
  :host {
    --_sys-font: var(--care-sys-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_sys-font-heading: var(--care-sys-font-family-heading, var(--_sys-font));
    --_sys-font-size: var(--care-sys-font-size, 1rem);
    --_sys-line-height: var(--care-sys-line-height, 1.5);
    --_sys-space: var(--care-sys-spacing, 0.5rem);
    --_sys-radius: var(--care-sys-radius, 0.5rem);
    --_sys-surface: var(--care-sys-color-surface, light-dark(#ffffff, #161b22));
    --_sys-surface-raised: var(--care-sys-color-surface-raised, light-dark(#f6f8fa, #21262d));
    --_sys-text: var(--care-sys-color-text, light-dark(#1f2328, #e6edf3));
    --_sys-text-muted: var(--care-sys-color-text-muted, light-dark(#59636e, #9198a1));
    --_sys-border: var(--care-sys-color-border, light-dark(#818b98, #6e7681));
    --_sys-primary: var(--care-sys-color-primary, light-dark(#0757ba, #58a6ff));
    --_sys-on-primary: var(--care-sys-color-on-primary, light-dark(#ffffff, #0d1117));
    --_sys-peer: var(--care-sys-color-peer, light-dark(#5b21b6, #d8b4fe));
    --_sys-peer-surface: var(--care-sys-color-peer-surface, light-dark(#f3e8ff, #2e1065));
    --_sys-error: var(--care-sys-color-error, light-dark(#b42318, #ff8182));
    --_sys-error-surface: var(--care-sys-color-error-surface, light-dark(#fff1f0, #3d1214));
    --_sys-success: var(--care-sys-color-success, light-dark(#1a7f37, #3fb950));
    --_sys-warning: var(--care-sys-color-warning, light-dark(#7d4e00, #e3b341));
    --_sys-focus: var(--care-sys-color-focus-ring, light-dark(#0757ba, #58a6ff));
    --_sys-focus-width: var(--care-sys-focus-ring-width, 3px);

    font-family: var(--_sys-font);
    font-size: var(--_sys-font-size);
    line-height: var(--_sys-line-height);
    color: var(--_sys-text);
  }

  :host([hidden]) {
    display: none !important;
  }

  :focus-visible {
    outline: var(--_sys-focus-width) solid var(--_sys-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
