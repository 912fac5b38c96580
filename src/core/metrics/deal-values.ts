import { KIND_LOST, KIND_WON } from './pipeline-index';
import { kindOfDeal, type MetricsInput } from './metrics-input';
import { summariseInPlace, type SummaryStats } from './stats';

/** Which closed deals a figure is about. */
export type ClosedKind = 'won' | 'lost' | 'closed';

function acceptsKind(which: ClosedKind, kind: number): boolean {
  if (which === 'won') return kind === KIND_WON;
  if (which === 'lost') return kind === KIND_LOST;
  return kind === KIND_WON || kind === KIND_LOST;
}

/** Summary of `valueAt(i)` over the deals of kind `which`; NaN values (missing data) are left out. */
export function summariseClosedDeals(input: MetricsInput, which: ClosedKind, valueAt: (deal: number) => number): SummaryStats {
  const values = new Float64Array(input.deals.length);
  let count = 0;
  for (let i = 0; i < input.deals.length; i++) {
    if (!acceptsKind(which, kindOfDeal(input, i))) continue;
    const value = valueAt(i);
    if (value === value) values[count++] = value;
  }
  return summariseInPlace(values, count);
}
