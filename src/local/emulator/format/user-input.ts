/**
 * What Sheets stores when a person types into a cell, and the number format it applies
 * automatically (typing `12%` stores 0.12 and formats the cell `0%`).
 */
import type { CellValue } from '../model';
import { daysInMonth, makeWall } from './calendar';
import { getLocale, type LocaleInfo } from './locale';
import { SERIAL_EPOCH_WALL } from './serial-date';
import { getZone, wallToUtc } from './time-zone';

export type UserInput = { value: CellValue } | { formula: string };

type Classified =
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'datetime'; wall: number; format: string };

const CURRENCY_SYMBOLS = ['$', '€', '£', '¥', '₹'];
/** Anything Unicode calls a space separates thousands in locales that group with spaces. */
const SPACE_GROUPS = [' ', '\u00a0', '\u202f'];

export function parseUserInput(text: string, locale: string, timeZone: string): UserInput {
  const classified = classify(text, getLocale(locale));
  switch (classified.kind) {
    case 'formula':
      return { formula: classified.formula };
    case 'text':
      return { value: classified.text };
    case 'boolean':
    case 'number':
      return { value: classified.value };
    case 'datetime':
      return { value: new Date(wallToUtc(classified.wall, getZone(timeZone))) };
  }
}

export function inferNumberFormat(text: string, locale: string): string | undefined {
  const classified = classify(text, getLocale(locale));
  return classified.kind === 'number' || classified.kind === 'datetime' ? classified.format : undefined;
}

function classify(text: string, locale: LocaleInfo): Classified {
  if (text.length > 1 && text.startsWith('=')) return { kind: 'formula', formula: text };
  if (text.startsWith("'")) return { kind: 'text', text: text.slice(1) };
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'text', text };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === locale.trueWord) return { kind: 'boolean', value: true };
  if (upper === 'FALSE' || upper === locale.falseWord) return { kind: 'boolean', value: false };
  return parseNumber(trimmed, locale) ?? parseDateTime(trimmed, locale) ?? { kind: 'text', text };
}

// ---------------------------------------------------------------------------------------
// Numbers

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberPatterns = new Map<string, { grouped: RegExp; plain: RegExp; scientific: RegExp }>();

/** Digit grammar for a locale: grouped (`1,234.5`), plain (`1234.5`, `.5`) and scientific (`1.5E3`). */
function patternsFor(locale: LocaleInfo) {
  let patterns = numberPatterns.get(locale.tag);
  if (!patterns) {
    const groups = SPACE_GROUPS.includes(locale.group) ? SPACE_GROUPS : [locale.group];
    const g = `(?:${groups.map(escapeRegExp).join('|')})`;
    const d = escapeRegExp(locale.decimal);
    patterns = {
      grouped: new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`),
      plain: new RegExp(`^(?:\\d+(?:${d}\\d*)?|${d}\\d+)$`),
      scientific: new RegExp(`^\\d+(?:${d}\\d+)?[eE][+-]?\\d+$`),
    };
    numberPatterns.set(locale.tag, patterns);
  }
  return patterns;
}

function stripAffix(text: string, affixes: readonly string[], where: 'start' | 'end'): { rest: string; affix?: string; spaced: boolean } {
  for (const affix of affixes) {
    if (where === 'start' ? text.startsWith(affix) : text.endsWith(affix)) {
      const rest = where === 'start' ? text.slice(affix.length) : text.slice(0, -affix.length);
      const stripped = rest.trim();
      return { rest: stripped, affix, spaced: stripped.length !== rest.length };
    }
  }
  return { rest: text, spaced: false };
}

function stripSign(text: string): { rest: string; negative: boolean; signed: boolean } {
  if (text.startsWith('-') || text.startsWith('+')) return { rest: text.slice(1).trim(), negative: text[0] === '-', signed: true };
  return { rest: text, negative: false, signed: false };
}

function parseNumber(input: string, locale: LocaleInfo): Classified | undefined {
  let text = input;
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    text = parenthesised[1].trim();
    negative = true;
  }
  // A sign may sit either side of a leading currency symbol: -$5 and $-5.
  const outerSign = stripSign(text);
  const prefix = stripAffix(outerSign.rest, CURRENCY_SYMBOLS, 'start');
  const innerSign = stripSign(prefix.rest);
  // Only one currency symbol: a trailing one is looked for only when there is no leading one.
  const suffix: { rest: string; affix?: string; spaced: boolean } = prefix.affix
    ? { rest: innerSign.rest, spaced: false }
    : stripAffix(innerSign.rest, CURRENCY_SYMBOLS, 'end');
  const currency = prefix.affix ?? suffix.affix;
  const percent = !currency && suffix.rest.endsWith('%');
  const body = percent ? suffix.rest.slice(0, -1).trim() : suffix.rest;
  // At most one way of saying "negative": -(5), --5 and -$-5 stay text.
  if ([parenthesised !== null, outerSign.signed, innerSign.signed].filter(Boolean).length > 1) return undefined;
  negative = negative || outerSign.negative || innerSign.negative;

  const patterns = patternsFor(locale);
  const grouped = patterns.grouped.test(body);
  const scientific = !grouped && patterns.scientific.test(body);
  if (!grouped && !scientific && !patterns.plain.test(body)) return undefined;
  const decimalIndex = body.indexOf(locale.decimal);
  const hasDecimals = decimalIndex >= 0 && decimalIndex < body.length - 1 && !scientific;
  const integerPart = decimalIndex < 0 ? body : body.slice(0, decimalIndex);
  const rest = decimalIndex < 0 ? '' : '.' + body.slice(decimalIndex + 1);
  let value = Number((grouped ? integerPart.replace(/\D/g, '') : integerPart) + rest);
  if (!Number.isFinite(value)) return undefined;
  if (percent) value /= 100;
  if (negative) value = -value;

  let format: string | undefined;
  if (currency) {
    const quoted = `"${currency}"`;
    format = prefix.affix ? `${quoted}#,##0.00` : `#,##0.00${suffix.spaced ? ' ' : ''}${quoted}`;
  } else if (percent) format = hasDecimals ? '0.00%' : '0%';
  else if (scientific) format = '0.00E+00';
  else if (grouped) format = hasDecimals ? '#,##0.00' : '#,##0';
  return { kind: 'number', value, format };
}

// ---------------------------------------------------------------------------------------
// Dates and times

interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  ms: number;
  twelveHour: boolean;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?(?:\s*([AaPp])\.?\s*[Mm]\.?)?$/;

function parseTime(text: string): TimeParts | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? '0');
  const ms = Number((m[4] ?? '').padEnd(3, '0'));
  const twelveHour = m[5] !== undefined;
  if (minute > 59 || second > 59) return undefined;
  if (twelveHour) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (m[5].toLowerCase() === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return undefined;
  }
  return { hour, minute, second, ms, twelveHour };
}

