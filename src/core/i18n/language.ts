/** The languages every user-visible string exists in. */
export type Language = 'en' | 'fr';

export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/**
 * Picks the interface language from a locale as Apps Script reports it
 * (Apps Script's active-user locale gives `fr`, `fr_CA`, `en_US`, sometimes `''`).
 * Anything that is not French falls back to English.
 */
export function languageOf(locale: unknown): Language {
  return /^fr(?:[_-]|$)/i.test(String(locale ?? '').trim()) ? 'fr' : 'en';
}
