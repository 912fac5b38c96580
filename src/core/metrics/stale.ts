import type { Deal } from '../deals/deal';
import type { Stage } from '../stages/stage';
import { daysBetween } from './days';
import { ID_LENGTH_UNIT } from './slot-directory';
import { KIND_OPEN } from './pipeline-index';
import { HIGH_WORD } from './stats';
import type { MetricsInput } from './metrics-input';

export interface StaleDeal {
  deal: Deal;
  stage: Stage;
  daysInStage: number;
  staleDays: number;
}

export interface StaleDeals {
  /** How many open deals are stale. */
  count: number;
  /**
   * The stale deals, most overdue first (days in stage beyond the limit), then by Deal ID:
   * the first `limit` of them, or all. The order is worked out on the first call and the
   * objects when asked for (a report shows the count, the sidebar the first hundred).
   */
  list(limit?: number): StaleDeal[];
  /** Open deals in a stage with a stale limit whose entry date is unknown: not judged. */
  withoutEntryDate: number;
}

/**
 * Stale: an open deal whose days in its current stage exceed the stage's stale days, unless
 * its Next step due is after `asOf` (parked on purpose). Days in stage count from Stage
 * entered, else from the history's entry into the current stage.
 */
export function staleDeals(input: MetricsInput, asOf: Date): StaleDeals {
  const asOfMs = asOf.getTime();
  const count = input.deals.length;
  const { kindAt, stageAt, enteredStageAt, nextStepDueAt } = input;
  const stages = input.pipeline.stages;
  // The stale deals' positions, days in stage and days overdue, as columns: no object until they are in order.
  const positions = new Int32Array(count);
  const days = new Float64Array(count);
  const overdue = new Float64Array(count);
  let found = 0;
  let withoutEntryDate = 0;
  for (let i = 0; i < count; i++) {
    if (kindAt[i] !== KIND_OPEN) continue;
    const staleDays = stages[stageAt[i]].staleDays;
    if (staleDays === null) continue;
    const entered = enteredStageAt[i];
    if (entered !== entered) {
      withoutEntryDate++;
      continue;
    }
    const daysInStage = daysBetween(entered, asOfMs);
    if (daysInStage <= staleDays) continue;
    // Written so that a blank (NaN) Next step due does not park the deal.
    if (nextStepDueAt[i] > asOfMs) continue;
    positions[found] = i;
    days[found] = daysInStage;
    overdue[found++] = daysInStage - staleDays;
  }
  // Put in order on the first listing: the reports show only the count.
  let order: Int32Array | null = null;
  const list = (limit = found): StaleDeal[] => {
    if (order === null) {
      order = mostOverdueFirst(overdue, found);
      sortTiesById(order, overdue, positions, input);
    }
    const length = Math.max(0, Math.min(found, Math.floor(limit)));
    const stale = new Array<StaleDeal>(length);
    for (let k = 0; k < length; k++) {
      const at = order[k];
      const stage = stages[stageAt[positions[at]]];
      stale[k] = { deal: input.deals[positions[at]], stage, daysInStage: days[at], staleDays: stage.staleDays as number };
    }
    return stale;
  };
  return { count: found, list, withoutEntryDate };
}

/** Below this many stale deals a comparison sort beats the radix passes. */
const RADIX_MIN_COUNT = 64;
const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;

/**
 * Indices of `overdue[0..count)`, most overdue first; equal amounts keep their order (row
 * order), NaN (only from an invalid asOf) last. Tens of thousands of stale deals made a
 * comparison sort the slowest step of all metrics: amounts overdue are positive, and the
 * bits of positive doubles order as the numbers do, so a stable radix sort on them (four
 * 16-bit digits, most overdue first by complementing them) places every deal in linear time.
 */
function mostOverdueFirst(overdue: Float64Array, count: number): Int32Array {
  let order = new Int32Array(count);
  let numbers = 0;
  let nans = 0;
  const nan = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    if (overdue[k] === overdue[k]) order[numbers++] = k;
    else nan[nans++] = k;
  }
  if (numbers < RADIX_MIN_COUNT) {
    const few = Array.from(order.subarray(0, numbers)).sort((a, b) => overdue[b] - overdue[a] || a - b);
    order.set(few);
  } else {
    const words = new Uint32Array(overdue.buffer, overdue.byteOffset, 2 * overdue.length);
    let spare = new Int32Array(count);
    const counts = new Int32Array(DIGITS + 1);
    for (let digit = 0; digit < 4; digit++) {
      const word = digit < 2 ? 1 - HIGH_WORD : HIGH_WORD;
      const shift = (digit % 2) * DIGIT_BITS;
      counts.fill(0);
      for (let k = 0; k < numbers; k++) counts[(DIGITS - 1 - ((words[2 * order[k] + word] >>> shift) & (DIGITS - 1))) + 1]++;
      for (let d = 0; d < DIGITS; d++) counts[d + 1] += counts[d];
      for (let k = 0; k < numbers; k++) {
        const at = order[k];
        spare[counts[DIGITS - 1 - ((words[2 * at + word] >>> shift) & (DIGITS - 1))]++] = at;
      }
      const swap = order;
      order = spare;
      spare = swap;
    }
  }
  order.set(nan.subarray(0, nans), numbers);
  return order;
}

/**
 * Orders each run of `order` with the same amount overdue by Deal ID, then row; they are
 * usually in that order already. Generated IDs of equal length compare by their keys
 * (`idKeyAt`, see generatedIdKey), which spares reading the ID strings, scattered in memory.
 */
function sortTiesById(order: Int32Array, overdue: Float64Array, positions: Int32Array, input: MetricsInput): void {
  const { deals, idKeyAt } = input;
  const compare = (a: number, b: number): number => {
    const aDeal = deals[positions[a]];
    const bDeal = deals[positions[b]];
    const aKey = idKeyAt[positions[a]];
    const bKey = idKeyAt[positions[b]];
    if (aKey >= 0 && bKey >= 0 && Math.floor(aKey / ID_LENGTH_UNIT) === Math.floor(bKey / ID_LENGTH_UNIT)) return aKey - bKey || aDeal.index - bDeal.index;
    return aDeal.id < bDeal.id ? -1 : aDeal.id > bDeal.id ? 1 : aDeal.index - bDeal.index;
  };
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    // NaN amounts (see mostOverdueFirst) form one run too.
    const amount = overdue[order[start]];
    while (end < order.length && (overdue[order[end]] === amount || (amount !== amount && overdue[order[end]] !== overdue[order[end]]))) end++;
    if (end - start > 1) {
      let ordered = true;
      for (let k = start + 1; k < end && ordered; k++) ordered = compare(order[k - 1], order[k]) <= 0;
      if (!ordered) order.set(Array.from(order.subarray(start, end)).sort(compare), start);
    }
    start = end;
  }
}
