// Registers every element of the package (guarded: a tag that is already defined is skipped).
// Import this once, or import a single element's `define.js` to register only that one.
import './components/care-team-provider/define.js';
import { installThemeClasses } from './theme/apply.js';

// `class="care-theme-dark"` (light, high-contrast) on any ancestor themes the elements.
installThemeClasses();

export * from './index.js';
