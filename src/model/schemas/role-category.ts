/** The zod schemas of role-category.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { ROLE_CATEGORIES } from '../role-category.js';

export const RoleCategorySchema = z.enum(ROLE_CATEGORIES);
