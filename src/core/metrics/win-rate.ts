import { KIND_LOST, KIND_WON } from './pipeline-index';
import { kindOfDeal, type MetricsInput } from './metrics-input';
import { cachedPeriodOf, comparePeriods, type PeriodOf } from './period';
import { rate, type Rate } from './rate';

/** Close-date bounds, both inclusive; an open end is unbounded. */
export interface ClosePeriod {
  start?: Date | null;
  end?: Date | null;
}

/**
 * Win rate = won / (won + lost) over deals in a won or lost stage. With a period, only deals
 * whose closing date (history's entry into the closed stage, else Expected close) is in it;
 * a closed deal without any closing date is then left out.
 */
export function winRate(input: MetricsInput, period?: ClosePeriod): Rate {
  const start = period?.start ? period.start.getTime() : -Infinity;
  const end = period?.end ? period.end.getTime() : Infinity;
  const bounded = period !== undefined && (start !== -Infinity || end !== Infinity);
  let won = 0;
  let closed = 0;
  for (let i = 0; i < input.deals.length; i++) {
    const kind = kindOfDeal(input, i);
    if (kind !== KIND_WON && kind !== KIND_LOST) continue;
    // Written so that a NaN closing date fails the test.
    if (bounded && !(input.closedAt[i] >= start && input.closedAt[i] <= end)) continue;
    closed++;
    if (kind === KIND_WON) won++;
  }
  return rate(won, closed, 'no-closed-deals');
}

export interface PeriodWinRate {
  /** Period key from `periodOf`, or NO_PERIOD for closed deals without a closing date. */
  period: string;
  winRate: Rate;
}

/** Win rate per close-date period (e.g. `quarterOf(monthOf)`), in chronological order. */
export function winRateByPeriod(input: MetricsInput, periodOf: PeriodOf): PeriodWinRate[] {
  const periodAt = cachedPeriodOf(periodOf);
  const counts = new Map<string, { won: number; closed: number }>();
  for (let i = 0; i < input.deals.length; i++) {
    const kind = kindOfDeal(input, i);
    if (kind !== KIND_WON && kind !== KIND_LOST) continue;
    const period = periodAt(input.closedAt[i]);
    let count = counts.get(period);
    if (!count) counts.set(period, (count = { won: 0, closed: 0 }));
    count.closed++;
    if (kind === KIND_WON) count.won++;
  }
  return [...counts]
    .sort(([a], [b]) => comparePeriods(a, b))
    .map(([period, count]) => ({ period, winRate: rate(count.won, count.closed, 'no-closed-deals') }));
}
