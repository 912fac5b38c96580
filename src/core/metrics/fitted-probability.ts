import type { Stage } from '../stages/stage';
import { KIND_LOST, KIND_WON } from './pipeline-index';
import type { MetricsInput } from './metrics-input';
import { rate, type Rate } from './rate';
import { dealProgress } from './reached';

export interface FittedProbability {
  stage: Stage;
  /** Won among closed deals that reached the stage; the denominator is the sample size. */
  probability: Rate;
}

/** History-fitted probability per stage of the funnel order (open deals do not count: their outcome is unknown). */
export function fittedProbabilities(input: MetricsInput, progress: Int32Array = dealProgress(input)): FittedProbability[] {
  const stages = input.order.stages;
  const closedAtLeast = new Float64Array(stages.length + 1);
  const wonAtLeast = new Float64Array(stages.length + 1);
  for (let i = 0; i < progress.length; i++) {
    if (progress[i] < 0) continue;
    const kind = input.kindAt[i];
    if (kind === KIND_WON) {
      wonAtLeast[progress[i]]++;
      closedAtLeast[progress[i]]++;
    } else if (kind === KIND_LOST) closedAtLeast[progress[i]]++;
  }
  for (let rank = stages.length - 1; rank >= 0; rank--) {
    closedAtLeast[rank] += closedAtLeast[rank + 1];
    wonAtLeast[rank] += wonAtLeast[rank + 1];
  }
  return stages.map((stage, rank) => ({ stage, probability: rate(wonAtLeast[rank], closedAtLeast[rank], 'no-closed-deals') }));
}
