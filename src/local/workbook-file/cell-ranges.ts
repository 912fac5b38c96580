/**
 * xlsx hands back styles and validations cell by cell; the model wants ranges. Cells are
 * grouped into column runs, and side-by-side columns with the same run are merged, which
 * turns the usual column-shaped formats and dropdowns back into one range each.
 */
import type { GridRange } from '../emulator/model';

export function cellsToRanges(cells: { row: number; column: number }[]): GridRange[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const rows = byColumn.get(column) ?? [];
    rows.push(row);
    byColumn.set(column, rows);
  }
  const ranges: GridRange[] = [];
  /** The range still open to the right for a given row span, keyed by `start:end`. */
  const open = new Map<string, GridRange>();
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(column))].sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j += 1;
      const span = `${rows[i]}:${rows[j]}`;
      const previous = open.get(span);
      if (previous && previous.column + previous.numColumns === column) {
        previous.numColumns += 1;
      } else {
        const range = { row: rows[i], column, numRows: rows[j] - rows[i] + 1, numColumns: 1 };
        ranges.push(range);
        open.set(span, range);
      }
      i = j + 1;
    }
  }
  return ranges;
}
