/** The referral form's fields → a ReferralDraft input for validateReferralDraft. */
import type { ReferralRecipient as Recipient } from '../../fhir/write/referral.js';
import type { ReferralDraftInput } from '../../model/schemas/referral-draft.js';

export type { Recipient };

/**
 * Reads the form. Blank text is left out (the schema then reports what is required); the chosen
 * recipient becomes the performer with its name as display, the empty choice means "the programme
 * decides" (no performer).
 */
export function draftFromForm(data: FormData, recipients: readonly Recipient[]): ReferralDraftInput {
  const text = (name: string): string | undefined => {
    const value = data.get(name);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const chosen = text('recipient');
  const recipient = chosen ? recipients.find((item) => item.reference === chosen) : undefined;
  const gender = text('gender');
  return {
    reason: text('reason') ?? '',
    clientHopes: text('hopes'),
    preferences: {
      language: text('language'),
      // Checkbox values are always strings (no file inputs in this form).
      sharedExperience: data.getAll('shared') as string[],
      peerGender: gender as NonNullable<ReferralDraftInput['preferences']>['peerGender'],
    },
    urgency: (text('urgency') ?? 'routine') as ReferralDraftInput['urgency'],
    performer: recipient ? { reference: recipient.reference, display: recipient.name } : undefined,
    note: text('note'),
    consentGiven: (data.get('consent') === 'on') as true,
  };
}

/** True when the form holds anything typed or chosen beyond its defaults: closing it keeps a draft. */
export function isDirty(form: HTMLFormElement | null): boolean {
  return !!form && [...new FormData(form)].some(([name, value]) => value !== '' && name !== 'urgency' && name !== 'recipient');
}

/** How many optional preferences the form holds: a language, each shared experience, a peer gender. */
export function chosenPreferences(data: FormData): number {
  const filled = (name: string) => data.getAll(name).filter((value) => value !== '').length;
  return filled('language') + filled('shared') + filled('gender');
}

/** A language's name in the locale, or the code when the runtime does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
