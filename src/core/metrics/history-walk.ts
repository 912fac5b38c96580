import type { HistoryEntry } from '../history/history-entry';
import { MS_PER_DAY } from './days';
import { positionOfKey, type PipelineIndex } from './pipeline-index';
import type { StageVisits } from './stage-visits';

// Per-slot state, 16 bytes a slot, read through a Float64Array and an Int32Array over the
// same buffer so that a history row touches one cache line rather than one per column: the
// log interleaves thousands of open deals, and this state is the walk's one random access.
const SLOT_BYTES = 16;
/** Float64 field: when the current stay began (consecutive entries into one stage continue a stay). */
const SINCE = 0;
/**
 * Int32 field: the position of the current stay's stage + 2 (0 while the slot has no
 * entries) in the low 16 bits, and above them the furthest funnel-order rank the entries
 * show + 1. (The last 4 bytes are padding: 16-byte slots do not straddle cache lines.)
 */
const STAGE = 2;
/** Int32 field: 1 while the current stay began with a snapshot entry (see SNAPSHOT_FROM). */
const SNAPSHOT = 3;
const F64_STRIDE = SLOT_BYTES / 8;
const I32_STRIDE = SLOT_BYTES / 4;
const RANK = 0x10000;
/** Index in HistoryWalk.rankAt of stage position 0: the positions down to SNAPSHOT_FROM (−3) read the zeros below it. */
const RANK_OFFSET = 3;
/** Stage positions (and ranks) the STAGE field has room for. */
export const MAX_WALK_STAGES = 0x7ffd;
/**
 * The `from` of an entry that records a stage the add-on found rather than a move (setup or
 * an import logging each deal's stage once, from nowhere): its time says when the deal's
 * stage became known, not when the deal entered it.
 */
export const SNAPSHOT_FROM = -3;
/**
 * The `from` of an entry that puts a new deal into the pipeline (from nowhere) as it happens:
 * an edit, a paste or the sidebar. Its time is when the deal was created.
 */
export const ENTERED_FROM = -2;

/**
 * Where an entry came from, as a stage position (−1 unknown); SNAPSHOT_FROM for setup's and
 * an import's own entries, ENTERED_FROM for the other entries from nowhere.
 */
export function fromPosition(pipeline: PipelineIndex, entry: HistoryEntry): number {
  if (entry.from !== null) return positionOfKey(pipeline, entry.from);
  return entry.via === 'setup' || entry.via === 'import' ? SNAPSHOT_FROM : ENTERED_FROM;
}

/**
 * One walk over the deals' history entries, each deal's in time order, all deals at once:
 * entries of different deals may interleave (an append-only log is in time order overall),
 * so the log can be walked as it stands, without grouping it by deal first. Tracks per slot
 * how far along the funnel its history shows the deal got and its current stay, and (with
 * `visits`) hands every completed stage visit to StageVisits.
 */
export class HistoryWalk {
  private times: Float64Array;
  private ints: Int32Array;
  /**
   * Per slot, when its first entry put the deal into the pipeline (from ENTERED_FROM), NaN
   * otherwise. Apart from the state: it is written once a slot, and slots are numbered in
   * order of first entry, so these writes go in order.
   */
  private entered: Float64Array;
  /**
   * `rankAt[RANK_OFFSET + position]`: the funnel-order rank + 1 of stage `position`, 0 for
   * the negative positions (−1 unknown, ENTERED_FROM, SNAPSHOT_FROM) and when progress is not needed: a
   * row's rank is then one read, with no test.
   */
  private readonly rankAt: Int32Array;

  /**
   * `progressAt`: funnel-order progress per stage position (FunnelOrder.progressAt), or null
   * when progress is not needed; `visits`: where completed visits go, or null.
   */
  constructor(
    slotCapacity: number,
    progressAt: Int32Array | null,
    readonly visits: StageVisits | null,
  ) {
    const buffer = new ArrayBuffer(SLOT_BYTES * Math.max(16, slotCapacity));
    this.times = new Float64Array(buffer);
    this.ints = new Int32Array(buffer);
    this.entered = new Float64Array(this.capacity);
    this.rankAt = new Int32Array(RANK_OFFSET + (progressAt ? progressAt.length : 0));
    if (progressAt) progressAt.forEach((rank, position) => (this.rankAt[RANK_OFFSET + position] = rank + 1));
  }

