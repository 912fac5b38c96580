import type { Stage } from '../stages/stage';
import { KIND_LOST } from './pipeline-index';
import type { MetricsInput } from './metrics-input';

/**
 * How far along the funnel order each deal got: the index of the furthest order stage it
 * reached, −1 for none. reached(s) ⇔ progress ≥ index of s (skipped stages count as passed).
 *
 * - History (when the deal has any) shows every stage entered, the first entry's `from`
 *   included; the current stage counts as entered too.
 * - Without history, an open or won deal reached every stage up to its current one.
 * - A lost deal reached the stages up to its Lost at stage; when that is blank and the
 *   history shows no open or won stage, it is taken as lost at the **last open stage of the
 *   order** (it was worked through the open funnel, then lost). With the order Prospecting,
 *   Engaging, Won this counts a lost deal as having reached Engaging.
 */
export function dealProgress(input: MetricsInput): Int32Array {
  const { stageAt, lostAtStageAt } = input;
  const { progressAt, unknownLossProgress } = input.order;
  const progress = new Int32Array(stageAt.length);
  for (let i = 0; i < stageAt.length; i++) {
    const fromHistory = input.historyProgress[i];
    const position = stageAt[i];
    let reached = Math.max(fromHistory, position < 0 ? -1 : progressAt[position]);
    if (input.kindAt[i] === KIND_LOST) {
      const lostAtProgress = lostAtStageAt[i] < 0 ? -1 : progressAt[lostAtStageAt[i]];
      if (lostAtProgress >= 0) reached = Math.max(reached, lostAtProgress);
      else if (fromHistory < 0) reached = Math.max(reached, unknownLossProgress);
    }
    progress[i] = reached;
  }
  return progress;
}

export interface ReachedStage {
  stage: Stage;
  /** Deals that reached this stage. */
  reached: number;
}

/** |reached(s)| for every stage s of the funnel order. */
export function reachedCounts(input: MetricsInput, progress: Int32Array = dealProgress(input)): ReachedStage[] {
  const stages = input.order.stages;
  const atLeast = new Float64Array(stages.length + 1);
  for (let i = 0; i < progress.length; i++) if (progress[i] >= 0) atLeast[progress[i]]++;
  for (let rank = stages.length - 1; rank >= 0; rank--) atLeast[rank] += atLeast[rank + 1];
  return stages.map((stage, rank) => ({ stage, reached: atLeast[rank] }));
}
