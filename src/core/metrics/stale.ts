import type { Deal } from '../deals/deal';
import type { Stage } from '../stages/stage';
import { daysBetween } from './days';
import { ID_LENGTH_UNIT } from './slot-directory';
import { KIND_OPEN } from './pipeline-index';
import type { MetricsInput } from './metrics-input';

export interface StaleDeal {
  deal: Deal;
  stage: Stage;
  daysInStage: number;
  staleDays: number;
}

export interface StaleDeals {
  /** Most overdue first (days in stage beyond the limit), then by Deal ID. */
  stale: StaleDeal[];
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
  const stale: StaleDeal[] = [];
  /** Deal position of each stale deal, for the ID keys. */
  const positions = new Int32Array(input.deals.length);
  let withoutEntryDate = 0;
  for (let i = 0; i < input.deals.length; i++) {
    if (input.kindAt[i] !== KIND_OPEN) continue;
    const stage = input.pipeline.stages[input.stageAt[i]];
    if (stage.staleDays === null) continue;
    const entered = input.enteredStageAt[i];
    if (entered !== entered) {
      withoutEntryDate++;
      continue;
    }
    const daysInStage = daysBetween(entered, asOfMs);
    if (daysInStage <= stage.staleDays) continue;
    // Written so that a blank (NaN) Next step due does not park the deal.
    if (input.nextStepDueAt[i] > asOfMs) continue;
    positions[stale.length] = i;
    stale.push({ deal: input.deals[i], stage, daysInStage, staleDays: stage.staleDays });
  }
  return { stale: sortByOverdue(stale, positions, input.idKeyAt), withoutEntryDate };
}

/**
 * Most overdue first, then by Deal ID (then row). Tens of thousands of stale deals made a
 * comparator sort the slowest step of all metrics, so the overdue amounts are ranked with a
 * native numeric sort and the deals placed by a stable counting sort; only deals tied on
 * the amount (a handful each) are ordered by ID.
 */
function sortByOverdue(stale: readonly StaleDeal[], positions: Int32Array, idKeyAt: Float64Array): StaleDeal[] {
  const count = stale.length;
  const overdue = new Float64Array(count);
  for (let k = 0; k < count; k++) overdue[k] = stale[k].daysInStage - stale[k].staleDays;
  const ascending = overdue.slice().sort();
  // Rank 0 is the most overdue; NaN (only from an invalid asOf) ranks after every number.
  const rankOf = new Int32Array(count);
  const rankStart = new Int32Array(count + 2);
  for (let k = 0; k < count; k++) {
    const rank = overdue[k] === overdue[k] ? count - 1 - lastIndexAtMost(ascending, overdue[k]) : count;
    rankOf[k] = rank;
    rankStart[rank + 1]++;
  }
  for (let r = 0; r <= count; r++) rankStart[r + 1] += rankStart[r];
  const sorted = new Array<StaleDeal>(count);
  const sortedKeys = new Float64Array(count);
  const cursor = rankStart.slice(0, count + 1);
  for (let k = 0; k < count; k++) {
    const at = cursor[rankOf[k]]++;
    sorted[at] = stale[k];
    sortedKeys[at] = idKeyAt[positions[k]];
  }
  for (let r = 0; r <= count; r++) sortTiesById(sorted, sortedKeys, rankStart[r], rankStart[r + 1]);
  return sorted;
}

/** Index of the last value ≤ `value` in ascending `values` (equal values share it: 0 and −0 too). */
function lastIndexAtMost(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (values[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Orders `items[start..end)` by Deal ID then row; they are usually in that order already.
 * Generated IDs of equal length compare by their keys (`keys`, see generatedIdKey), which
 * spares reading the ID strings, scattered in memory.
 */
function sortTiesById(items: StaleDeal[], keys: Float64Array, start: number, end: number): void {
  if (end - start < 2) return;
  let ordered = true;
  for (let k = start + 1; k < end && ordered; k++) ordered = compareIds(items[k - 1], keys[k - 1], items[k], keys[k]) <= 0;
  if (ordered) return;
  const group: number[] = [];
  for (let k = start; k < end; k++) group.push(k);
  group.sort((a, b) => compareIds(items[a], keys[a], items[b], keys[b]));
  const groupItems = group.map((k) => items[k]);
  const groupKeys = group.map((k) => keys[k]);
  for (let k = 0; k < group.length; k++) {
    items[start + k] = groupItems[k];
    keys[start + k] = groupKeys[k];
  }
}

function compareIds(a: StaleDeal, aKey: number, b: StaleDeal, bKey: number): number {
  if (aKey >= 0 && bKey >= 0 && Math.floor(aKey / ID_LENGTH_UNIT) === Math.floor(bKey / ID_LENGTH_UNIT)) {
    return aKey - bKey || a.deal.index - b.deal.index;
  }
  return a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : a.deal.index - b.deal.index;
}
