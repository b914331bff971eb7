import { render, type TemplateResult } from 'lit';

/**
 * Renders a template into a page container, replacing its static placeholder the first time.
 * (Lit's render() appends on first use and remembers its own markers, so the container must be
 * cleared once, and only once.)
 */
export function renderInto(container: HTMLElement, template: TemplateResult): void {
  if (!container.hasAttribute('data-rendered')) {
    container.textContent = '';
    container.setAttribute('data-rendered', '');
  }
  render(template, container);
  container.removeAttribute('aria-busy');
}
