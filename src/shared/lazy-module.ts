/**
 * A module loaded on first need, once, with a way to hear that it failed: code that only some
 * pages need (the roster's virtualizer) stays out of the bundle every page loads, and a failed
 * load (offline, a CDN hiccup) lets the element fall back instead of staying blank.
 */
export interface LazyModule {
  /** Starts loading (once). `onFailed` runs if it fails, or at once when it already has. */
  request(onFailed: () => void): void;
  /** True once loading has failed; a later `request` tries again. */
  readonly failed: boolean;
}

export function lazyModule(load: () => Promise<unknown>, describe: string): LazyModule {
  let state: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
  const waiting = new Set<() => void>();
  return {
    get failed() {
      return state === 'failed';
    },
    request(onFailed) {
      if (state === 'loaded') return;
      waiting.add(onFailed);
      if (state === 'loading') return;
      state = 'loading';
      load().then(
        () => {
          state = 'loaded';
          waiting.clear();
        },
        () => {
          state = 'failed';
          // The module's name only: nothing about the page or its data.
          console.warn(`care-team-elements: could not load ${describe}; falling back.`);
          const listeners = [...waiting];
          waiting.clear();
          for (const listener of listeners) listener();
        },
      );
    },
  };
}
