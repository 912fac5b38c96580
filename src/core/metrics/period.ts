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
  return new PeriodIndexer(periodOf);
}

/**
 * periodIndex's answers. A class rather than closures: the metrics make a new index on
 * every call, and a method of one class is one function the optimiser can inline into
 * their loops, where a fresh closure each time is not.
 */
class PeriodIndexer implements PeriodIndex {
  readonly keys: string[] = [];
  private readonly indexOfKey = new Map<string, number>();
  private readonly days = new DayTable();
  private readonly byTime = new Map<number, number>();

  constructor(private readonly periodOf: PeriodOf) {}

  indexOf(timeMs: number): number {
    if (timeMs !== timeMs) return -1;
    const day = Math.floor(timeMs / MS_PER_DAY);
    const index = this.days.get(day);
    return index >= 0 ? index : this.lookUp(day, index, timeMs);
  }

  /** A day not yet answered, or a time of a day that straddles a boundary. */
  private lookUp(day: number, known: number, timeMs: number): number {
    let index = known;
    if (index === UNKNOWN_DAY) {
      const first = this.periodOf(new Date(day * MS_PER_DAY));
      index = first === this.periodOf(new Date(day * MS_PER_DAY + MS_PER_DAY - 1)) ? this.indexOfPeriod(first) : -1;
      this.days.set(day, index);
    }
    if (index >= 0) return index;
    let atTime = this.byTime.get(timeMs);
    if (atTime === undefined) this.byTime.set(timeMs, (atTime = this.indexOfPeriod(this.periodOf(new Date(timeMs)))));
    return atTime;
  }

  private indexOfPeriod(key: string): number {
    let index = this.indexOfKey.get(key);
    if (index === undefined) this.indexOfKey.set(key, (index = this.keys.push(key) - 1));
    return index;
  }
}

/** DayTable.get for a day not yet answered. */
const UNKNOWN_DAY = -2;
/** Widest span of days kept in the dense table (about 550 years); days beyond go to a map. */
const MAX_TABLE_DAYS = 200_000;

/**
 * A period index (or −1) per UTC day number. The days a pipeline's dates fall on are a span
 * of a few years: a dense table over that span answers each deal with one array read, where
 * a map hashed every day number; days far outside it go to a map.
 */
class DayTable {
  /** Per day from `first`: index + 2, 0 for none yet. */
  private table = new Int32Array(0);
  private first = 0;
  private readonly far = new Map<number, number>();

  get(day: number): number {
    const at = day - this.first;
    if (at >= 0 && at < this.table.length) return this.table[at] - 2;
    const far = this.far.get(day);
    return far === undefined ? UNKNOWN_DAY : far;
  }

  set(day: number, index: number): void {
    if (!this.cover(day)) {
      this.far.set(day, index);
      return;
    }
    this.table[day - this.first] = index + 2;
  }

  /** Widens the table to hold `day`, unless that would make it wider than MAX_TABLE_DAYS. */
  private cover(day: number): boolean {
    const length = this.table.length;
    if (length === 0) {
      this.first = day - 512;
      this.table = new Int32Array(1024);
      return true;
    }
    if (day >= this.first && day < this.first + length) return true;
    const low = Math.min(this.first, day - 256);
    const high = Math.max(this.first + length, day + 256);
    if (high - low > MAX_TABLE_DAYS) return false;
    const wider = new Int32Array(Math.min(MAX_TABLE_DAYS, Math.max(2 * length, high - low)));
    const first = Math.max(low - ((wider.length - (high - low)) >> 1), low - (wider.length - (high - low)));
    wider.set(this.table, this.first - first);
    this.table = wider;
    this.first = first;
    return true;
  }
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
