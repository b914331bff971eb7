// Types for framework-types.mjs (used by its tests in TypeScript).
export interface ManifestElement {
  tag: string;
  className: string;
  /** The class's module, relative to src/, as imported (`components/…/x.js`). */
  module: string;
  properties: string[];
  attributes: { name: string; fieldName: string }[];
  events: string[];
}
export function reactEventProp(event: string): string;
export function elementsFromManifest(manifest: { modules?: unknown[] }): ManifestElement[];
export function renderReact(elements: ManifestElement[]): string;
export function renderReactJsx(elements: ManifestElement[]): string;
export function renderVue(elements: ManifestElement[]): string;
