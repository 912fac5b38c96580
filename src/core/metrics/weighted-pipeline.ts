import { KIND_OPEN } from './pipeline-index';
import type { MetricsInput } from './metrics-input';

export interface WeightedPipeline {
  openDeals: number;
  /** Σ Amount of open deals. */
  openAmount: number;
  /** Σ Amount × p over open deals; always ≤ openAmount. */
  weighted: number;
  /** Open deals without an Amount (they add 0 to both sums). */
  withoutAmount: number;
}

/** p of deal i: its Probability when set, else its stage's default probability. */
export function probabilityOfDeal(input: MetricsInput, i: number): number {
  return input.probability[i];
}

/** Weighted pipeline = Σ over open deals of Amount × p (see `probabilityOfDeal`). */
export function weightedPipeline(input: MetricsInput): WeightedPipeline {
  const result: WeightedPipeline = { openDeals: 0, openAmount: 0, weighted: 0, withoutAmount: 0 };
  for (let i = 0; i < input.deals.length; i++) {
    if (input.kindAt[i] !== KIND_OPEN) continue;
    result.openDeals++;
    const amount = input.amount[i];
    if (amount !== amount) {
      result.withoutAmount++;
      continue;
    }
    result.openAmount += amount;
    result.weighted += amount * probabilityOfDeal(input, i);
  }
  return result;
}

export interface NormalisedProbabilities {
  /** 0–1 values; `null` for blanks and for values outside the column's range. */
  values: (number | null)[];
  /** True when the column was read as percent (some value exceeds 1). */
  percent: boolean;
  /** Indexes of values below 0 or above 100 % (reported, not guessed). */
  outOfRange: number[];
}

/**
 * Reads a whole probability column: when any value exceeds 1 the column is percent
 * (`40` = 40 %), so `1` means 1 % there; a column of values ≤ 1 is already 0–1.
 */
export function normaliseProbabilities(column: readonly (number | null)[]): NormalisedProbabilities {
  const percent = column.some((value) => value !== null && value > 1);
  const scale = percent ? 100 : 1;
  const outOfRange: number[] = [];
  const values = column.map((value, index) => {
    if (value === null || Number.isNaN(value)) return null;
    const share = value / scale;
    if (share < 0 || share > 1) {
      outOfRange.push(index);
      return null;
    }
    return share;
  });
  return { values, percent, outOfRange };
}
