import { findHeaderRow, mapColumns, type ColumnMap } from '../core/columns/find-columns';
import { cellText } from '../core/parse/cell-text';
import { DEFAULT_PIPELINE_NAME } from '../core/settings/settings-layout';
import { foldLabel } from '../core/text/fold';
import { findPipelineSheet } from './pipeline-sheet';
import { registeredPipeline, registerPipeline, type OwnedSheetNames } from './pipeline-registry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows searched for the header when a sheet is not yet known. */
export const HEADER_SCAN_ROWS = 10;

/** Where a pipeline sheet's columns are. */
export interface PipelineLayout {
  sheet: Sheet;
  /** 1-based row of the header; deals are below it. */
  headerRow: number;
  headers: string[];
  /** 0-based index of each recognised deal column (sheet column = index + 1). */
  columns: ColumnMap;
  /** The Pipeline Settings block this sheet follows. */
  block: string;
  /** The names of Pipeline Settings and Stage History as the registry remembers them (see `loadStageContext`); absent when not yet known. */
  ownedSheets?: OwnedSheetNames;
}

function layoutOf(sheet: Sheet, headerRow: number, headers: string[], block: string, ownedSheets: OwnedSheetNames | undefined): PipelineLayout {
  return { sheet, headerRow, headers, columns: mapColumns(headers), block, ownedSheets };
}

/** Header texts with trailing blanks dropped. */
function trimmedHeaders(row: readonly unknown[]): string[] {
  const headers = row.map(cellText);
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return headers;
}

/**
 * The layout of a sheet that is a pipeline (registered by setup, or the sheet named
 * Pipeline), `null` for any other sheet. A registered header is checked with one read of
 * its row; a changed header is looked for again and the registry updated.
 */
export function readPipelineLayout(sheet: Sheet): PipelineLayout | null {
  const known = registeredPipeline(sheet.getSheetId());
  if (known) {
    const row = sheet.getRange(known.headerRow, 1, 1, Math.max(1, known.headers.length)).getValues()[0];
    if (trimmedHeaders(row).join('\u0000') === known.headers.join('\u0000')) {
      return layoutOf(sheet, known.headerRow, known.headers, known.block, known.ownedSheets);
    }
  } else if (foldLabel(sheet.getName()) !== 'pipeline') {
    return null;
  }
  return scanPipelineLayout(sheet, known?.block ?? DEFAULT_PIPELINE_NAME, known?.ownedSheets);
}

/**
 * Looks for the header in the sheet's first rows (one read) and remembers it (the registry
 * keeps the owned sheets' names it had). `null` without a Stage column.
 */
export function scanPipelineLayout(sheet: Sheet, block: string, ownedSheets?: OwnedSheetNames): PipelineLayout | null {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn === 0) return null;
  const rows = sheet.getRange(1, 1, Math.min(HEADER_SCAN_ROWS, sheet.getMaxRows()), lastColumn).getValues();
  const index = findHeaderRow(rows);
  if (index < 0) return null;
  const layout = layoutOf(sheet, index + 1, trimmedHeaders(rows[index]), block, ownedSheets);
  registerPipeline(sheet.getSheetId(), { headerRow: layout.headerRow, headers: layout.headers, block });
  return layout;
}

/** The layout of the spreadsheet's first pipeline sheet, for commands that are not tied to a sheet. */
export function findPipelineLayout(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): PipelineLayout | null {
  const sheet = findPipelineSheet(spreadsheet);
  return sheet ? readPipelineLayout(sheet) : null;
}
