import type { HistoryEntry } from '../history/history-entry';
import { positionOfKey, type PipelineIndex } from './pipeline-index';

/**
 * The Stage History regrouped by deal, as typed columns in grouped order: the entries of
 * slot s are positions `slotStart[s] .. slotStart[s + 1]` of `at`, `to` and `from`, in time
 * order (ties keep log order). Every history-based metric walks a deal's entries as one
 * contiguous run, so the columns are stored grouped rather than indexed through a
 * permutation (that indirection cost a cache miss per entry on large logs).
 */
export interface HistoryByDeal {
  /** Slots 0..n−1 are the deals given when grouping; ids only in the history come after. */
  slotCount: number;
  slotStart: Int32Array;
  /** Per grouped entry: time in ms and definition positions of `to` and `from` (−1 when unknown or blank). */
  at: Float64Array;
  to: Int32Array;
  from: Int32Array;
}

/** Longest digit run read as a generated-ID number: 9 digits stay below 2³¹. */
const MAX_ID_DIGITS = 9;
/** generatedIdKey = length × ID_LENGTH_UNIT + number. */
export const ID_LENGTH_UNIT = 1e9;
const CHAR_D = 68;
const CHAR_DASH = 45;
const CHAR_0 = 48;

/**
 * The number of an ID written exactly `D-` + digits (the add-on's own `D-000042`), else −1.
 * Such an ID is fully determined by its number and its length, which lets the grouping
 * find its slot in an array instead of hashing the string.
 */
function generatedIdNumber(id: string): number {
  const length = id.length;
  if (length < 3 || length > MAX_ID_DIGITS + 2 || id.charCodeAt(0) !== CHAR_D || id.charCodeAt(1) !== CHAR_DASH) return -1;
  let n = 0;
  for (let c = 2; c < length; c++) {
    const digit = id.charCodeAt(c) - CHAR_0;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * length × ID_LENGTH_UNIT + number for a generated ID (see generatedIdNumber), else −1:
 * two keys with the same length part order as the IDs' texts do.
 */
export function generatedIdKey(id: string): number {
  const n = generatedIdNumber(id);
  return n < 0 ? -1 : id.length * ID_LENGTH_UNIT + n;
}

/**
 * Deal slots by ID. Generated IDs (`D-` + digits) are found by their number in a dense
 * table (slot + 1, and the ID's length so `D-42` and `D-000042` stay distinct); any other
 * ID, or one the table cannot hold, goes through a map. A profile of 500 000 history rows
 * spent half the metrics' time in per-row `Map.get` on ID strings; reading eight digits
 * is several times cheaper.
 */
class SlotDirectory {
  private readonly slotPlusOne: Int32Array;
  private readonly idLength: Uint8Array;
  private readonly others = new Map<string, number>();
  // Logs list one deal's changes in bursts: the last ID answered saves map lookups.
  private lastId = '';
  private lastSlot = -1;

  /** `capacity`: one more than the largest ID number the table may hold. */
  constructor(capacity: number) {
    this.slotPlusOne = new Int32Array(capacity);
    this.idLength = new Uint8Array(capacity);
  }

  /** The slot of `id`, whose generatedIdNumber is `n`, or −1 when it has none yet. */
  find(id: string, n: number): number {
    if (n >= 0 && n < this.slotPlusOne.length && this.idLength[n] === id.length) return this.slotPlusOne[n] - 1;
    if (id === this.lastId && this.lastSlot >= 0) return this.lastSlot;
    const slot = this.others.get(id);
    if (slot === undefined) return -1;
    this.lastId = id;
    this.lastSlot = slot;
    return slot;
  }

  /** Gives `id` (which has no slot yet, and whose generatedIdNumber is `n`) the slot `slot`. */
  add(id: string, n: number, slot: number): void {
    if (n >= 0 && n < this.slotPlusOne.length && this.idLength[n] === 0) {
      this.slotPlusOne[n] = slot + 1;
      this.idLength[n] = id.length;
    } else this.others.set(id, slot);
  }
}

/** Table size for generated IDs: up to the deals' largest number, bounded so sparse numbers cannot make it huge. */
function directoryCapacity(dealIdKeys: Float64Array, rows: number): number {
  const limit = 4 * (dealIdKeys.length + rows) + 1024;
  let highest = -1;
  for (let i = 0; i < dealIdKeys.length; i++) {
    // Generated IDs have at most 9 digits, so the number is the key's part below 10⁹.
    const n = dealIdKeys[i] < 0 ? -1 : dealIdKeys[i] - Math.floor(dealIdKeys[i] / ID_LENGTH_UNIT) * ID_LENGTH_UNIT;
    if (n > highest && n < limit) highest = n;
  }
  // Without deals (TIME_IN_STAGE from the history alone) leave room for the history's own IDs.
  return dealIdKeys.length === 0 ? Math.min(limit, rows + 1024) : highest + 1;
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
  const rows = history.length;
  const directory = new SlotDirectory(directoryCapacity(dealIdKeys, rows));
  for (let i = 0; i < dealIds.length; i++) {
    const id = dealIds[i];
    const n = dealIdKeys[i] < 0 ? -1 : dealIdKeys[i] - id.length * ID_LENGTH_UNIT;
    if (directory.find(id, n) < 0) directory.add(id, n, i);
  }
  let slotCount = dealIds.length;

  // One pass over the entry objects into row-order columns; the grouping below then only
  // moves numbers.
  const slotOfRow = new Int32Array(rows);
  const atOfRow = new Float64Array(rows);
  const toOfRow = new Int32Array(rows);
  const fromOfRow = new Int32Array(rows);
  const slotStart = new Int32Array(slotCount + rows + 1);
  // Few distinct stage keys, repeated: remembering the last one avoids most map lookups.
  let lastToKey: string | null = null;
  let lastToPosition = -1;
  let lastFromKey: string | null = null;
  let lastFromPosition = -1;
  for (let i = 0; i < rows; i++) {
    const entry = history[i];
    const n = generatedIdNumber(entry.dealId);
    let slot = directory.find(entry.dealId, n);
    if (slot < 0) directory.add(entry.dealId, n, (slot = slotCount++));
    slotOfRow[i] = slot;
    // Counted here already (shifted by one) for the counting sort below.
    slotStart[slot + 1]++;
    atOfRow[i] = entry.at.getTime();
    if (entry.to !== lastToKey) {
      lastToKey = entry.to;
      lastToPosition = positionOfKey(pipeline, lastToKey);
    }
    toOfRow[i] = lastToPosition;
    if (entry.from !== lastFromKey) {
      lastFromKey = entry.from;
      lastFromPosition = positionOfKey(pipeline, lastFromKey);
    }
    fromOfRow[i] = lastFromPosition;
  }

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
