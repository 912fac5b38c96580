import type { DateOrder } from './locale-conventions';
import type { WallClock } from './zoned-time';

/** A date read from text: a wall-clock time, plus its UTC offset in minutes when the text states one. */
export interface DateText {
  wall: WallClock;
  offsetMinutes: number | null;
}

/** `2024-03-01`, `2024/03/01`, `2024-03-01T14:30`, `2024-03-01 14:30:05.123Z`, `2024-03-01T14:30+02:00`. */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** `24/03/2022`, `3/24/2022`, `24.03.22`, `24-03-2022 14:30`, `3/24/2022 2:30 PM`. */
const DAY_MONTH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;

/** The two leading numbers of a day/month date, before the order is known. */
export interface DayMonthText {
  firstNumber: number;
  secondNumber: number;
  year: number;
  hour: number;
  minute: number;
  second: number;
}

function hourOf(hour: string | undefined, meridiem: string | undefined): number {
  const h = Number(hour ?? 0);
  if (meridiem === undefined) return h;
  const pm = meridiem.toUpperCase() === 'PM';
  return h === 12 ? (pm ? 12 : 0) : pm ? h + 12 : h;
}

/** Sheets reads two-digit years 00–29 as 2000–2029 and 30–99 as 1930–1999. */
function fullYear(year: string): number {
  const y = Number(year);
  return year.length > 2 ? y : y < 30 ? 2000 + y : 1900 + y;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

function isValidWallClock(w: WallClock): boolean {
  return (
    w.month >= 1 && w.month <= 12 && w.day >= 1 && w.day <= daysInMonth(w.year, w.month) &&
    w.hour <= 23 && w.minute <= 59 && w.second <= 59
  );
}

/** Reads a year-first (ISO-like) date, or `undefined` when the text is not one or names no real day. */
export function parseYearFirstDate(text: string): DateText | undefined {
  const m = YEAR_FIRST.exec(text);
  if (m === null) return undefined;
  const wall = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0) };
  if (!isValidWallClock(wall)) return undefined;
  const zone = m[7];
  if (zone === undefined) return { wall, offsetMinutes: null };
  if (zone.toUpperCase() === 'Z') return { wall, offsetMinutes: 0 };
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return { wall, offsetMinutes: digits.startsWith('-') ? -minutes : minutes };
}

/** Splits a day/month date without deciding which number is the day. */
export function splitDayMonthDate(text: string): DayMonthText | undefined {
  const m = DAY_MONTH.exec(text);
  if (m === null) return undefined;
  return {
    firstNumber: Number(m[1]),
    secondNumber: Number(m[2]),
    year: fullYear(m[3]),
    hour: hourOf(m[4], m[7]),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
}

/** The order a day/month date proves on its own: 24/03 can only be day-first, 03/24 only month-first. */
export function orderShownBy(parts: DayMonthText): DateOrder | null {
  if (parts.firstNumber > 12 && parts.secondNumber <= 12) return 'dmy';
  if (parts.secondNumber > 12 && parts.firstNumber <= 12) return 'mdy';
  return null;
}

/** Resolves a day/month date in `order`; `undefined` when that names no real day (31/02, 13/13). */
export function dayMonthToDate(parts: DayMonthText, order: DateOrder): DateText | undefined {
  const wall = {
    year: parts.year,
    month: order === 'dmy' ? parts.secondNumber : parts.firstNumber,
    day: order === 'dmy' ? parts.firstNumber : parts.secondNumber,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
  return isValidWallClock(wall) ? { wall, offsetMinutes: null } : undefined;
}
