/**
 * Registers a custom element unless the tag is already taken. Integrators may load two copies of
 * the package (a CDN bundle and an npm build, or two micro-frontends); throwing from
 * `customElements.define` would break their page, so a duplicate is skipped with a warning.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== elementClass) {
      console.warn(`care-team-elements: <${tag}> is already defined by another script; keeping the first definition.`);
    }
    return;
  }
  customElements.define(tag, elementClass);
}
