import type { Emulator } from '../../../src/local/emulator';
import type { CellValue } from '../../../src/local/emulator/model';

/** Rows padded to one width, as a sheet holds them. */
export function rectangular(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill('')]);
}

/** A sheet of leads written through the uncounted Node view, grown to fit, and made active (as if the user opened it). */
export function leads(emulator: Emulator, name: string, rows: CellValue[][]): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = emulator.spreadsheet;
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (rows.length > 0) {
    const block = rectangular(rows);
    sheet.getRange(1, 1, block.length, block[0].length).setValues(block);
  }
  spreadsheet.setActiveSheet(sheet);
  return sheet;
}

/** Every value of a sheet's used area. */
export function valuesOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): CellValue[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  return lastRow === 0 ? [] : (sheet.getRange(1, 1, lastRow, lastColumn).getValues() as CellValue[][]);
}

/** A column of the used area, below `headerRow`. */
export function columnBelow(sheet: GoogleAppsScript.Spreadsheet.Sheet, headerRow: number, column: number): CellValue[] {
  return valuesOf(sheet).slice(headerRow).map((row) => row[column - 1]);
}
