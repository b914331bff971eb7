// Registers every element of the package (guarded: a tag that is already defined is skipped) and
// installs the theme classes. Side effects only: src/define.ts adds the public API for npm, and the
// CDN entry (src/cdn.ts) its own, smaller one.
import './components/care-team-provider/define.js';
import './components/care-peer-role-card/define.js';
import './components/care-team-roster/define.js';
import './components/care-referral-button/define.js';
import './components/care-plan-panel/define.js';
import './components/care-referral-inbox/define.js';
import './components/care-referral-list/define.js';
import { installThemeClasses } from './theme/apply.js';

// `class="care-theme-dark"` (light, high-contrast) on any ancestor themes the elements.
installThemeClasses();
