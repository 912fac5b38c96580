import { columnLetters } from '../core/columns/a1-notation';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * `numColumns` columns from `column`, from `firstRow` down to the bottom of the sheet
 * (rows added later are covered too); null when the sheet has no row there. With `maxRows`
 * (the sheet's size, when already known) the range is counted out; without it, it is the
 * open-ended A1 range (`C2:C`), which Sheets runs to the last row itself, so the sheet's
 * size need not be asked for (a call). Only leave `maxRows` out when row `firstRow` is
 * known to exist.
 */
export function rangeToBottom(sheet: Sheet, firstRow: number, column: number, numColumns: number, maxRows?: number): Range | null {
  if (maxRows !== undefined) return maxRows < firstRow ? null : sheet.getRange(firstRow, column, maxRows - firstRow + 1, numColumns);
  return sheet.getRange(`${columnLetters(column)}${firstRow}:${columnLetters(column + numColumns - 1)}`);
}
