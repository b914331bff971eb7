/**
 * One MutationObserver for the page that tells every element when a `lang` attribute changes
 * anywhere in the document (on `<html>` or any ancestor), so its strings and dates follow. Only
 * `lang` mutations are delivered, and the observer exists only while an element listens.
 * A `lang` set inside another element's shadow root is not seen (the document's observer does
 * not reach into shadow trees).
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** The `lang` of the element's nearest ancestor that has one, across shadow roots (`lang=""` says "unknown" and is skipped). */
export function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return undefined;
}
