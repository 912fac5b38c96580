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
 * `periodOf` over times in ms, remembering answers: deals share few distinct dates, and the
 * sheet's `monthOf` goes through `Utilities.formatDate`, which is slow. NaN gives NO_PERIOD.
 */
export function cachedPeriodOf(periodOf: PeriodOf): (timeMs: number) => string {
  const cache = new Map<number, string>();
  return (timeMs) => {
    if (timeMs !== timeMs) return NO_PERIOD;
    let key = cache.get(timeMs);
    if (key === undefined) {
      key = periodOf(new Date(timeMs));
      cache.set(timeMs, key);
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
