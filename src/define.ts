// Registers every element of the package (guarded: a tag that is already defined is skipped).
// Import this once, or import a single element's `define.js` to register only that one.
import './components/care-team-provider/define.js';

export * from './index.js';
