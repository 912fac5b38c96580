import type { HistoryEntry } from '../history/history-entry';
import { positionOfKey, type PipelineIndex } from './pipeline-index';
import { fromPosition } from './history-walk';
import { generatedIdKey, generatedIdNumber, seededDirectory, type SlotDirectory } from './slot-directory';

/**
 * The Stage History regrouped by deal, as typed columns in grouped order: the entries of
 * slot s are positions `slotStart[s] .. slotStart[s + 1]` of `at`, `to` and `from`, in time
 * order (ties keep log order). The metrics walk the log as it stands when each deal's
 * entries are already in time order (see walkHistory); this grouping is for logs where they
 * are not, and for TIME_IN_STAGE over columns of a range.
 */
export interface HistoryByDeal {
  /** Slots as the grouping's SlotDirectory numbered them (see groupHistoryByDeal). */
  slotCount: number;
  slotStart: Int32Array;
  /** Per grouped entry: time in ms and definition positions of `to` and `from` (−1 when unknown or blank). */
  at: Float64Array;
  to: Int32Array;
  from: Int32Array;
}

/**
 * Groups `history` by deal. `dealIds` seeds the slots so that slot i is deal i (the first
 * of repeated IDs wins); ids that appear only in the history get the next slots
 * (TIME_IN_STAGE works from history alone). `dealIdKeys`: generatedIdKey of each deal ID,
 * when the caller has read them already.
 */
export function groupHistoryByDeal(
  history: readonly HistoryEntry[],
  pipeline: PipelineIndex,
  dealIds: readonly string[] = [],
  dealIdKeys: Float64Array = Float64Array.from(dealIds, generatedIdKey),
): HistoryByDeal {
  return groupHistory(history, pipeline, seededDirectory(dealIds, dealIdKeys, history.length));
}

/** Groups `history` by the slots `directory` gives its Deal IDs (new IDs get the next slots). */
export function groupHistory(history: readonly HistoryEntry[], pipeline: PipelineIndex, directory: SlotDirectory): HistoryByDeal {
  const rows = history.length;
  const slotsGiven = directory.slotCount;
  // One pass over the entry objects into row-order columns; the grouping below then only
  // moves numbers.
  const slotOfRow = new Int32Array(rows);
  const atOfRow = new Float64Array(rows);
  const toOfRow = new Int32Array(rows);
  const fromOfRow = new Int32Array(rows);
  const slotStart = new Int32Array(slotsGiven + rows + 1);
  for (let i = 0; i < rows; i++) {
    const entry = history[i];
    const slot = directory.slotOf(entry.dealId, generatedIdNumber(entry.dealId));
    slotOfRow[i] = slot;
    // Counted here already (shifted by one) for the counting sort below.
    slotStart[slot + 1]++;
    atOfRow[i] = entry.at.getTime();
    // Looked up on every row, as in the walk (see walkInLogOrder).
    toOfRow[i] = positionOfKey(pipeline, entry.to);
    fromOfRow[i] = fromPosition(pipeline, entry);
  }

  const slotCount = directory.slotCount;
  // Counting sort by slot keeps log order within a slot; a slot is then re-sorted by time
  // only when its entries are out of order (rare for an append-only log).
  for (let s = 0; s < slotCount; s++) slotStart[s + 1] += slotStart[s];
  const cursor = slotStart.slice(0, slotCount);
  const at = new Float64Array(rows);
  const to = new Int32Array(rows);
  const from = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const k = cursor[slotOfRow[i]]++;
    at[k] = atOfRow[i];
    to[k] = toOfRow[i];
    from[k] = fromOfRow[i];
  }
  const grouped: HistoryByDeal = { slotCount, slotStart: slotStart.subarray(0, slotCount + 1), at, to, from };
  for (let s = 0; s < slotCount; s++) sortSlotByTime(grouped, slotStart[s], slotStart[s + 1]);
  return grouped;
}

/** Stable insertion sort of one deal's few entries by time, moving the three columns together. */
function sortSlotByTime(history: HistoryByDeal, start: number, end: number): void {
  const { at, to, from } = history;
  for (let i = start + 1; i < end; i++) {
    const time = at[i];
    if (!(at[i - 1] > time)) continue;
    const toPosition = to[i];
    const fromPosition = from[i];
    let j = i - 1;
    while (j >= start && at[j] > time) {
      at[j + 1] = at[j];
      to[j + 1] = to[j];
      from[j + 1] = from[j];
      j--;
    }
    at[j + 1] = time;
    to[j + 1] = toPosition;
    from[j + 1] = fromPosition;
  }
}

/**
 * When the deal in `slot` entered stage `position` for its latest stay there, in ms, or NaN
 * when its latest history entry is not into that stage. Consecutive entries into the same
 * stage (re-logged, not moved) continue one stay.
 */
export function currentStayStart(history: HistoryByDeal, slot: number, position: number): number {
  if (slot >= history.slotCount || position < 0) return NaN;
  const start = history.slotStart[slot];
  let k = history.slotStart[slot + 1] - 1;
  if (k < start || history.to[k] !== position) return NaN;
  while (k > start && history.to[k - 1] === position) k--;
  return history.at[k];
}
