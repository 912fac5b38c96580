import type { HistoryEntry } from '../core/history/history-entry';
import { HISTORY_WIDTH, historyHeader, historyRow, parseHistoryRows } from '../core/history/history-rows';
import type { Language } from '../core/i18n/language';
import { translate } from '../core/i18n/strings';
import type { PipelineDefinition } from '../core/stages/stage';
import { findOwnedSheet } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function findHistorySheet(spreadsheet: Spreadsheet): Sheet | null {
  return findOwnedSheet(spreadsheet, 'sheet.history');
}

/**
 * The Stage History sheet, created when missing: header, frozen, timestamps shown with
 * date and time, and protected with a warning (it is an append-only log; people may still
 * read and, after the warning, fix it).
 */
export function ensureHistorySheet(spreadsheet: Spreadsheet, language: Language): Sheet {
  const existing = findHistorySheet(spreadsheet);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(translate(language, 'sheet.history'));
  sheet.getRange(1, 1, 1, HISTORY_WIDTH).setValues([historyHeader(language)]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.getRange('A2:A').setNumberFormat('yyyy-mm-dd hh:mm:ss');
  sheet.protect().setDescription(translate(language, 'history.protection')).setWarningOnly(true);
  return sheet;
}

/** Appends entries in one write (one `appendRow` for a single entry). */
export function appendHistory(sheet: Sheet, entries: readonly HistoryEntry[], definition: PipelineDefinition, language: Language): void {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => historyRow(entry, definition, language));
  if (rows.length === 1) {
    sheet.appendRow(rows[0]);
    return;
  }
  const first = sheet.getLastRow() + 1;
  if (first + rows.length - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), first + rows.length - 1 - sheet.getMaxRows());
  sheet.getRange(first, 1, rows.length, HISTORY_WIDTH).setValues(rows);
}

/** Every entry of the history, in one read. */
export function readHistory(sheet: Sheet | null, definition: PipelineDefinition): HistoryEntry[] {
  if (!sheet) return [];
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  return parseHistoryRows(sheet.getRange(2, 1, lastRow - 1, HISTORY_WIDTH).getValues(), definition);
}