function timeFormat(time: TimeParts, locale: LocaleInfo): string {
  return time.twelveHour ? 'h:mm:ss AM/PM' : locale.defaultTimeFormat;
}

/** Two-digit years follow the spreadsheet convention: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

interface DatePart {
  year: number;
  month: number;
  day: number;
  format: string;
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parseNumericDate(text: string, locale: LocaleInfo): DatePart | undefined {
  const iso = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[3]), Number(iso[4])];
    return validDate(year, month, day) ? { year, month, day, format: iso[2] === '-' ? 'yyyy-mm-dd' : 'yyyy/mm/dd' } : undefined;
  }
  const local = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/.exec(text);
  if (!local) return undefined;
  const values = [local[1], local[3], local[4]];
  const fields: Partial<Record<'day' | 'month' | 'year', string>> = {};
  locale.dateOrder.forEach((field, i) => (fields[field] = values[i]));
  const yearText = fields.year ?? '';
  if (yearText.length !== 2 && yearText.length !== 4) return undefined;
  const year = fullYear(yearText);
  const month = Number(fields.month);
  const day = Number(fields.day);
  return validDate(year, month, day) ? { year, month, day, format: locale.defaultDateFormat } : undefined;
}

function monthIndex(name: string, locale: LocaleInfo): { month: number; long: boolean } | undefined {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  const lists: [readonly string[], boolean][] = [
    [locale.monthsLong, true],
    [locale.monthsShort, false],
    [ENGLISH_LONG, true],
    [ENGLISH_SHORT, false],
  ];
  for (const [list, long] of lists) {
    const index = list.findIndex((m) => m.toLowerCase().replace(/\.$/, '') === wanted);
    if (index >= 0) return { month: index + 1, long };
  }
  return undefined;
}

const ENGLISH_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_SHORT = ENGLISH_LONG.map((m) => m.slice(0, 3));

/** `March 1, 2024`, `Mar 1 2024`, `1 March 2024`, `1-Mar-2024`, `1 mars 2024`. */
function parseNamedDate(text: string, locale: LocaleInfo): DatePart | undefined {
  const monthFirst = /^(\p{L}+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(text);
  const dayFirst = /^(\d{1,2})(?:\s+|-)(\p{L}+\.?)(?:\s+|-)(\d{4})$/u.exec(text);
  const match = monthFirst ? { name: monthFirst[1], day: monthFirst[2], year: monthFirst[3] } : dayFirst ? { name: dayFirst[2], day: dayFirst[1], year: dayFirst[3] } : undefined;
  if (!match) return undefined;
  const month = monthIndex(match.name, locale);
  if (!month) return undefined;
  const year = Number(match.year);
  const day = Number(match.day);
  if (!validDate(year, month.month, day)) return undefined;
  const name = month.long ? 'mmmm' : 'mmm';
  const format = monthFirst ? `${name} d, yyyy` : `d ${name} yyyy`;
  return { year, month: month.month, day, format };
}

/** A date, then `T` or spaces, then something shaped like a time. */
const DATE_THEN_TIME = /^(.*?\S)(?:T|\s+)(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,3})?)?(?:\s*[AaPp]\.?\s*[Mm]\.?)?)$/;

function parseDateTime(text: string, locale: LocaleInfo): Classified | undefined {
  const time = parseTime(text);
  if (time) {
    // A bare time is a fraction of a day: serial 0 is 1899-12-30.
    return { kind: 'datetime', wall: SERIAL_EPOCH_WALL + ((time.hour * 60 + time.minute) * 60 + time.second) * 1000 + time.ms, format: timeFormat(time, locale) };
  }
  const withTime = DATE_THEN_TIME.exec(text);
  const candidates: [string, string | undefined][] = [[text, undefined]];
  if (withTime) candidates.push([withTime[1], withTime[2]]);
  for (const [datePart, timePart] of candidates) {
    const date = parseNumericDate(datePart, locale) ?? parseNamedDate(datePart, locale);
    if (!date) continue;
    const t = timePart === undefined ? undefined : parseTime(timePart);
    if (timePart !== undefined && !t) continue;
    const wall = makeWall(date.year, date.month, date.day, t?.hour ?? 0, t?.minute ?? 0, t?.second ?? 0, t?.ms ?? 0);
    const format = t ? `${date.format} ${timeFormat(t, locale)}` : date.format;
    return { kind: 'datetime', wall, format };
  }
  return undefined;
}
