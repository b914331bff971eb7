/** Helpers for tests of lazily loaded modules and of where focus lands. */

/** The focused element, looking through open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A loader the test settles by hand: each call waits in `pending` until `release()` lets the real
 * import through or `fail()` rejects it.
 */
export function heldLoad<T>(realLoad: () => Promise<T>) {
  const pending: { release: () => void; fail: () => void }[] = [];
  const load = () =>
    new Promise<T>((resolve, reject) => pending.push({ release: () => resolve(realLoad()), fail: () => reject(new Error('offline')) }));
  return { load, pending };
}
