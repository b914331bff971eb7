// Registers every element of the package (guarded: a tag that is already defined is skipped).
// Import this once, or import a single element's entry (e.g. `care-team-elements/team-roster.js`)
// to register only that one. Also exports the whole public API.
import './define-elements.js';

export * from './index.js';
