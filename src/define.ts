// Registers every element of the package (guarded: a tag that is already defined is skipped).
// Import this once, or import a single element's entry (e.g. `care-team-elements/team-roster.js`)
// to register only that one.
import './components/care-team-provider/define.js';
import './components/care-peer-role-card/define.js';
import './components/care-team-roster/define.js';
import './components/care-referral-button/define.js';
import './components/care-plan-panel/define.js';
import { installThemeClasses } from './theme/apply.js';

// `class="care-theme-dark"` (light, high-contrast) on any ancestor themes the elements.
installThemeClasses();

export * from './index.js';
