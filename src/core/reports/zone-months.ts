import type { MonthOf } from '../metrics/period';

const QUARTER_HOUR = 15 * 60_000;
/** Every time zone's offset lies within ±14 h, so ±15 h around a UTC month start brackets its local start. */
const WINDOW = 60 * QUARTER_HOUR;

export interface ZoneMonths {
  /** `yyyy-MM` of a date in the zone. */
  monthOf: MonthOf;
  /** The first instant of a `yyyy-MM` month in the zone (its local midnight on the 1st). */
  monthStart(month: string): Date;
}

const keyOf = (year: number, monthIndex: number) => {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * Calendar months of a time zone through a slow formatter (the sheet passes
 * Apps Script's `formatDate(date, zone, 'yyyy-MM')`), asked a bounded number of times: about
 * seven calls per month boundary the data comes near, however many dates are looked up.
 *
 * A zone's offset is within ±14 h of UTC, so a date whose UTC day is neither the first nor
 * the last of its month is in that same month locally, with no call. Near a boundary, the
 * local start of the month is found once by bisecting the ±15 h around its UTC start on
 * the quarter-hour grid every offset in use today lies on, then compared against.
 * Should the formatter not bracket as expected (an exotic zone), dates near that boundary
 * are formatted one by one: correct, only slower.
 */
export function zoneMonths(formatMonth: (date: Date) => string): ZoneMonths {
  const starts = new Map<string, number | null>();

  const localStart = (year: number, monthIndex: number): number | null => {
    const key = keyOf(year, monthIndex);
    const known = starts.get(key);
    if (known !== undefined) return known;
    const utcStart = Date.UTC(year, monthIndex, 1);
    let before = utcStart - WINDOW;
    let after = utcStart + WINDOW;
    let found: number | null = null;
    if (formatMonth(new Date(after)) === key && formatMonth(new Date(before)) === keyOf(year, monthIndex - 1)) {
      // Invariant: `before` is in the previous month, `after` in this one.
      while (after - before > QUARTER_HOUR) {
        const middle = before + Math.floor((after - before) / 2 / QUARTER_HOUR) * QUARTER_HOUR;
        if (formatMonth(new Date(middle)) === key) after = middle;
        else before = middle;
      }
      found = after;
    }
    starts.set(key, found);
    return found;
  };

  const monthOf: MonthOf = (date) => {
    const time = date.getTime();
    const year = date.getUTCFullYear();
    const monthIndex = date.getUTCMonth();
    const day = date.getUTCDate();
    const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
    if (day > 1 && day < lastDay) return keyOf(year, monthIndex);
    // Near the start of this month (day 1) or of the next one (last day).
    const boundaryMonth = day === 1 ? monthIndex : monthIndex + 1;
    const start = localStart(year, boundaryMonth);
    if (start === null) return formatMonth(date);
    return time >= start ? keyOf(year, boundaryMonth) : keyOf(year, boundaryMonth - 1);
  };

  const monthStart = (month: string): Date => {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    if (!match) throw new RangeError(`Not a yyyy-MM month: "${month}"`);
    const year = Number(match[1]);
    const monthIndex = Number(match[2]) - 1;
    return new Date(localStart(year, monthIndex) ?? Date.UTC(year, monthIndex, 1));
  };

  return { monthOf, monthStart };
}
