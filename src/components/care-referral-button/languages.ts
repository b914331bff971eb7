/** Languages the referral form offers by default (BCP-47); their names come from Intl.DisplayNames in the user's locale. */
export const DEFAULT_LANGUAGES = ['en', 'es', 'pt', 'fr', 'ht', 'zh', 'vi', 'ar', 'ru', 'so'];
