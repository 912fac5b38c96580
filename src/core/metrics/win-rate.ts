import { KIND_LOST, KIND_WON } from './pipeline-index';
import type { MetricsInput } from './metrics-input';
import { comparePeriods, NO_PERIOD, periodIndex, type PeriodOf } from './period';
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
    const kind = input.kindAt[i];
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
  const periods = periodIndex(periodOf);
  // Counts by period index + 1 (see periodIndex); 0 is no date, and a period named NO_PERIOD joins it.
  const won: number[] = [0];
  const closed: number[] = [0];
  const { kindAt, closedAt } = input;
  for (let i = 0; i < kindAt.length; i++) {
    const kind = kindAt[i];
    if (kind !== KIND_WON && kind !== KIND_LOST) continue;
    const index = periods.indexOf(closedAt[i]);
    const slot = index < 0 || periods.keys[index] === NO_PERIOD ? 0 : index + 1;
    while (closed.length <= slot) {
      won.push(0);
      closed.push(0);
    }
    closed[slot]++;
    if (kind === KIND_WON) won[slot]++;
  }
  const rows: PeriodWinRate[] = [];
  closed.forEach((count, slot) => {
    if (count > 0) rows.push({ period: slot === 0 ? NO_PERIOD : periods.keys[slot - 1], winRate: rate(won[slot], count, 'no-closed-deals') });
  });
  return rows.sort((a, b) => comparePeriods(a.period, b.period));
}
