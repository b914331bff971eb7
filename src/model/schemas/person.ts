/** The zod schemas of person.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { MEMBER_KINDS } from '../team-member.js';
import { PartySchema, TelecomSchema } from './common.js';

export const PersonSchema = z.object({
  id: z.optional(z.string()),
  kind: z.enum(MEMBER_KINDS),
  name: z.optional(z.string()),
  pronouns: z.optional(z.string()),
  photoUrl: z.optional(z.string()),
  /** RelatedPerson.relationship as text (e.g. "niece"). */
  relationship: z.optional(z.string()),
  /** Organization.partOf, or a RelatedPerson's / Patient's managing organisation. */
  organization: z.optional(PartySchema),
  telecom: z.array(TelecomSchema),
  /** `active` is not false and the resource's period (if any) has not ended. */
  active: z.boolean(),
});
export type Person = z.infer<typeof PersonSchema>;
