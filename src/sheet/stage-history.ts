import { columnLetters } from '../core/columns/a1-notation';
import type { HistoryEntry } from '../core/history/history-entry';
import { HISTORY_WIDTH, historyHeader, historyRow, parseHistoryRows } from '../core/history/history-rows';
import type { Language } from '../core/i18n/language';
import { translate } from '../core/i18n/strings';
import type { PipelineDefinition } from '../core/stages/stage';
import { findOwnedSheet } from './owned-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How the Timestamp column shows its instants, in every row. */
const TIMESTAMP_FORMAT = 'yyyy-mm-dd hh:mm:ss';

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
  sheet.getRange('A2:A').setNumberFormat(TIMESTAMP_FORMAT);
  sheet.protect().setDescription(translate(language, 'history.protection')).setWarningOnly(true);
  return sheet;
}

/**
 * Adds `count` rows at the bottom of the log before a bulk append of `count` rows (a single
 * row is appended with `appendRow`, which grows the sheet itself), with the Timestamp format:
 * a big import would otherwise show its timestamps one way down to the sheet's first size
 * and another way below. Adding exactly as many rows as are appended is always enough, and
 * unlike "only when short of room" it costs the same calls for 100 deals as for 100 000:
 * the unused rows stay blank at the bottom.
 */
export function makeRoomInHistory(sheet: Sheet, count: number): void {
  if (count < 2) return;
  const maxRows = sheet.getMaxRows();
  growHistory(sheet, maxRows, count);
}

function growHistory(sheet: Sheet, maxRows: number, count: number): void {
  sheet.insertRowsAfter(maxRows, count);
  sheet.getRange(maxRows + 1, 1, count, 1).setNumberFormat(TIMESTAMP_FORMAT);
}

/** Appends entries in one write (one `appendRow` for a single entry); rows the sheet grows by get the Timestamp format (see makeRoomInHistory). */
export function appendHistory(sheet: Sheet, entries: readonly HistoryEntry[], definition: PipelineDefinition, language: Language): void {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => historyRow(entry, definition, language));
  if (rows.length === 1) {
    sheet.appendRow(rows[0]);
    return;
  }
  const first = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  if (first + rows.length - 1 > maxRows) growHistory(sheet, maxRows, first + rows.length - 1 - maxRows);
  sheet.getRange(first, 1, rows.length, HISTORY_WIDTH).setValues(rows);
}

/** Every entry of the history, in one read of its columns (open-ended: its length need not be asked first; blank rows are skipped). */
export function readHistory(sheet: Sheet | null, definition: PipelineDefinition): HistoryEntry[] {
  if (!sheet) return [];
  try {
    return parseHistoryRows(sheet.getRange(`A2:${columnLetters(HISTORY_WIDTH)}`).getValues(), definition);
  } catch (_noRows) {
    // A sheet cut down to its header row (or narrower than the log) holds no entry to read.
    return [];
  }
}
