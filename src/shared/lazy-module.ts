/**
 * A module loaded on first need, once, with a way to hear that it failed: code that only some
 * pages need (the roster's virtualizer, the referral form) stays out of the bundle every page
 * loads, and a failed load (offline, a CDN hiccup) lets the element fall back instead of staying blank.
 */
export interface LazyModule<T = unknown> {
  /**
   * Starts loading (once). `onFailed` runs if it fails; `onLoaded` runs when it has loaded, or at
   * once when it already has. Passing the same `onFailed` again replaces its `onLoaded`.
   */
  request(onFailed: () => void, onLoaded?: (module: T) => void): void;
  /** True once loading has failed; a later `request` tries again. */
  readonly failed: boolean;
  /** The module, once it has loaded. */
  readonly module: T | undefined;
}

export function lazyModule<T>(load: () => Promise<T>, describe: string): LazyModule<T> {
  let state: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
  let loaded: T | undefined;
  // Keyed by onFailed, so an element that asks on every render is told once.
  const waiting = new Map<() => void, ((module: T) => void) | undefined>();
  return {
    get failed() {
      return state === 'failed';
    },
    get module() {
      return loaded;
    },
    request(onFailed, onLoaded) {
      if (state === 'loaded') return void onLoaded?.(loaded as T);
      waiting.set(onFailed, onLoaded);
      if (state === 'loading') return;
      state = 'loading';
      load().then(
        (module) => {
          state = 'loaded';
          loaded = module;
          const listeners = [...waiting.values()];
          waiting.clear();
          for (const listener of listeners) listener?.(module);
        },
        () => {
          state = 'failed';
          // The module's name only: nothing about the page or its data.
          console.warn(`care-team-elements: could not load ${describe}; falling back.`);
          const listeners = [...waiting.keys()];
          waiting.clear();
          for (const listener of listeners) listener();
        },
      );
    },
  };
}

export interface SwappableLazyModule<T> {
  /** The lazy module in use. */
  current(): LazyModule<T>;
  /**
   * Loads another way from now on (a test's load that fails, waits or counts), with a fresh state;
   * returns the function that restores the previous loader. Not part of the public API.
   */
  replace: (load: () => Promise<T>) => () => void;
}

/** A lazy module behind an accessor, so tests can swap how it loads without touching the element. */
export function swappableLazyModule<T>(load: () => Promise<T>, describe: string): SwappableLazyModule<T> {
  let loader = lazyModule(load, describe);
  return {
    current: () => loader,
    replace(next) {
      const previous = loader;
      loader = lazyModule(next, describe);
      return () => void (loader = previous);
    },
  };
}
