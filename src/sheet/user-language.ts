import { languageOf, type Language } from '../core/i18n/language';

/**
 * The active user's interface language. `Session.getActiveUserLocale()` may be refused
 * before the add-on is authorised (AuthMode.NONE), so English is the fallback.
 */
export function userLanguage(): Language {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch (_notAuthorised) {
    return 'en';
  }
}
