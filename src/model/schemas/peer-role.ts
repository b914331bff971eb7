/** The zod schemas of peer-role.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { DAYS_OF_WEEK, LIVED_EXPERIENCE_AUDIENCES, NAPS_VALUES, SAMHSA_COMPETENCIES } from '../code-lists.js';
import { DateRangeSchema, PartySchema, TelecomSchema } from './common.js';
import { TIME_OF_DAY } from '../time-of-day.js';

export const CredentialSchema = z.object({
  name: z.string(),
  issuer: z.optional(z.string()),
  identifier: z.optional(z.string()),
  period: z.optional(DateRangeSchema),
});
export type Credential = z.infer<typeof CredentialSchema>;

export const SupervisionSchema = z.object({
  supervisorName: z.optional(z.string()),
  supervisorRole: z.optional(z.string()),
  supervisorReference: z.optional(z.string()),
  cadence: z.optional(z.string()),
  hasPeerExperience: z.optional(z.boolean()),
});
export type Supervision = z.infer<typeof SupervisionSchema>;

export const AvailabilitySchema = z.object({
  daysOfWeek: z.array(z.enum(DAYS_OF_WEEK)),
  allDay: z.optional(z.boolean()),
  /** Local time "HH:MM:SS". */
  start: z.optional(/* @__PURE__ */ z.string().check(z.regex(TIME_OF_DAY))),
  end: z.optional(/* @__PURE__ */ z.string().check(z.regex(TIME_OF_DAY))),
});
export type Availability = z.infer<typeof AvailabilitySchema>;

export const UnavailabilitySchema = z.object({
  description: z.string(),
  during: z.optional(DateRangeSchema),
});
export type Unavailability = z.infer<typeof UnavailabilitySchema>;

export const LanguageSchema = z.object({
  /** BCP-47 code when the data gives one. */
  code: z.optional(z.string()),
  display: z.string(),
});
export type Language = z.infer<typeof LanguageSchema>;

export const LivedExperienceSchema = z.object({
  /** The peer's own words; empty when consent was revoked (the text is not kept). */
  statement: z.string(),
  audience: z.enum(LIVED_EXPERIENCE_AUDIENCES),
  consentDate: z.optional(z.string()),
  revoked: z.optional(z.boolean()),
});
export type LivedExperience = z.infer<typeof LivedExperienceSchema>;

export const PeerRoleSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  pronouns: z.optional(z.string()),
  photoUrl: z.optional(z.string()),
  roleLabel: z.string(),
  /** False when the role is not coded or named as peer support (the card can say so). */
  isPeer: z.boolean(),
  organization: z.optional(PartySchema),
  active: z.boolean(),
  period: z.optional(DateRangeSchema),
  credentials: z.array(CredentialSchema),
  /** Empty means "not specified": show DEFAULT_PEER_DOES. */
  does: z.array(z.string()),
  doesNot: z.array(z.string()),
  competencies: z.array(z.literal(SAMHSA_COMPETENCIES.map((c) => c.code))),
  values: z.array(z.enum(NAPS_VALUES.map((v) => v.code))),
  supervision: z.optional(SupervisionSchema),
  availability: z.array(AvailabilitySchema),
  unavailable: z.array(UnavailabilitySchema),
  availabilityNote: z.optional(z.string()),
  languages: z.array(LanguageSchema),
  telecom: z.array(TelecomSchema),
  livedExperience: z.optional(LivedExperienceSchema),
});
export type PeerRole = z.infer<typeof PeerRoleSchema>;
