/** How a spreadsheet locale writes numbers and dates, as far as reading text cells needs to know. */
export interface LocaleConventions {
  decimalSeparator: '.' | ',';
  /** The order assumed for a date column whose every day/month value is ambiguous (3/4/2024). */
  dateOrder: DateOrder;
}

/** `dmy`: 24/03/2024; `mdy`: 03/24/2024. */
export type DateOrder = 'dmy' | 'mdy';

/**
 * Languages whose locales write `1.234,5` or `1 234,5`. Swiss German and Italian are the
 * exception: they write `1'234.5`, so the country decides there.
 */
const DECIMAL_COMMA_LANGUAGES = new Set([
  'af', 'az', 'be', 'bg', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'eu', 'fi', 'fo', 'fr', 'gl', 'hr', 'hu', 'hy',
  'id', 'is', 'it', 'ka', 'kk', 'lt', 'lv', 'mk', 'mn', 'nb', 'nl', 'nn', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq',
  'sr', 'sv', 'tr', 'uk', 'uz', 'vi',
]);
const DECIMAL_POINT_COUNTRIES = new Set(['CH', 'LI', 'MX']);

/** Locales that put the month first in numeric dates. Everything else Sheets offers is day-first or year-first. */
const MONTH_FIRST_LOCALES = new Set(['en', 'en_US', 'en_PH', 'en_AS', 'en_GU', 'en_UM', 'en_VI', 'en_MH', 'en_FM', 'es_US', 'en_BZ']);

/** Reads a locale as Apps Script reports it (`en_US`, `fr_FR`, `de_CH`, `pt-BR`, `''`). Unknown means US conventions. */
export function localeConventions(locale: string): LocaleConventions {
  const [language = '', country = ''] = locale.trim().replace('-', '_').split('_');
  const lower = language.toLowerCase();
  const upperCountry = country.toUpperCase();
  const decimalComma = DECIMAL_COMMA_LANGUAGES.has(lower) && !DECIMAL_POINT_COUNTRIES.has(upperCountry);
  const normalised = upperCountry ? `${lower}_${upperCountry}` : lower;
  const monthFirst = lower === '' || MONTH_FIRST_LOCALES.has(normalised);
  return { decimalSeparator: decimalComma ? ',' : '.', dateOrder: monthFirst ? 'mdy' : 'dmy' };
}
