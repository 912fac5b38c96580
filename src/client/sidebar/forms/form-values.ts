import { columnLabel } from '../../../core/columns/column-label';
import type { DealColumn } from '../../../core/columns/deal-columns';
import type { Language } from '../../../core/i18n/language';
import { translate } from '../../../core/i18n/strings';
import { parseNumberText } from '../../../core/parse/parse-number';
import type { DealFields, FieldError } from '../../../core/sidebar/sidebar-api';
import { fieldKind } from './field-kind';

/** A form's values as typed: text for inputs and selects, booleans for checkboxes. */
export type FormValues = Partial<Record<DealColumn, string | boolean>>;

/**
 * Reads a number as the user types it, with the parser the server uses for cells typed as
 * text (parseNumberText): `12000`, `12,000.50`, `12 000,50`, `1.500,00`, `€5,000`; when
 * `.` and `,` both appear, the last one is the decimal separator; when one of them appears
 * once, the user's language decides (`1,500` is 1 500 in English and 1,5 in French) unless
 * only the other reading is possible. `null` when it is not a number: a number is never
 * guessed from part of the text.
 */
export function parseNumber(text: string, language: Language): number | null {
  if (text.trim() === '') return null;
  const value = parseNumberText(text, language === 'fr' ? ',' : '.');
  return value === undefined || !Number.isFinite(value) ? null : value;
}

/** `yyyy-mm-dd` naming a day that exists (no 2024-02-30). */
export function isIsoDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

export function isBlank(value: string | boolean | undefined): boolean {
  return value === undefined || value === false || (typeof value === 'string' && value.trim() === '');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Format errors of the filled fields among `columns` (amount a number, dates real days,
 * probability a percent, e-mail shaped like one). Blank fields are left to the required-field
 * rules, which `validateMove` applies exactly as the server does.
 */
export function formatErrors(values: FormValues, columns: readonly DealColumn[], language: Language): FieldError[] {
  const errors: FieldError[] = [];
  for (const column of columns) {
    const value = values[column];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const field = columnLabel(column, language);
    const kind = fieldKind(column);
    if (kind === 'number' && parseNumber(value, language) === null) {
      errors.push({ field: column, message: translate(language, 'sidebar.error.number', { field }) });
    } else if (kind === 'percent') {
      const number = parseNumber(value, language);
      if (number === null || number < 0 || number > 100) errors.push({ field: column, message: translate(language, 'sidebar.error.percent', { field }) });
    } else if (kind === 'date' && !isIsoDay(value.trim())) {
      errors.push({ field: column, message: translate(language, 'sidebar.error.date', { field }) });
    } else if (kind === 'email' && !EMAIL.test(value.trim())) {
      errors.push({ field: column, message: translate(language, 'sidebar.error.email', { field }) });
    }
  }
  return errors;
}

/**
 * The filled values among `columns`, typed for the server: numbers as numbers, read in the
 * user's language (see parseNumber; a probability
 * typed as a percent is sent as 0–1, like the Probability column holds it), dates as
 * `yyyy-mm-dd`, checkboxes as booleans, text as typed. Blank fields are left out, so a form
 * never blanks a cell it did not ask about.
 */
export function toDealFields(values: FormValues, columns: readonly DealColumn[], language: Language): DealFields {
  const fields: DealFields = {};
  for (const column of columns) {
    const value = values[column];
    if (isBlank(value)) continue;
    if (typeof value === 'boolean') {
      fields[column] = value;
      continue;
    }
    const text = value ?? '';
    const kind = fieldKind(column);
    if (kind === 'number') fields[column] = parseNumber(text, language);
    else if (kind === 'percent') fields[column] = (parseNumber(text, language) ?? 0) / 100;
    else if (kind === 'date') fields[column] = text.trim();
    else fields[column] = text;
  }
  return fields;
}

/**
 * Errors keyed by the field they are shown next to. An error about a field the form does not
 * show (the server may judge a cell the form never asked about) goes with the form-wide
 * errors under `''`, so no message is ever dropped.
 */
export function errorsByField(errors: readonly FieldError[], shown: readonly string[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const field = shown.includes(error.field) ? error.field : '';
    byField[field] = byField[field] ? `${byField[field]} ${error.message}` : error.message;
  }
  return byField;
}
