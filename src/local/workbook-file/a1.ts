/** A1 notation helpers: xlsx speaks A1, the model speaks 1-based grid ranges. */
import { a1Notation } from '../../core/columns/a1-notation';
import type { GridRange } from '../emulator/model';

/** A1 of one cell: the same notation the add-on's messages use. */
export const cellA1 = a1Notation;

export function rangeA1(range: GridRange): string {
  const start = cellA1(range.row, range.column);
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${cellA1(range.row + range.numRows - 1, range.column + range.numColumns - 1)}`;
}

function parseCell(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** Parses `B2` or `B2:D9`; null for anything else (whole columns, named ranges). */
export function parseRangeA1(ref: string): GridRange | null {
  const [first, second] = ref.split(':');
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, numRows: Math.abs(b.row - a.row) + 1, numColumns: Math.abs(b.column - a.column) + 1 };
}

/** An xlsx `sqref` may list several ranges separated by spaces. */
export function parseSqref(sqref: string): GridRange[] {
  return sqref
    .trim()
    .split(/\s+/)
    .map(parseRangeA1)
    .filter((range): range is GridRange => range !== null);
}
