import type { HistoryEntry } from '../history/history-entry';
import { positionOfKey, type PipelineIndex } from './pipeline-index';

/**
 * The Stage History regrouped by deal, each deal's entries in time order (ties keep log
 * order), as typed columns. Built once in O(rows) with one map lookup per row; every
 * history-based metric then walks these arrays instead of the entry objects.
 */
export interface HistoryByDeal {
  /** Deal slot of every deal id seen; slots 0..n−1 are the deals given when grouping. */
  slotOf: Map<string, number>;
  slotCount: number;
  /** Entries of slot s are `entryOrder[slotStart[s] .. slotStart[s + 1])`. */
  slotStart: Int32Array;
  /** Entry indexes (into the history array), grouped by slot and chronological within a slot. */
  entryOrder: Int32Array;
  /** Per entry index: time in ms and definition positions of `to` and `from` (−1 when unknown or blank). */
  at: Float64Array;
  to: Int32Array;
  from: Int32Array;
}

/**
 * Groups `history` by deal. `dealIds` seeds the slots so that slot i is deal i; ids that
 * appear only in the history get the next slots (TIME_IN_STAGE works from history alone).
 */
export function groupHistoryByDeal(
  history: readonly HistoryEntry[],
  pipeline: PipelineIndex,
  dealIds: readonly string[] = [],
): HistoryByDeal {
  const slotOf = new Map<string, number>();
  for (let i = 0; i < dealIds.length; i++) if (!slotOf.has(dealIds[i])) slotOf.set(dealIds[i], i);
  let slotCount = dealIds.length;

  const rows = history.length;
  const slotOfEntry = new Int32Array(rows);
  const at = new Float64Array(rows);
  const to = new Int32Array(rows);
  const from = new Int32Array(rows);
  // Logs list one deal's changes in bursts and reuse few stage keys: remembering the last
  // key avoids most map lookups.
  let lastId = '';
  let lastSlot = -1;
  let lastToKey: string | null = null;
  let lastToPosition = -1;
  let lastFromKey: string | null = null;
  let lastFromPosition = -1;
  for (let i = 0; i < rows; i++) {
    const entry = history[i];
    if (entry.dealId !== lastId || lastSlot < 0) {
      lastId = entry.dealId;
      const known = slotOf.get(lastId);
      if (known === undefined) {
        lastSlot = slotCount++;
        slotOf.set(lastId, lastSlot);
      } else lastSlot = known;
    }
    slotOfEntry[i] = lastSlot;
    at[i] = entry.at.getTime();
    if (entry.to !== lastToKey) {
      lastToKey = entry.to;
      lastToPosition = positionOfKey(pipeline, lastToKey);
    }
    to[i] = lastToPosition;
    if (entry.from !== lastFromKey) {
      lastFromKey = entry.from;
      lastFromPosition = positionOfKey(pipeline, lastFromKey);
    }
    from[i] = lastFromPosition;
  }

  // Counting sort by slot keeps log order within a slot; a slot is then re-sorted by time
  // only when its entries are out of order (rare for an append-only log).
  const slotStart = new Int32Array(slotCount + 1);
  for (let i = 0; i < rows; i++) slotStart[slotOfEntry[i] + 1]++;
  for (let s = 0; s < slotCount; s++) slotStart[s + 1] += slotStart[s];
  const cursor = slotStart.slice(0, slotCount);
  const entryOrder = new Int32Array(rows);
  for (let i = 0; i < rows; i++) entryOrder[cursor[slotOfEntry[i]]++] = i;
  for (let s = 0; s < slotCount; s++) sortSlotByTime(entryOrder, slotStart[s], slotStart[s + 1], at);

  return { slotOf, slotCount, slotStart, entryOrder, at, to, from };
}

/** Stable insertion sort of one deal's few entries by time. */
function sortSlotByTime(entryOrder: Int32Array, start: number, end: number, at: Float64Array): void {
  for (let i = start + 1; i < end; i++) {
    const entry = entryOrder[i];
    const time = at[entry];
    let j = i - 1;
    if (!(at[entryOrder[j]] > time)) continue;
    while (j >= start && at[entryOrder[j]] > time) {
      entryOrder[j + 1] = entryOrder[j];
      j--;
    }
    entryOrder[j + 1] = entry;
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
  if (k < start || history.to[history.entryOrder[k]] !== position) return NaN;
  while (k > start && history.to[history.entryOrder[k - 1]] === position) k--;
  return history.at[history.entryOrder[k]];
}
