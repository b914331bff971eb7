/**
 * Everything the inbox needs only once someone acts: the action forms, reading them, writing the
 * change and the words that follow. A chunk of its own (fetched when the user first reaches for
 * the inbox), so a page that only lists referrals never loads it.
 */
export { renderForm } from './render-forms.js';
export { changeFromForm, type FormValues } from './form-change.js';
export { writeReferralChange } from './inbox-writer.js';
export { resultWords } from './result-words.js';
