import type { Stage } from '../stages/stage';
import { rate, type Rate } from './rate';
import type { ReachedStage } from './reached';

/**
 * Conversion s→t = deals that reached both s and t / deals that reached s. Along the order
 * reached(t) ⊆ reached(s) for a later t, so this is |reached(t)| / |reached(s)|; for an
 * earlier t it is 1. The denominator is never the deals *currently* in s.
 */
export function stageConversion(reached: readonly ReachedStage[], fromKey: string, toKey: string): Rate {
  const from = rankOf(reached, fromKey);
  const to = rankOf(reached, toKey);
  return rate(reached[Math.max(from, to)].reached, reached[from].reached, 'no-deals-reached');
}

export interface ConversionRow {
  stage: Stage;
  reached: number;
  /** To the next stage of the order; `null` (reason `last-stage`) for the last one. */
  nextStep: Rate;
  /** From the first stage of the order to this one. */
  cumulative: Rate;
}

/** The funnel table: per stage, deals reached, next-step and cumulative conversion. */
export function conversionTable(reached: readonly ReachedStage[]): ConversionRow[] {
  const first = reached.length > 0 ? reached[0].reached : 0;
  return reached.map((row, rank) => ({
    stage: row.stage,
    reached: row.reached,
    nextStep:
      rank + 1 < reached.length
        ? rate(reached[rank + 1].reached, row.reached, 'no-deals-reached')
        : rate(0, 0, 'last-stage'),
    cumulative: rate(row.reached, first, 'no-deals-reached'),
  }));
}

function rankOf(reached: readonly ReachedStage[], key: string): number {
  const rank = reached.findIndex((row) => row.stage.key === key);
  if (rank < 0) throw new RangeError(`Stage "${key}" is not in the stage order`);
  return rank;
}
