/**
 * Proleptic Gregorian calendar fields of a wall-millisecond value (see time-zone.ts),
 * and the English names Apps Script uses whatever the spreadsheet's locale.
 */

export const MS_PER_DAY = 86_400_000;

export interface WallFields {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
  /** 1..366 */
  dayOfYear: number;
}

export function wallFields(wallMs: number): WallFields {
  const d = new Date(wallMs);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return {
    year,
    month,
    day,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    dayOfYear: Math.floor((wallMs - startOfYear(year)) / MS_PER_DAY) + 1,
  };
}

function startOfYear(year: number): number {
  // Date.UTC is fast but reads years 0..99 as 1900..1999.
  return year >= 100 || year < 0 ? Date.UTC(year, 0, 1) : makeWall(year, 1, 1);
}

/** `Date.UTC` without its 0..99 → 1900s year quirk; out-of-range fields roll over (lenient). */
export function makeWall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(makeWall(year, month + 1, 0)).getUTCDate();
}

export const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function padNumber(value: number, width: number): string {
  const text = String(Math.abs(value));
  const padded = text.length >= width ? text : '0'.repeat(width - text.length) + text;
  return value < 0 ? `-${padded}` : padded;
}
