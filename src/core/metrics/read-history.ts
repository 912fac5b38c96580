import type { HistoryEntry } from '../history/history-entry';
import { groupHistory, type HistoryByDeal } from './history-by-deal';
import { fromPosition, HistoryWalk, MAX_WALK_STAGES } from './history-walk';
import { positionOfKey, type PipelineIndex } from './pipeline-index';
import { generatedIdNumber, type SlotDirectory } from './slot-directory';
import { StageVisits } from './stage-visits';

export interface WalkOptions {
  /** Funnel-order progress per stage position, when deal progress is wanted. */
  progressAt: Int32Array | null;
  /** Collect time-in-stage visits. */
  visits: boolean;
}

/** A walk over the whole Stage History. */
export interface WalkedHistory {
  walk: HistoryWalk;
  /** Slots given (see SlotDirectory: in order of first appearance in the log). */
  slotCount: number;
}

/**
 * Walks the Stage History once for every deal. A deal's entries must be walked in time
 * order (ties keep log order): an append-only log is in time order, so it is walked as it
 * stands, row by row, with no grouping and no row-sized buffers. Only when it is not is the
 * log grouped and sorted by deal (groupHistory) and walked again, deal by deal. `directory`
 * gives each Deal ID its slot.
 */
export function walkHistory(
  history: readonly HistoryEntry[],
  pipeline: PipelineIndex,
  directory: SlotDirectory,
  options: WalkOptions,
): WalkedHistory {
  // Slots given to history-only IDs by a walk given up on keep their numbers: the grouping
  // reads the log in the same order.
  return walkInLogOrder(history, pipeline, directory, options) ?? walkGrouped(groupHistory(history, pipeline, directory), pipeline, options);
}

/** The walk over a grouped history, deal by deal (its entries are in time order). */
export function walkGrouped(grouped: HistoryByDeal, pipeline: PipelineIndex, options: WalkOptions): WalkedHistory {
  const { slotCount, slotStart, at, to, from } = grouped;
  const walk = newWalk(pipeline, slotCount, at.length, options);
  for (let slot = 0; slot < slotCount; slot++) {
    for (let k = slotStart[slot]; k < slotStart[slot + 1]; k++) walk.enter(slot, at, k, to[k], from[k]);
  }
  return { walk, slotCount };
}

/**
 * The walk in log order, or null when the log is not in time order (each deal's entries
 * then are, ties in log order) or a time is missing.
 */
function walkInLogOrder(
  history: readonly HistoryEntry[],
  pipeline: PipelineIndex,
  directory: SlotDirectory,
  options: WalkOptions,
): WalkedHistory | null {
  const rows = history.length;
  // A guess: five entries a deal.
  const walk = newWalk(pipeline, Math.max(directory.slotCount, Math.ceil(rows / 5)), rows, options);
  let capacity = walk.capacity;
  // Each row's time goes through here: a number passed to a call that is not inlined would be boxed.
  const at = Float64Array.of(-Infinity);
  for (let i = 0; i < rows; i++) {
    const entry = history[i];
    const id = entry.dealId;
    const slot = directory.slotOf(id, generatedIdNumber(id));
    if (slot >= capacity) {
      walk.ensureSlots(slot + 1);
      capacity = walk.capacity;
    }
    // Looked up on every row: consecutive rows of a log rarely name the same stage, and a
    // remembered last key costs a mispredicted branch more than the lookup it saves.
    const to = positionOfKey(pipeline, entry.to);
    const time = entry.at.getTime();
    // Written so that a missing (NaN) time gives up too.
    if (!(time >= at[0])) return null;
    at[0] = time;
    // Only a deal's first entry tells where it came from: later ones come from its previous stage.
    walk.enter(slot, at, 0, to, walk.isNew(slot) ? fromPosition(pipeline, entry) : -1);
  }
  return { walk, slotCount: directory.slotCount };
}

/** A walk with room for `deals` slots and, with visits, for the visits `rows` entries can complete. */
function newWalk(pipeline: PipelineIndex, deals: number, rows: number, options: WalkOptions): HistoryWalk {
  const stageCount = pipeline.stages.length;
  if (stageCount > MAX_WALK_STAGES) throw new RangeError('Too many stages');
  // A deal's first entry starts a visit without ending one: at most rows − deals completed visits.
  const visits = options.visits ? new StageVisits(pipeline.kindAt, Math.max(0, rows - deals)) : null;
  return new HistoryWalk(deals + 16, options.progressAt, visits);
}
