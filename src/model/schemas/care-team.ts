/** The zod schemas of care-team.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { CARE_TEAM_STATUSES } from '../code-lists.js';
import { DateRangeSchema, PartySchema, SubjectSchema } from './common.js';
import { TeamMemberSchema } from './team-member.js';

export const CareTeamSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  status: z.optional(z.enum(CARE_TEAM_STATUSES)),
  period: z.optional(DateRangeSchema),
  subject: z.optional(SubjectSchema),
  managingOrganization: z.optional(PartySchema),
  members: z.array(TeamMemberSchema),
});
export type CareTeam = z.infer<typeof CareTeamSchema>;
