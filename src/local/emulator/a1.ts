/** A1 notation: parsing and printing, as Apps Script accepts and reports it. */
import type { GridRange } from './model';

/** A parsed A1 reference. `wholeColumns`/`wholeRows` keep `A:C` and `2:3` printing as written. */
export interface A1Ref {
  sheetName?: string;
  row: number;
  column: number;
  /** `undefined` means open-ended: up to the sheet's last row/column. */
  endRow?: number;
  endColumn?: number;
  wholeColumns: boolean;
  wholeRows: boolean;
}

export function columnToLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quotes a sheet name when Sheets would (anything but letters, digits and underscores). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

interface Part { column?: number; row?: number }

function parsePart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  return { column: m[1] ? lettersToColumn(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
}

/** Splits `'My sheet'!A1:B2` into its sheet name and the reference. */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

/** Parses A1 notation, or returns null where Apps Script says `Range not found`. */
export function parseA1(a1: string): A1Ref | null {
  const { sheetName, ref } = splitSheetName(a1.trim());
  const [first, second, extra] = ref.split(':');
  if (extra !== undefined || first === undefined) return null;
  const a = parsePart(first);
  const b = second === undefined ? a : parsePart(second);
  if (!a || !b) return null;
  if (a.row === 0 || b.row === 0) return null;
  if (second === undefined && (a.row === undefined || a.column === undefined)) return null;
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.column === undefined && b.column === undefined;
  // `A:B2` and `1:B` are not valid; `B2:B` (open-ended rows) and `A2:2` are.
  if (a.row === undefined && !wholeColumns) return null;
  if (a.column === undefined && !wholeRows) return null;
  const rowsOf = [a.row, b.row].filter((r): r is number => r !== undefined);
  const colsOf = [a.column, b.column].filter((c): c is number => c !== undefined);
  return {
    sheetName,
    row: rowsOf.length ? Math.min(...rowsOf) : 1,
    column: colsOf.length ? Math.min(...colsOf) : 1,
    endRow: rowsOf.length === 2 ? Math.max(...rowsOf) : undefined,
    endColumn: colsOf.length === 2 ? Math.max(...colsOf) : undefined,
    wholeColumns,
    wholeRows,
  };
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function gridToA1(range: GridRange, style: { wholeColumns?: boolean; wholeRows?: boolean } = {}): string {
  const lastRow = range.row + range.numRows - 1;
  const lastColumn = range.column + range.numColumns - 1;
  if (style.wholeColumns) return `${columnToLetters(range.column)}:${columnToLetters(lastColumn)}`;
  if (style.wholeRows) return `${range.row}:${lastRow}`;
  const start = cellA1(range.row, range.column);
  return range.numRows === 1 && range.numColumns === 1 ? start : `${start}:${cellA1(lastRow, lastColumn)}`;
}

/** Fixes an A1 reference's open ends against a sheet's size; null when it falls outside the sheet. */
export function resolveA1(ref: A1Ref, maxRows: number, maxColumns: number): GridRange | null {
  const endRow = ref.endRow ?? (ref.wholeRows ? ref.row : maxRows);
  const endColumn = ref.endColumn ?? (ref.wholeColumns ? ref.column : maxColumns);
  const single = !ref.wholeColumns && !ref.wholeRows && ref.endRow === undefined && ref.endColumn === undefined;
  const range = single
    ? { row: ref.row, column: ref.column, numRows: 1, numColumns: 1 }
    : { row: ref.row, column: ref.column, numRows: endRow - ref.row + 1, numColumns: endColumn - ref.column + 1 };
  if (range.row + range.numRows - 1 > maxRows || range.column + range.numColumns - 1 > maxColumns) return null;
  return range;
}
