/**
 * The CDN autoloader (`dist/cdn/elements/autoload.js`, under 2 KB): a page includes this one
 * script and each element's module is fetched the first time its tag is in the document, also when
 * the tag is added later. A page that shows one element loads that element and what it shares with
 * the others, nothing more. The modules sit next to this file and are fetched relative to it.
 *
 * Elements that render other elements in their shadow roots (the roster its compact card) import
 * them, so only the page's own tree is watched. A host that puts the tags inside a shadow root of
 * its own calls `autoload(thatRoot)` once and after adding tags there.
 */
import { ELEMENT_TAGS } from './element-tags.js';

const requested = new Set<string>();

function load(tag: string): void {
  requested.add(tag);
  // A module that could not be fetched is asked for again the next time its tag appears.
  import(new URL(`./${tag}.js`, import.meta.url).href).catch(() => requested.delete(tag));
}

/** Loads the module of every element tag in `root` (and `root` itself) not loaded yet. */
export function autoload(root: ParentNode & Partial<Pick<Element, 'localName'>> = document): void {
  for (const tag of ELEMENT_TAGS) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    if (root.localName === tag || root.querySelector(tag)) load(tag);
  }
}

const watcher = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) autoload(node);
  }
  if (ELEMENT_TAGS.every((tag) => requested.has(tag))) watcher.disconnect();
});
watcher.observe(document.documentElement, { childList: true, subtree: true });
autoload(document);
