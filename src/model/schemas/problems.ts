/** The zod schemas of problems.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { PROBLEM_CODES } from '../code-lists.js';

export const DataProblemSchema = z.object({
  path: z.string(),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
});

export type DataProblem = z.infer<typeof DataProblemSchema>;
