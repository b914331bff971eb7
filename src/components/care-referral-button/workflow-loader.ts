/**
 * The referral workflow (referral-workflow.ts), loaded once per page by whichever button needs it
 * first: a lazy chunk in the CDN build, a dynamic import an app's bundler can split.
 */
import { lazyModule, type LazyModule } from '../../shared/lazy-module.js';

export type ReferralWorkflow = typeof import('./referral-workflow.js');

const describe = 'the referral form';
let loader: LazyModule<ReferralWorkflow> = lazyModule(() => import('./referral-workflow.js'), describe);

export const referralWorkflow = (): LazyModule<ReferralWorkflow> => loader;

/**
 * Loads the workflow another way from now on (a test's load that fails, waits or counts), with a
 * fresh state; returns the function that restores the previous loader. Not part of the public API.
 */
export function replaceReferralWorkflowLoader(load: () => Promise<ReferralWorkflow>): () => void {
  const previous = loader;
  loader = lazyModule(load, describe);
  return () => void (loader = previous);
}
