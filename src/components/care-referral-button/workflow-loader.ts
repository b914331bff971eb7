/**
 * The referral workflow (referral-workflow.ts), loaded once per page by whichever button needs it
 * first: a lazy chunk in the CDN build, a dynamic import an app's bundler can split.
 */
import { swappableLazyModule, type LazyModule } from '../../shared/lazy-module.js';

export type ReferralWorkflow = typeof import('./referral-workflow.js');

const workflow = swappableLazyModule(() => import('./referral-workflow.js'), 'the referral form');

export const referralWorkflow = (): LazyModule<ReferralWorkflow> => workflow.current();

/** For tests: see SwappableLazyModule.replace. */
export const replaceReferralWorkflowLoader = workflow.replace;
