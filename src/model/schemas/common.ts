/** The zod schemas of common.ts's model types (and the types, inferred from them). */
import { z } from '../zod.js';
import { TELECOM_SYSTEMS } from '../code-lists.js';

/** A time span; both ends are FHIR date/dateTime strings, either may be open. */
export const DateRangeSchema = z.object({
  start: z.optional(z.string()),
  end: z.optional(z.string()),
});
export type DateRange = z.infer<typeof DateRangeSchema>;

export const TelecomSchema = z.object({
  system: z.enum(TELECOM_SYSTEMS),
  value: z.string(),
  use: z.optional(z.string()),
});
export type Telecom = z.infer<typeof TelecomSchema>;

/** Someone or something referred to: a display name and/or a FHIR reference string. */
export const PartySchema = z.object({
  name: z.optional(z.string()),
  reference: z.optional(z.string()),
});
export type Party = z.infer<typeof PartySchema>;

/** A reference that must carry a reference string (e.g. the subject of a plan). */
export const SubjectSchema = z.object({
  reference: z.optional(z.string()),
  display: z.optional(z.string()),
});
export type Subject = z.infer<typeof SubjectSchema>;

/** A free-text note (FHIR Annotation). */
export const NoteSchema = z.object({
  text: z.string(),
  author: z.optional(PartySchema),
  time: z.optional(z.string()),
});
export type Note = z.infer<typeof NoteSchema>;
