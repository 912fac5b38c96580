import { summariseClosedDeals } from './deal-values';
import type { MetricsInput } from './metrics-input';
import type { SummaryStats } from './stats';

/** Average and median deal size: Amount of won deals (deals without an Amount are left out); total is won revenue. */
export function dealSize(input: MetricsInput): SummaryStats {
  return summariseClosedDeals(input, 'won', input.amount);
}