  /** Slots the state has room for. */
  get capacity(): number {
    return this.ints.length / I32_STRIDE;
  }

  /** Makes room for slots below `slotCount`. */
  ensureSlots(slotCount: number): void {
    if (slotCount <= this.capacity) return;
    const buffer = new ArrayBuffer(SLOT_BYTES * Math.max(2 * this.capacity, slotCount));
    new Int32Array(buffer).set(this.ints);
    this.times = new Float64Array(buffer);
    this.ints = new Int32Array(buffer);
    const entered = new Float64Array(this.capacity);
    entered.set(this.entered);
    this.entered = entered;
  }

  /** True while `slot` has had no entry. */
  isNew(slot: number): boolean {
    return this.ints[I32_STRIDE * slot + STAGE] === 0;
  }

  /**
   * The slot's next entry: at `atColumn[atIndex]` (ms) into stage position `to`; `from` (−1:
   * unknown) only counts for a slot's first entry, as a stage the deal was in before the log
   * began. A slot's entries must come in time order (ties in log order). (Times are passed
   * by position: a number passed to a call that is not inlined is boxed, and this runs once
   * per history row.)
   */
  enter(slot: number, atColumn: Float64Array, atIndex: number, to: number, from: number): void {
    const times = this.times;
    const ints = this.ints;
    const rankAt = this.rankAt;
    const f = F64_STRIDE * slot;
    const i = I32_STRIDE * slot;
    const state = ints[i + STAGE];
    const toRank = rankAt[RANK_OFFSET + to];
    if (state === 0) {
      const fromRank = rankAt[RANK_OFFSET + from];
      ints[i + STAGE] = to + 2 + (toRank > fromRank ? toRank : fromRank) * RANK;
      ints[i + SNAPSHOT] = from === SNAPSHOT_FROM ? 1 : 0;
      times[f + SINCE] = atColumn[atIndex];
      this.entered[slot] = from === ENTERED_FROM ? atColumn[atIndex] : NaN;
      return;
    }
    const rank = state >> 16;
    const stage = (state & 0xffff) - 2;
    const nextRank = toRank > rank ? toRank : rank;
    if (to === stage) {
      ints[i + STAGE] = state + (nextRank - rank) * RANK;
      return;
    }
    if (stage >= 0 && this.visits) this.visits.add(stage, slot, times, f + SINCE, atColumn, atIndex);
    ints[i + STAGE] = to + 2 + nextRank * RANK;
    ints[i + SNAPSHOT] = 0;
    times[f + SINCE] = atColumn[atIndex];
  }

  /** Furthest funnel-order rank the slot's history shows, −1 for none (or without history). */
  progressOf(slot: number): number {
    return (this.ints[I32_STRIDE * slot + STAGE] >> 16) - 1;
  }

  /** Position of the stage of the slot's latest entry, −1 when unknown, −2 without entries. */
  stageOf(slot: number): number {
    return (this.ints[I32_STRIDE * slot + STAGE] & 0xffff) - 2;
  }

  /** When the slot's current stay began (see stageOf), in ms. */
  stayStart(slot: number): number {
    return this.times[F64_STRIDE * slot + SINCE];
  }

  /** When the slot's first entry put its deal into the pipeline (see ENTERED_FROM), in ms; NaN when it did not, or without entries. */
  enteredPipelineAt(slot: number): number {
    return this.isNew(slot) ? NaN : this.entered[slot];
  }

  /** True when the slot's current stay began with a snapshot entry (its time is not when the deal entered the stage). */
  stayIsSnapshot(slot: number): boolean {
    return this.ints[I32_STRIDE * slot + SNAPSHOT] === 1;
  }

  /**
   * When the slot entered stage `position` for its latest stay there, in ms, or NaN when its
   * latest entry is not into that stage (or it has none).
   */
  currentStayStart(slot: number, position: number): number {
    return position >= 0 && this.stageOf(slot) === position ? this.stayStart(slot) : NaN;
  }
}
