/** The inbox's actions chunk (inbox-actions.ts), loaded on first need. */
import { lazyModule } from '../../shared/lazy-module.js';

export type InboxActions = typeof import('./inbox-actions.js');
export const actions = lazyModule<InboxActions>(() => import('./inbox-actions.js'), 'the referral inbox actions');

/** The chunk, once loaded; undefined when it could not be (the caller says so). */
export function loadActions(): Promise<InboxActions | undefined> {
  return new Promise((resolve) => actions.request(() => resolve(undefined), resolve));
}
