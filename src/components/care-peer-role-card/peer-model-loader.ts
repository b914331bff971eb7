/** The `peer` model validator (peer-model.ts), loaded once per page by whichever card is given a `peer` first. */
import { swappableLazyModule, type LazyModule } from '../../shared/lazy-module.js';

export type PeerModelValidator = typeof import('./peer-model.js');

const validator = swappableLazyModule(() => import('./peer-model.js'), 'the peer model validator');

export const peerModelValidator = (): LazyModule<PeerModelValidator> => validator.current();

/** For tests: see SwappableLazyModule.replace. */
export const replacePeerModelLoader = validator.replace;

/** The validator as a promise: at once when it has loaded, else when its (shared) load settles. */
export const loadPeerModelValidator = (): Promise<PeerModelValidator> =>
  new Promise((resolve, reject) =>
    validator.current().request(() => reject(new Error('the peer model validator could not be loaded')), resolve),
  );
