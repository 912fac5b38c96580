import type { Language } from '../../../core/i18n/language';
import { pageText, type PageStringKey } from '../../i18n/page-strings';
import type { Params } from '../../i18n/translator';

/**
 * The page's language: the preview server writes `--locale` into `<html lang>` when it
 * serves the page (server.ts, `pageInLanguage`).
 */
export function pageLanguage(): Language {
  return document.documentElement.lang === 'fr' ? 'fr' : 'en';
}

/** A page string in the page's language. */
export function t(key: PageStringKey, params?: Params): string {
  return pageText(pageLanguage(), key, params);
}

/** A number written the page's way (`8,800` / `8 800`). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(pageLanguage() === 'fr' ? 'fr-FR' : 'en-US', options).format(value);
}

/** The texts of preview.html, which is written in English: each element's text or attribute, in the page's language. */
const CHROME: readonly { selector: string; key: PageStringKey; attribute?: 'aria-label' | 'title' }[] = [
  { selector: 'label[for="upload"]', key: 'page.import' },
  { selector: '#download', key: 'page.download' },
  { selector: '#formula', key: 'page.formula', attribute: 'aria-label' },
  { selector: '#grid', key: 'page.grid', attribute: 'aria-label' },
  { selector: 'aside.sidebar', key: 'page.sidebar', attribute: 'aria-label' },
  { selector: '#sidebar', key: 'page.sidebarFrame', attribute: 'title' },
  { selector: '#tabs', key: 'page.tabs', attribute: 'aria-label' },
];

/** Puts the page's own texts (title, top bar, landmarks) in its language. */
export function translateChrome(): void {
  document.title = t('page.title');
  for (const { selector, key, attribute } of CHROME) {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`preview.html: no element ${selector} for ${key}`);
    if (attribute) element.setAttribute(attribute, t(key));
    else element.textContent = t(key);
  }
}
