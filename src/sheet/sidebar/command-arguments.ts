import { columnLabel } from '../../core/columns/column-label';
import { DEAL_COLUMN_NAMES, type DealColumn } from '../../core/columns/deal-columns';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import { FormDay } from '../../core/moves/cell-blocks';
import { wallClockToInstant } from '../../core/parse/zoned-time';
import type { FieldError } from '../../core/sidebar/sidebar-api';

/** Longest text a sidebar field may write. */
export const MAX_TEXT = 1000;

const NUMBERS = new Set<string>(['Amount', 'Probability', 'Score']);
const DATES = new Set<string>(['Expected close', 'Created', 'Last activity', 'Next step due']);
const FLAGS = new Set<string>(['Need', 'Budget', 'Authority', 'Timing']);
/** Kept by the add-on itself: never written from a form (Status follows the stage a command moves to). */
const KEPT = new Set<string>(['Deal ID', 'Stage', 'Status', 'Stage entered', 'Lost at stage']);

/**
 * `yyyy-mm-dd` of a real day, as midnight in `timeZone`, to be written as the day typed
 * (see `FormDay`: the day stays right even if the zone has changed since); `null` otherwise.
 */
export function isoDay(value: unknown, timeZone: string): FormDay | null {
  const m = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new FormDay(m[0], wallClockToInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone));
}

export function invalid(field: string, language: Language): FieldError {
  const known = (DEAL_COLUMN_NAMES as string[]).includes(field);
  return { field, message: translate(language, 'cmd.invalid', { field: known ? columnLabel(field as DealColumn, language) : field.slice(0, 40) }) };
}

/** Text of at most MAX_TEXT characters (trimmed), or `null`. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.length <= MAX_TEXT ? value.trim() : null;
}

/**
 * A form's fields from the browser, checked one by one: known columns the add-on does
 * not keep itself, numbers finite (Probability 0–1), dates `yyyy-mm-dd` (written as the
 * day typed, see `isoDay`),
 * ticks booleans, text a string of at most MAX_TEXT characters. Blank values are left out.
 * `allowed` adds kept columns a command writes through the stage path (Stage for addDeal).
 */
export function checkFields(input: unknown, language: Language, timeZone: string, allowed: readonly string[] = []): { values: Partial<Record<DealColumn, unknown>>; errors: FieldError[] } {
  const values: Partial<Record<DealColumn, unknown>> = {};
  const errors: FieldError[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { values, errors: [invalid('', language)] };
  for (const [column, value] of Object.entries(input)) {
    if (!(DEAL_COLUMN_NAMES as string[]).includes(column) || (KEPT.has(column) && !allowed.includes(column))) {
      errors.push(invalid(column, language));
      continue;
    }
    if (value === null || value === undefined || value === '') continue;
    let ok: unknown = null;
    if (NUMBERS.has(column)) ok = typeof value === 'number' && Number.isFinite(value) && (column !== 'Probability' || (value >= 0 && value <= 1)) ? value : null;
    else if (DATES.has(column)) ok = isoDay(value, timeZone);
    else if (FLAGS.has(column)) ok = typeof value === 'boolean' ? value : null;
    else ok = text(value);
    if (ok === null) errors.push(invalid(column, language));
    else if (ok !== '') values[column as DealColumn] = ok;
  }
  return { values, errors };
}
