import { MS_PER_DAY } from './days';
import type { MetricsInput } from './metrics-input';
import { KIND_LOST, KIND_WON } from './pipeline-index';
import { summariseInPlace, type SummaryStats } from './stats';

/** Which closed deals a figure is about. */
export type ClosedKind = 'won' | 'lost' | 'closed';

function acceptsKind(which: ClosedKind, kind: number): boolean {
  if (which === 'won') return kind === KIND_WON;
  if (which === 'lost') return kind === KIND_LOST;
  return kind === KIND_WON || kind === KIND_LOST;
}

/**
 * Summary over the deals of kind `which` of `values[i]`, or with `from`, of the days from
 * `from[i]` to `values[i]` (times in ms); NaN values (missing data) are left out. Columns
 * rather than a function per deal: a number a call returns is boxed unless it is inlined.
 */
export function summariseClosedDeals(input: MetricsInput, which: ClosedKind, values: Float64Array, from?: Float64Array): SummaryStats {
  const { kindAt } = input;
  let accepted = 0;
  for (let i = 0; i < kindAt.length; i++) if (acceptsKind(which, kindAt[i])) accepted++;
  const buffer = new Float64Array(accepted);
  let count = 0;
  for (let i = 0; i < kindAt.length; i++) {
    if (!acceptsKind(which, kindAt[i])) continue;
    const value = from ? (values[i] - from[i]) / MS_PER_DAY : values[i];
    if (value === value) buffer[count++] = value;
  }
  return summariseInPlace(buffer, count);
}
