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

/**
 * Hooks for a `describe` whose tests swap a lazy module's loader: each swap is undone after its
 * test, and lazyModule's warning on a failed load (the module's name only) stays out of the
 * output. Returns `swap`: pass it what `replace…Loader` returned.
 */
export function swappedLoaders(): (restore: () => void) => void {
  let restore = (): void => undefined;
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(() => {
    restore();
    restore = () => undefined;
    console.warn = warn;
  });
  return (next) => void (restore = next);
}
