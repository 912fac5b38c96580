/**
 * Slots by Deal ID, numbered in order of first appearance (see seededDirectory for slots
 * that follow the deals).
 *
 * Generated IDs (`D-` + digits, the add-on's own `D-000042`) are found by their number in a
 * dense table, which also records the ID's length so that `D-42` and `D-000042` stay
 * distinct; any other ID, or one the table cannot hold, goes through a map. A profile of
 * 500 000 history rows spent half the metrics' time in per-row `Map.get` on ID strings;
 * reading eight digits is several times cheaper.
 */

/** Longest digit run read as a generated-ID number: 9 digits stay below 2³¹. */
const MAX_ID_DIGITS = 9;
/** generatedIdKey = length × ID_LENGTH_UNIT + number. */
export const ID_LENGTH_UNIT = 1e9;
const CHAR_D = 68;
const CHAR_DASH = 45;
const CHAR_0 = 48;
/** A table cell holds (slot + 1) << LENGTH_BITS | the ID's length (at most 11): one read finds both. */
const LENGTH_BITS = 4;
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;

/** The number of an ID written exactly `D-` + digits, else −1. */
export function generatedIdNumber(id: string): number {
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

/** The number part of a generatedIdKey (−1 for −1). */
function numberOfKey(key: number): number {
  return key < 0 ? -1 : key - Math.floor(key / ID_LENGTH_UNIT) * ID_LENGTH_UNIT;
}

export class SlotDirectory {
  /** Per generated-ID number: (slot + 1) << LENGTH_BITS | the ID's length, 0 for none; grows on demand. */
  private table: Int32Array;
  /** Numbers at or above this go through the map, so that sparse numbers cannot make the table huge. */
  private readonly tableLimit: number;
  private readonly others = new Map<string, number>();
  // Logs list one deal's changes in bursts: the last ID answered saves map lookups.
  private lastId = '';
  private lastSlot = -1;
  /** Slots given so far, in order of first appearance. */
  slotCount = 0;

  /** `expectedIds`: about how many IDs will come (deals and history rows). */
  constructor(expectedIds: number) {
    this.tableLimit = 4 * expectedIds + 1024;
    this.table = new Int32Array(Math.min(this.tableLimit, 1024));
  }

  /**
   * The slot of `id` (whose generatedIdNumber is `n`), given the next free one when it has
   * none. Called once per history row: the usual case, an ID already in the table, is
   * answered by findNumber with bit operations, small enough to be inlined into the walk's loop.
   */
  slotOf(id: string, n: number): number {
    const slot = this.findNumber(n, id.length);
    return slot >= 0 ? slot : this.newOrOtherSlot(id, n, slot);
  }

  /** slotOf for an ID the table does not hold: `found` is findNumber's answer (−1 none, −2 maybe in the map). */
  private newOrOtherSlot(id: string, n: number, found: number): number {
    const other = found === -2 ? this.findOther(id) : -1;
    if (other >= 0) return other;
    if (n >= this.table.length && n < this.tableLimit) {
      const grown = new Int32Array(Math.min(this.tableLimit, Math.max(2 * this.table.length, n + 1)));
      grown.set(this.table);
      this.table = grown;
    }
    if (n >= 0 && n < this.table.length && this.table[n] === 0) this.table[n] = ((this.slotCount + 1) << LENGTH_BITS) + id.length;
    else this.others.set(id, this.slotCount);
    return this.slotCount++;
  }

  /** The slot of `id`, whose generatedIdNumber is `n`, or −1 when it has none. */
  find(id: string, n: number): number {
    const slot = this.findNumber(n, id.length);
    return slot === -2 ? this.findOther(id) : slot;
  }

  /**
   * The slot of the ID of generatedIdNumber `n` (−1 for other IDs) and length `length`: −1
   * when it has none, −2 when only the ID's text can tell (it is in the map). Deals find
   * their history slots from their generatedIdKey this way, without reading their IDs again.
   */
  findNumber(n: number, length: number): number {
    if (n >= 0 && n < this.table.length) {
      const cell = this.table[n];
      if ((cell & LENGTH_MASK) === length) return (cell >> LENGTH_BITS) - 1;
      // An empty cell: no ID with this number has come (a longer or shorter one may be in the map).
      return cell === 0 ? -1 : -2;
    }
    return n >= 0 && n < this.tableLimit ? -1 : -2;
  }

  private findOther(id: string): number {
    if (id === this.lastId && this.lastSlot >= 0) return this.lastSlot;
    const slot = this.others.get(id);
    if (slot === undefined) return -1;
    this.lastId = id;
    this.lastSlot = slot;
    return slot;
  }
}

/**
 * A directory whose slot i is deal i: a deal that repeats an earlier ID gets an empty slot
 * (the first deal owns the history); IDs found only in the history get the next slots.
 */
export function seededDirectory(dealIds: readonly string[], dealIdKeys: Float64Array, rows: number): SlotDirectory {
  const directory = new SlotDirectory(dealIds.length + rows);
  for (let i = 0; i < dealIds.length; i++) {
    const n = numberOfKey(dealIdKeys[i]);
    if (directory.find(dealIds[i], n) >= 0) directory.slotCount++;
    else directory.slotOf(dealIds[i], n);
  }
  return directory;
}
