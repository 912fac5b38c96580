/** The cells an edit covered, as `e.range` reports them (1-based). */
export interface EditedArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * The deal rows whose Stage cell an edit touched: `null` when the edit missed the Stage
 * column or covered only the header and the rows above it. An edit of several columns
 * (a pasted row, a fill across) counts when one of them is the Stage column.
 */
export function stageEditRows(edit: EditedArea, headerRow: number, stageColumn: number): { first: number; last: number } | null {
  if (stageColumn < edit.column || stageColumn > edit.column + edit.numColumns - 1) return null;
  const first = Math.max(edit.row, headerRow + 1);
  const last = edit.row + edit.numRows - 1;
  return first > last ? null : { first, last };
}
