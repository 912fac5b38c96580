/**
 * What a Sheets locale (`en_US`, `fr_FR`, ...) changes in display and input: separators,
 * boolean words, month and weekday names, and the order and padding of numeric dates.
 * Derived from ICU through `Intl` once per locale, then cached.
 */

export interface LocaleInfo {
  /** BCP 47 tag used with `Intl`. */
  readonly tag: string;
  readonly decimal: string;
  readonly group: string;
  readonly trueWord: string;
  readonly falseWord: string;
  /** Short and full month names, January first. */
  readonly monthsShort: readonly string[];
  readonly monthsLong: readonly string[];
  /** Short and full weekday names, Sunday first. */
  readonly weekdaysShort: readonly string[];
  readonly weekdaysLong: readonly string[];
  /** Order of the numeric date fields, e.g. `['month', 'day', 'year']` for en_US. */
  readonly dateOrder: readonly DateField[];
  readonly dateSeparator: string;
  /** Whether the locale writes 01/03/2024 rather than 1/3/2024. */
  readonly padDate: boolean;
  /** The Sheets format code used for a date-time cell that has no number format. */
  readonly defaultDateTimeFormat: string;
  readonly defaultDateFormat: string;
  readonly defaultTimeFormat: string;
}

export type DateField = 'day' | 'month' | 'year';

/** Sheets translates TRUE/FALSE into the spreadsheet language; keyed by language subtag. */
const BOOLEAN_WORDS: Record<string, [string, string]> = {
  fr: ['VRAI', 'FAUX'],
  de: ['WAHR', 'FALSCH'],
  es: ['VERDADERO', 'FALSO'],
  it: ['VERO', 'FALSO'],
  pt: ['VERDADEIRO', 'FALSO'],
  nl: ['WAAR', 'ONWAAR'],
};

const cache = new Map<string, LocaleInfo>();

export function getLocale(locale: string): LocaleInfo {
  let info = cache.get(locale);
  if (!info) {
    info = buildLocale(locale);
    cache.set(locale, info);
  }
  return info;
}

function toTag(locale: string): string {
  const tag = (locale || 'en_US').replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

function names(tag: string, option: Intl.DateTimeFormatOptions, dates: number[]): string[] {
  const formatter = new Intl.DateTimeFormat(tag, { ...option, timeZone: 'UTC' });
  return dates.map((ms) => formatter.format(ms));
}

function buildLocale(locale: string): LocaleInfo {
  const tag = toTag(locale);
  const numberParts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  const decimal = numberParts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = numberParts.find((p) => p.type === 'group')?.value ?? ',';

  const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2024, m, 15));
  // 2024-03-03 was a Sunday.
  const weekdays = Array.from({ length: 7 }, (_, d) => Date.UTC(2024, 2, 3 + d));

  // 2033-11-22 has distinct day, month and year fields, so their order is unambiguous.
  const sample = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2033, 10, 22));
  const dateOrder = sample.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type as DateField);
  const dateSeparator = sample.find((p) => p.type === 'literal')?.value.trim() || '/';
  const padded = new Intl.DateTimeFormat(tag, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2033, 0, 2));
  const padDate = /\b0\d/.test(padded);

  const codes: Record<DateField, string> = { day: padDate ? 'dd' : 'd', month: padDate ? 'mm' : 'm', year: 'yyyy' };
  const defaultDateFormat = dateOrder.map((f) => codes[f]).join(dateSeparator);
  const defaultTimeFormat = `${padDate ? 'hh' : 'h'}:mm:ss`;
  const [trueWord, falseWord] = BOOLEAN_WORDS[tag.split('-')[0]] ?? ['TRUE', 'FALSE'];

  return {
    tag,
    decimal,
    group,
    trueWord,
    falseWord,
    monthsShort: names(tag, { month: 'short' }, months),
    monthsLong: names(tag, { month: 'long' }, months),
    weekdaysShort: names(tag, { weekday: 'short' }, weekdays),
    weekdaysLong: names(tag, { weekday: 'long' }, weekdays),
    dateOrder: dateOrder.length === 3 ? dateOrder : ['month', 'day', 'year'],
    dateSeparator,
    padDate,
    defaultDateFormat,
    defaultTimeFormat,
    defaultDateTimeFormat: `${defaultDateFormat} ${defaultTimeFormat}`,
  };
}
