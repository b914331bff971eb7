// The model's zod schemas. Their own modules, apart from the constants and helpers in ../: code that
// only reads the model (every element, on every page) then loads no zod; only validation does.
export * from './problems.js';
export * from './common.js';
export * from './role-category.js';
export * from './peer-role.js';
export * from './team-member.js';
export * from './care-team.js';
export * from './care-plan.js';
export * from './referral.js';
export * from './referral-draft.js';
