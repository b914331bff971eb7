import { defineElement } from '../../shared/define.js';
import { CareTeamProvider } from './care-team-provider.js';

defineElement('care-team-provider', CareTeamProvider);

declare global {
  interface HTMLElementTagNameMap {
    'care-team-provider': CareTeamProvider;
  }
}

export { CareTeamProvider };
