import type { Language } from '../../core/i18n/language';
import { translate, type StringKey } from '../../core/i18n/strings';
import type { ChartSpec, FormatKind, ReportGrid } from '../../core/reports/report-grid';
import { toSheetGrid } from '../../core/reports/sheet-grid';
import type { WorkbookSheets } from './workbook-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A report tab to (re)build: its name in the user's language and what goes in it. */
export interface ReportTab {
  nameKey: StringKey;
  grid: ReportGrid;
}

export interface WrittenTab {
  name: string;
  rows: number;
  columns: number;
  charts: number;
}

/** Rows and columns of a sheet Sheets creates (`insertSheet`). */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/**
 * Rebuilds report tabs without ever showing half a report (SPEC §9). Every tab is first
 * written complete into a new sheet under a temporary name, placed just before the tab it
 * replaces; only when all of them are complete are the old tabs deleted and the new ones
 * renamed into place, so they keep their position. A failure while building removes the
 * new sheets and leaves the old tabs exactly as they were.
 */
export function replaceReportTabs(
  spreadsheet: Spreadsheet,
  workbook: WorkbookSheets,
  tabs: readonly ReportTab[],
  formats: Record<FormatKind, string>,
  language: Language,
): WrittenTab[] {
  const built: { sheet: Sheet; old: Sheet | null; name: string; written: WrittenTab; done: boolean }[] = [];
  const removeUnfinished = () => {
    for (const entry of built) {
      if (entry.done) continue;
      try {
        spreadsheet.deleteSheet(entry.sheet);
        workbook.deleted(entry.sheet);
      } catch (_cleanup) {
        // The original error is the one worth reporting.
      }
    }
  };
  try {
    for (const tab of tabs) {
      const name = translate(language, tab.nameKey);
      const old = workbook.owned(tab.nameKey, language, true);
      const tempName = translate(language, 'report.tempName', { name });
      // A run killed by Apps Script's time limit (which skips `catch`) may have left one.
      const leftover = workbook.named(tempName);
      if (leftover) {
        spreadsheet.deleteSheet(leftover);
        workbook.deleted(leftover);
      }
      // Before the old tab, so that deleting it leaves the new one in its place; new tabs go last.
      const index = old ? workbook.indexOf(old) : workbook.count;
      const sheet = spreadsheet.insertSheet(tempName, index);
      workbook.inserted(sheet, tempName, index);
      const entry = { sheet, old, name, written: { name, rows: 0, columns: 0, charts: 0 }, done: false };
      built.push(entry);
      entry.written = writeGrid(sheet, name, tab.grid, formats);
    }
    // Every new tab is complete: swap them in. Should deleting an old tab fail (say, a
    // protection), that old tab is still whole, and its replacement is removed with the
    // rest. Once an old tab is gone, its replacement is the only copy and is kept.
    for (const entry of built) {
      if (entry.old) {
        spreadsheet.deleteSheet(entry.old);
        workbook.deleted(entry.old);
        entry.done = true;
      }
      entry.sheet.setName(entry.name);
      entry.done = true;
    }
  } catch (error) {
    removeUnfinished();
    throw error;
  }
  return built.map(({ written }) => written);
}

/** Values, number formats and bold rows each in one call over the whole report, then the charts. */
function writeGrid(sheet: Sheet, name: string, grid: ReportGrid, formats: Record<FormatKind, string>): WrittenTab {
  const cells = toSheetGrid(grid, formats);
  if (cells.numRows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, cells.numRows - NEW_SHEET_ROWS);
  if (cells.numColumns > NEW_SHEET_COLUMNS) sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, cells.numColumns - NEW_SHEET_COLUMNS);
  sheet
    .getRange(1, 1, cells.numRows, cells.numColumns)
    .setValues(cells.values)
    .setNumberFormats(cells.numberFormats)
    .setFontWeights(cells.fontWeights);
  for (const chart of grid.charts) insertChart(sheet, chart);
  return { name, rows: cells.numRows, columns: cells.numColumns, charts: grid.charts.length };
}

function insertChart(sheet: Sheet, spec: ChartSpec): void {
  const { range, anchor } = spec;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType[spec.type])
    .addRange(sheet.getRange(range.row, range.column, range.numRows, range.numColumns))
    .setPosition(anchor.row, anchor.column, 0, 0)
    .setOption('title', spec.title)
    .setOption('legend', { position: range.numColumns > 2 ? 'bottom' : 'none' })
    .build();
  sheet.insertChart(chart);
}
