import { findHeaderRow, mapColumns } from '../columns/find-columns';

/** Rows searched for a header, as `scanPipelineLayout` does for a sheet already known. */
export const SETUP_HEADER_SCAN_ROWS = 10;

/**
 * The 0-based header row of a sheet being set up, or -1 when the sheet is blank.
 * 1. Among the first rows, the row naming the most deal columns, Stage included (the rule
 *    every reader of the pipeline uses, so they agree with setup afterwards).
 * 2. No row names a Stage column: the row naming the most deal columns (a title row above
 *    a header names none), Stage being appended to it.
 * 3. No row names any deal column: the first non-blank row (the user's own header).
 */
export function locateHeader(rows: readonly (readonly unknown[])[], scanRows = SETUP_HEADER_SCAN_ROWS): number {
  const withStage = findHeaderRow(rows, scanRows);
  if (withStage >= 0) return withStage;
  let best = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(rows.length, scanRows); r++) {
    const count = Object.keys(mapColumns(rows[r])).length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  if (best >= 0) return best;
  // Strictly non-empty: an unticked checkbox (FALSE) is still a cell a header must not be written over.
  return rows.findIndex((row) => row.some((cell) => cell !== '' && cell !== null && cell !== undefined));
}
