/** The zod schemas of team-member.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { MEMBER_KINDS } from '../code-lists.js';
import { DateRangeSchema, PartySchema, TelecomSchema } from './common.js';
import { RoleCategorySchema } from './role-category.js';

export const MemberRoleSchema = z.object({
  code: z.optional(z.string()),
  system: z.optional(z.string()),
  display: z.string(),
});
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const TeamMemberSchema = z.object({
  /** Stable per participant: its element id, else its member reference, else its position. */
  key: z.string(),
  /** Undefined when nothing names the member: the UI says "Unknown member". */
  name: z.optional(z.string()),
  kind: z.enum(MEMBER_KINDS),
  roles: z.array(MemberRoleSchema),
  category: RoleCategorySchema,
  isPeer: z.boolean(),
  organization: z.optional(PartySchema),
  period: z.optional(DateRangeSchema),
  /** False once the participant's period has ended (shown as past, not hidden). */
  active: z.boolean(),
  /** The person or organisation (for a PractitionerRole member: its Practitioner). */
  reference: z.optional(z.string()),
  practitionerRoleReference: z.optional(z.string()),
  responsibility: z.optional(z.string()),
  telecom: z.array(TelecomSchema),
  /** The member reference could not be resolved from the data given. */
  unresolved: z.boolean(),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** A lighter reference to someone (plan author, contributor, activity performer), categorised. */
export const ParticipantRefSchema = z.object({
  name: z.optional(z.string()),
  reference: z.optional(z.string()),
  kind: z.enum(MEMBER_KINDS),
  category: RoleCategorySchema,
  isPeer: z.boolean(),
  unresolved: z.boolean(),
});
export type ParticipantRef = z.infer<typeof ParticipantRefSchema>;

/** A person or organisation read on its own (Practitioner, Patient, RelatedPerson, Organization). */
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
