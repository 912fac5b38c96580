import { highestDealIdNumber } from '../core/setup/deal-ids';

/**
 * The highest generated-style Deal ID number (`D-000042` → 42) the add-on has issued or
 * seen in the spreadsheet, kept in the document's properties so that a new deal's ID needs
 * no read of the Deal ID column, and an ID is never issued twice: not after its deal is
 * deleted, not after rows are sorted, not when two users add deals at once.
 *
 * - Only code holding the document lock writes the counter (setup, stage changes, sidebar
 *   commands), each time after a full view of the IDs (setup, a sidebar read) or after
 *   issuing IDs above it; so it only ever rises.
 * - IDs that enter the sheet outside the lock (typed or pasted into the Deal ID column, seen
 *   by a sidebar read) are left as "seen" entries under keys of their own, never by
 *   rewriting the counter (two executions would lose one another's update); the next
 *   holder of the lock folds them in.
 * - A spreadsheet that has no counter yet (set up by an earlier version, or copied without
 *   its properties) gets one from a read of its Deal ID column and its Stage History.
 */
export const COUNTER = 'sheetsPipeline.dealId';
export const SEEN = 'sheetsPipeline.dealId.';

const properties = () => PropertiesService.getDocumentProperties();
const numberOf = (text: string | null | undefined): number => Math.max(0, Math.floor(Number(text)) || 0);

/**
 * Outside the lock: remembers that `ids` are in the sheet, when one is above the counter
 * (a property of its own, so no other execution's update can be lost).
 */
export function noteDealIds(ids: Iterable<unknown>): void {
  const highest = highestDealIdNumber(ids);
  if (highest === 0 || highest <= numberOf(properties().getProperty(COUNTER))) return;
  properties().setProperty(SEEN + Math.random(), String(highest));
}

/** The counter as one holder of the document lock sees and moves it. */
export interface DealIdCounter {
  /** Whether the counter exists: `highest` then covers every ID of the spreadsheet. */
  readonly known: boolean;
  /** The highest number issued or seen; without a counter, only what was seen (the caller must look at the sheet too). */
  readonly highest: number;
  /** Takes `ids` into account. */
  raise(ids: Iterable<unknown>): void;
  /**
   * Writes the counter and clears the "seen" entries it now covers. Only after a full view
   * of the spreadsheet's IDs (or when the counter already existed): a partial view must not
   * create a counter that would hide the IDs it did not see.
   */
  save(fullView: boolean): void;
}

/** Reads the counter and the "seen" entries, in one call. Use only under the document lock. */
export function openDealIdCounter(): DealIdCounter {
  const all = properties().getProperties();
  const seen = Object.keys(all).filter((key) => key.startsWith(SEEN));
  const known = COUNTER in all;
  let highest = Math.max(numberOf(all[COUNTER]), ...seen.map((key) => numberOf(all[key])));
  return {
    known,
    get highest() {
      return highest;
    },
    raise(ids) {
      highest = Math.max(highest, highestDealIdNumber(ids));
    },
    save(fullView) {
      if (!known && !fullView) return;
      if (all[COUNTER] !== String(highest)) properties().setProperty(COUNTER, (all[COUNTER] = String(highest)));
      for (const key of seen.splice(0)) properties().deleteProperty(key);
    },
  };
}
