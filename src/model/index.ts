/**
 * The domain model: zod/mini schemas (./schemas/), the types inferred from them, and the `as const`
 * arrays of statuses, roles and categories that types, validation, stories and tests all read
 * (./code-lists.ts). Imports go one way: a concept's module (./care-plan.ts) -> its schema
 * (./schemas/care-plan.ts, for the inferred types only) -> the code lists. Plain data, no DOM.
 * Importing this module only configures zod (see ./zod.ts).
 */
export * from './problems.js';
export * from './common.js';
export * from './role-category.js';
export * from './peer-role.js';
export * from './team-member.js';
export * from './care-team.js';
export * from './care-plan.js';
export * from './referral.js';
export * from './schemas/index.js';
