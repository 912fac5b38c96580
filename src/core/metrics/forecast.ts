import type { FittedProbability } from './fitted-probability';
import { LEVEL } from './forecast-level';
import { KIND_OPEN } from './pipeline-index';
import type { MetricsInput } from './metrics-input';
import { comparePeriods, NO_PERIOD, periodIndex, type MonthOf } from './period';
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
  // Rows by month index (see periodIndex), the last one for deals without a date.
  const byMonth: (ForecastRow | undefined)[] = [];
  let withoutMonth: ForecastRow | undefined;
  // Owners come indexed from prepareMetrics: a row per index, no string lookups here.
  const byOwner = new Array<ForecastRow | undefined>(input.owners.length);
  const total = emptyRow('');
  const fittedAt = fitted.map((row) => row.probability.value ?? 0);
  for (let i = 0; i < input.deals.length; i++) {
    const kind = input.kindAt[i];
    const level = input.forecastLevelAt[i];
    if (level === LEVEL.omitted) continue;
    const amount = input.amount[i] === input.amount[i] ? input.amount[i] : 0;
    const open = kind === KIND_OPEN;
    const weighted = open ? amount * probabilityOfDeal(input, i) : 0;
    const rank = progress ? progress[i] : -1;
    const fittedValue = open && rank >= 0 && rank < fittedAt.length ? amount * fittedAt[rank] : 0;
    const month = months.indexOf(open ? input.expectedCloseAt[i] : input.closedAt[i]);
    // A month whose name is NO_PERIOD (only a strange monthOf gives one) shares the row of no date.
    const monthRow =
      month >= 0 && months.keys[month] !== NO_PERIOD ? (byMonth[month] ??= emptyRow(months.keys[month])) : (withoutMonth ??= emptyRow(NO_PERIOD));
    addDeal(monthRow, open, amount, weighted, fittedValue, level);
    const owner = input.ownerAt[i];
    addDeal(byOwner[owner] || (byOwner[owner] = emptyRow(input.owners[owner])), open, amount, weighted, fittedValue, level);
    addDeal(total, open, amount, weighted, fittedValue, level);
  }
  const ownerRows: ForecastRow[] = [];
  for (const row of byOwner) if (row) ownerRows.push(row);
  return {
    byMonth: [...byMonth, withoutMonth].filter((row): row is ForecastRow => row !== undefined).sort((a, b) => comparePeriods(a.key, b.key)),
    byOwner: ownerRows.sort((a, b) => b.open - a.open || compareText(a.key, b.key)),
    total,
  };
}

function addDeal(row: ForecastRow, open: boolean, amount: number, weighted: number, fitted: number, level: number): void {
  if (open) {
    row.openDeals++;
    row.open += amount;
    row.weighted += weighted;
    row.fitted += fitted;
  }
  if (level <= LEVEL.closed) row.categories.closed += amount;
  if (level <= LEVEL.commit) row.categories.commit += amount;
  if (level <= LEVEL['best-case']) row.categories.bestCase += amount;
  row.categories.pipeline += amount;
}

function emptyRow(key: string): ForecastRow {
  return { key, openDeals: 0, open: 0, weighted: 0, fitted: 0, categories: { closed: 0, commit: 0, bestCase: 0, pipeline: 0 } };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
