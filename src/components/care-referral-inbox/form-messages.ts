/** The action forms' strings (namespace `referralInbox`, like the rest of the inbox), in the forms' own chunk. */
import { defineMessages } from '../../i18n/localize.js';

/** The English text, the catalogue every translation follows (src/locales/en.ts assembles them). */
export const formEnglish = {
  askedForHint: 'asked for by the clinician',
  assignTo: 'Assign to',
  acceptNow: 'Accept on their behalf now',
  hintLanguage: 'speaks {language}',
  hintShared: 'lived experience may match: {what}',
  declineReason: 'Reason for declining',
  declineWordsRequired: 'In your words (required for "Other reason")',
  holdReason: 'Why it is on hold',
  outcomeChoice: 'How it ended',
  outcomeWords: 'Notes (optional)',
  confirm: 'Save',
  cancel: 'Cancel',
  saving: 'Saving…',
};

export const ft = defineMessages('referralInbox', formEnglish);
