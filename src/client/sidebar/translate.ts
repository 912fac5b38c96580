import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../core/i18n/language';
import { translate, type StringKey } from '../../core/i18n/strings';

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** The interface language, provided once by the App so no component has to thread it through props. */
export const LanguageContext = createContext<Language>('en');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}

/** `t(key, params)` in the sidebar's current language. */
export function useTranslate(): Translate {
  return translator(useLanguage());
}
