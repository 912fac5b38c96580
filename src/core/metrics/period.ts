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

/** `periodOf` over times in ms, as indexes into `keys`: the distinct periods met, in order of first appearance. */
export interface PeriodIndex {
  keys: string[];
  /** Index in `keys` of the period of `timeMs`, −1 for NaN (no date). */
  indexOf(timeMs: number): number;
}

/**
 * A PeriodIndex that remembers answers: the sheet's `monthOf` goes through Apps Script's
 * date formatter, which is slow, and closing dates carry hours, so nearly every closed deal
 * has a time of its own. Answers are therefore kept per UTC day: periods are contiguous
 * spans of time (their keys sort chronologically), so when a day's first and last
 * millisecond fall in the same period, every time of that day does. Only a day that
 * straddles a period boundary (in the sheet's time zone) is looked up time by time.
 * Metrics ask this once per deal, so they get indexes (to rows in arrays) rather than keys.
 */
export function periodIndex(periodOf: PeriodOf): PeriodIndex {
  const keys: string[] = [];
  const indexOfKey = new Map<string, number>();
  /** Per day: its period's index, or −1 when the day straddles a boundary. */
  const byDay = new Map<number, number>();
  const byTime = new Map<number, number>();
  const indexOfPeriod = (key: string): number => {
    let index = indexOfKey.get(key);
    if (index === undefined) indexOfKey.set(key, (index = keys.push(key) - 1));
    return index;
  };
  const indexOf = (timeMs: number): number => {
    if (timeMs !== timeMs) return -1;
    const day = Math.floor(timeMs / MS_PER_DAY);
    let index = byDay.get(day);
    if (index === undefined) {
      const first = periodOf(new Date(day * MS_PER_DAY));
      index = first === periodOf(new Date(day * MS_PER_DAY + MS_PER_DAY - 1)) ? indexOfPeriod(first) : -1;
      byDay.set(day, index);
    }
    if (index >= 0) return index;
    index = byTime.get(timeMs);
    if (index === undefined) byTime.set(timeMs, (index = indexOfPeriod(periodOf(new Date(timeMs)))));
    return index;
  };
  return { keys, indexOf };
}

/** `periodOf` over times in ms, remembering answers (see periodIndex); NaN gives NO_PERIOD. */
export function cachedPeriodOf(periodOf: PeriodOf): (timeMs: number) => string {
  const periods = periodIndex(periodOf);
  return (timeMs) => {
    const index = periods.indexOf(timeMs);
    return index < 0 ? NO_PERIOD : periods.keys[index];
  };
}

/** Period keys in chronological order, NO_PERIOD last. */
export function comparePeriods(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_PERIOD) return 1;
  if (b === NO_PERIOD) return -1;
  return a < b ? -1 : 1;
}
