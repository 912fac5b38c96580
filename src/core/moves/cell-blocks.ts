import { keptCell, textForWrite } from '../setup/column-write';

/** New cell values by 0-based column, then by 1-based sheet row. */
export type CellUpdates = Map<number, Map<number, unknown>>;

/**
 * A day typed in a form: the instant it stands for (midnight of that day in the zone the
 * script knew), written to the sheet as the typed day (`2024-09-30`), which Sheets reads in
 * the spreadsheet's own zone: the day written never depends on a remembered time zone.
 */
export class FormDay extends Date {
  constructor(
    readonly typed: string,
    at: Date,
  ) {
    super(at.getTime());
  }
}

/**
 * The value to pass to `setValues`/`appendRow` to store `value`: text as text (a leading
 * apostrophe when Sheets would read it as something else, a formula included), a form's day
 * as typed, blank as `null`.
 */
export function writableCell(value: unknown): unknown {
  if (value instanceof FormDay) return value.typed;
  if (value === '' || value === undefined) return null;
  return typeof value === 'string' ? textForWrite(value) : value;
}

/** A rectangle written with one `setValues`: 0-based first column, 1-based first row; `gaps` when it holds cells without an update. */
export interface CellBlock {
  column: number;
  numColumns: number;
  row: number;
  numRows: number;
  gaps: boolean;
}

/**
 * The blocks that write `updates` with as few `setValues` as possible while touching no
 * column that has no update: columns that change and sit side by side are written
 * together, over the rows from the first to the last change among them. A column that
 * does not change is never inside a block, so a user's own cells (their formulas, links,
 * protections, a colleague's typing) are never rewritten; the cells a block holds without
 * an update belong to columns being written anyway and go back as they were (`blockValues`).
 */
export function cellBlocks(updates: CellUpdates): CellBlock[] {
  const columns = [...updates.keys()].sort((a, b) => a - b);
  const blocks: CellBlock[] = [];
  for (let start = 0, end = 1; start < columns.length; end++) {
    if (end < columns.length && columns[end] === columns[end - 1] + 1) continue;
    const run = columns.slice(start, end).map((column) => updates.get(column) as Map<number, unknown>);
    const rows = run.flatMap((byRow) => [...byRow.keys()]);
    let [first, last] = [rows[0], rows[0]];
    for (const row of rows) [first, last] = [Math.min(first, row), Math.max(last, row)];
    const numRows = last - first + 1;
    blocks.push({ column: columns[start], numColumns: end - start, row: first, numRows, gaps: run.some((byRow) => byRow.size < numRows) });
    start = end;
  }
  return blocks;
}

/**
 * The values of one block: updated cells as `writableCell` gives them, the others as they
 * were (`current(row, column)`, with their formula when `formula` gives one).
 */
export function blockValues(block: CellBlock, updates: CellUpdates, current: (row: number, column: number) => unknown, formula: (row: number, column: number) => string): unknown[][] {
  return Array.from({ length: block.numRows }, (_, r) =>
    Array.from({ length: block.numColumns }, (_, c) => {
      const [row, column] = [block.row + r, block.column + c];
      const byRow = updates.get(column) as Map<number, unknown>;
      return byRow.has(row) ? writableCell(byRow.get(row)) : keptCell(current(row, column) ?? '', formula(row, column));
    }),
  );
}
