import { MS_PER_DAY } from './days';

/** Names the calendar month of a date in the spreadsheet's time zone, e.g. `2024-03`. */
export type MonthOf = (date: Date) => string;

/** Names the period (month, quarter, ...) a date falls in; keys sort chronologically as text. */
export type PeriodOf = (date: Date) => string;

/** Key of figures whose date is missing; sorted after every period. */
export const NO_PERIOD = '';

/** The quarter, e.g. `2024-Q1`, of the month `monthOf` gives (so quarters follow the same time zone). */
export function quarterOf(monthOf: MonthOf): PeriodOf {
  return (date) => {
    const month = monthOf(date);
    return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
  };
}

/**
 * `periodOf` over times in ms, remembering answers: the sheet's `monthOf` goes through
 * Apps Script's date formatter, which is slow, and closing dates carry hours, so nearly every
 * closed deal has a time of its own. Answers are therefore kept per UTC day: periods are
 * contiguous spans of time (their keys sort chronologically), so when a day's first and
 * last millisecond fall in the same period, every time of that day does. Only a day that
 * straddles a period boundary (in the sheet's time zone) is looked up time by time.
 * NaN gives NO_PERIOD.
 */
export function cachedPeriodOf(periodOf: PeriodOf): (timeMs: number) => string {
  /** Period of a whole UTC day, or null when the day straddles a boundary. */
  const byDay = new Map<number, string | null>();
  const byTime = new Map<number, string>();
  return (timeMs) => {
    if (timeMs !== timeMs) return NO_PERIOD;
    const day = Math.floor(timeMs / MS_PER_DAY);
    let dayKey = byDay.get(day);
    if (dayKey === undefined) {
      const first = periodOf(new Date(day * MS_PER_DAY));
      dayKey = first === periodOf(new Date(day * MS_PER_DAY + MS_PER_DAY - 1)) ? first : null;
      byDay.set(day, dayKey);
    }
    if (dayKey !== null) return dayKey;
    let key = byTime.get(timeMs);
    if (key === undefined) {
      key = periodOf(new Date(timeMs));
      byTime.set(timeMs, key);
    }
    return key;
  };
}

/** Period keys in chronological order, NO_PERIOD last. */
export function comparePeriods(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_PERIOD) return 1;
  if (b === NO_PERIOD) return -1;
  return a < b ? -1 : 1;
}
