import type { FittedProbability } from './fitted-probability';
import { LEVEL } from './forecast-level';
import { KIND_OPEN } from './pipeline-index';
import type { MetricsInput } from './metrics-input';
import { comparePeriods, NO_PERIOD, periodIndex, type MonthOf, type PeriodIndex } from './period';
import { probabilityOfDeal } from './weighted-pipeline';

/**
 * Amounts by cumulative forecast category (Salesforce style): Closed ⊂ Commit ⊂ Best case
 * ⊂ Pipeline, so `commit` includes `closed`, and so on. Omitted deals are in none.
 */
export interface CategoryTotals {
  closed: number;
  commit: number;
  bestCase: number;
  pipeline: number;
}

export interface ForecastRow {
  /** Month (`2024-03`, '' for no Expected close) or owner ('' for unassigned). */
  key: string;
  openDeals: number;
  open: number;
  /** Σ open Amount × p (the deal's Probability, else its stage's). */
  weighted: number;
  /** Σ open Amount × history-fitted probability of the furthest funnel stage the deal reached. */
  fitted: number;
  categories: CategoryTotals;
}

export interface Forecast {
  byMonth: ForecastRow[];
  byOwner: ForecastRow[];
  total: ForecastRow;
}

export { forecastLevel } from './forecast-level';

/** Sums kept per row while the deals are read, as columns of one Float64Array (see RowSums). */
const OPEN_DEALS = 0;
const OPEN = 1;
const WEIGHTED = 2;
const FITTED = 3;
const CLOSED = 4;
const COMMIT = 5;
const BEST_CASE = 6;
const PIPELINE = 7;
const SUMS = 8;

/**
 * The sums of many rows, SUMS numbers a row, and how many deals each row has, grown on
 * demand. A deal adds to three rows (its month, its owner, the total): adding into typed
 * arrays keeps the amounts unboxed, where updating row objects through a call per row
 * allocated a number per argument.
 */
class RowSums {
  sums = new Float64Array(SUMS * 16);
  deals = new Int32Array(16);

  ensure(rows: number): void {
    if (rows <= this.deals.length) return;
    const length = Math.max(2 * this.deals.length, rows);
    const sums = new Float64Array(length * SUMS);
    sums.set(this.sums);
    this.sums = sums;
    const deals = new Int32Array(length);
    deals.set(this.deals);
    this.deals = deals;
  }

  /** The row's figures, or undefined when no deal added to it. */
  row(row: number, key: string): ForecastRow | undefined {
    if (this.deals[row] === 0) return undefined;
    const s = this.sums;
    const at = row * SUMS;
    return {
      key,
      openDeals: s[at + OPEN_DEALS],
      open: s[at + OPEN],
      weighted: s[at + WEIGHTED],
      fitted: s[at + FITTED],
      categories: { closed: s[at + CLOSED], commit: s[at + COMMIT], bestCase: s[at + BEST_CASE], pipeline: s[at + PIPELINE] },
    };
  }
}

/** Rows of RowSums: the total, deals without a month, then the owners by index, then the months by index. */
const TOTAL_ROW = 0;
const NO_MONTH_ROW = 1;
const OWNER_ROWS = 2;

/**
 * Open pipeline by expected-close month (in the spreadsheet's time zone, through `monthOf`)
 * and by owner. Won deals add to Closed in the month they closed; lost deals are omitted.
 */
export function forecast(
  input: MetricsInput,
  monthOf: MonthOf,
  fitted: readonly FittedProbability[] = [],
  progress?: Int32Array,
): Forecast {
  const months = periodIndex(monthOf);
  const fittedAt = Float64Array.from(fitted, (row) => row.probability.value ?? 0);
  const rows = sumRows(input, months, fittedAt, progress);
  const monthRows = OWNER_ROWS + input.owners.length;
  const byMonth: ForecastRow[] = [];
  months.keys.forEach((key, month) => {
    const row = key === NO_PERIOD ? undefined : rows.row(monthRows + month, key);
    if (row) byMonth.push(row);
  });
  const withoutMonth = rows.row(NO_MONTH_ROW, NO_PERIOD);
  if (withoutMonth) byMonth.push(withoutMonth);
  const byOwner: ForecastRow[] = [];
  input.owners.forEach((owner, index) => {
    const row = rows.row(OWNER_ROWS + index, owner);
    if (row) byOwner.push(row);
  });
  return {
    byMonth: byMonth.sort((a, b) => comparePeriods(a.key, b.key)),
    byOwner: byOwner.sort((a, b) => b.open - a.open || compareText(a.key, b.key)),
    total: rows.row(TOTAL_ROW, '') ?? emptyRow(),
  };
}

/** The deals' sums by row (see RowSums), in one pass: the loop is alone in its function, so that the optimiser compiles just it. */
function sumRows(input: MetricsInput, months: PeriodIndex, fittedAt: Float64Array, progress: Int32Array | undefined): RowSums {
  const monthRows = OWNER_ROWS + input.owners.length;
  const rows = new RowSums();
  rows.ensure(monthRows + 1);
  const { kindAt, forecastLevelAt, amount: amounts, expectedCloseAt, closedAt, ownerAt } = input;
  for (let i = 0; i < input.deals.length; i++) {
    const level = forecastLevelAt[i];
    if (level === LEVEL.omitted) continue;
    const amount = amounts[i] === amounts[i] ? amounts[i] : 0;
    const open = kindAt[i] === KIND_OPEN;
    const weighted = open ? amount * probabilityOfDeal(input, i) : 0;
    const rank = progress ? progress[i] : -1;
    const fittedValue = open && rank >= 0 && rank < fittedAt.length ? amount * fittedAt[rank] : 0;
    const month = months.indexOf(open ? expectedCloseAt[i] : closedAt[i]);
    // A month whose name is NO_PERIOD (only a strange monthOf gives one) shares the row of no date.
    const monthRow = month >= 0 && months.keys[month] !== NO_PERIOD ? monthRows + month : NO_MONTH_ROW;
    if (monthRow >= rows.deals.length) rows.ensure(monthRow + 1);
    const s = rows.sums;
    for (let r = 0; r < 3; r++) {
      const row = r === 0 ? TOTAL_ROW : r === 1 ? monthRow : OWNER_ROWS + ownerAt[i];
      rows.deals[row]++;
      const at = SUMS * row;
      if (open) {
        s[at + OPEN_DEALS]++;
        s[at + OPEN] += amount;
        s[at + WEIGHTED] += weighted;
        s[at + FITTED] += fittedValue;
      }
      if (level <= LEVEL.closed) s[at + CLOSED] += amount;
      if (level <= LEVEL.commit) s[at + COMMIT] += amount;
      if (level <= LEVEL['best-case']) s[at + BEST_CASE] += amount;
      s[at + PIPELINE] += amount;
    }
  }
  return rows;
}

function emptyRow(): ForecastRow {
  return { key: '', openDeals: 0, open: 0, weighted: 0, fitted: 0, categories: { closed: 0, commit: 0, bestCase: 0, pipeline: 0 } };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
