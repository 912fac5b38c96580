import { dayMonthToDate, orderShownBy, parseYearFirstDate, splitDayMonthDate, type DateText } from './date-text';
import type { DateOrder } from './locale-conventions';
import { isBlankValue, type Reading } from './reading';
import { wallClockToInstant } from './zoned-time';

/** A day/month text that proves an order, and where it is (0-based index among the column's values). */
export interface DateOrderEvidence {
  text: string;
  index: number;
}

/**
 * How to read a column's day/month dates. `order` is `null` when the column holds both
 * 24/03-style and 03/24-style dates: then no order is right for all of them, and guessing
 * would silently swap days and months in half the column.
 */
export interface DateColumnPlan {
  order: DateOrder | null;
  dayFirst: DateOrderEvidence | null;
  monthFirst: DateOrderEvidence | null;
}

/**
 * Decides a column's day/month order from its own values: 24/03/2022 proves day-first,
 * 3/24/2022 month-first; a column where every such date is ambiguous follows the locale.
 */
export function planDateColumn(values: readonly unknown[], localeOrder: DateOrder): DateColumnPlan {
  let dayFirst: DateOrderEvidence | null = null;
  let monthFirst: DateOrderEvidence | null = null;
  for (let index = 0; index < values.length && (dayFirst === null || monthFirst === null); index++) {
    const value = values[index];
    if (typeof value !== 'string') continue;
    const parts = splitDayMonthDate(value.trim());
    const shown = parts === undefined ? null : orderShownBy(parts);
    if (shown === 'dmy' && dayFirst === null) dayFirst = { text: value.trim(), index };
    if (shown === 'mdy' && monthFirst === null) monthFirst = { text: value.trim(), index };
  }
  const order = dayFirst && monthFirst ? null : dayFirst ? 'dmy' : monthFirst ? 'mdy' : localeOrder;
  return { order, dayFirst, monthFirst };
}

function toInstant(date: DateText, timeZone: string): Date {
  if (date.offsetMinutes === null) return wallClockToInstant(date.wall, timeZone);
  const { year, month, day, hour, minute, second } = date.wall;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - date.offsetMinutes * 60000);
}

/**
 * Reads one date cell of a planned column: a `Date` as Sheets gives it, year-first text
 * (ISO, with or without time and offset), or day/month text in the column's order. Text
 * without an offset is wall-clock time in `timeZone`, so `2024-03-01` is that day's
 * midnight there. In a column of mixed orders, day/month text reads as `null`: the
 * column-wide problem already says why, and one message per cell would bury it.
 */
export function readDateCell(value: unknown, plan: DateColumnPlan, timeZone: string): Reading<Date> {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (isBlankValue(value)) return null;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const yearFirst = parseYearFirstDate(text);
  if (yearFirst !== undefined) return toInstant(yearFirst, timeZone);
  const parts = splitDayMonthDate(text);
  if (parts === undefined) return undefined;
  if (plan.order === null) return null;
  const date = dayMonthToDate(parts, plan.order);
  return date === undefined ? undefined : toInstant(date, timeZone);
}
