import { summariseClosedDeals, type ClosedKind } from './deal-values';
import type { MetricsInput } from './metrics-input';
import type { SummaryStats } from './stats';

/**
 * Sales cycle: days from Created to closing date (history's entry into the closed stage,
 * else Expected close), mean and median, over won deals by default (SPEC §4); `lost` and
 * `closed` give the variants analyses publish. Deals missing either date are left out.
 */
export function salesCycle(input: MetricsInput, which: ClosedKind = 'won'): SummaryStats {
  return summariseClosedDeals(input, which, input.closedAt, input.createdAt);
}
