import type { DealColumn } from '../../core/columns/deal-columns';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import type { Via } from '../../core/history/history-entry';
import { planSetup, SETUP_VIA_PROPERTY } from '../../core/setup/plan-setup';
import { needsAttention, setupChanged, setupMessage, type SetupFailure, type SetupSummary } from '../../core/setup/setup-summary';
import { DEFAULT_PIPELINE_NAME } from '../../core/settings/settings-layout';
import { applyPipelineFormats } from '../conditional-formats';
import { openDealIdCounter } from '../deal-id-counter';
import { withDocumentLock } from '../document-lock';
import { findOwnedSheet } from '../owned-sheets';
import { registeredPipeline, registerPipeline } from '../pipeline-registry';
import { appendHistory, ensureHistorySheet, findHistorySheet, makeRoomInHistory, readHistory } from '../stage-history';
import { userLanguage } from '../user-language';
import { activeUserEmail } from './active-user';
import { isAddonSheetName } from './owned-sheet-names';
import { createSettingsSheet, readSettingsFor } from './settings-sheet';
import { putCheckboxes, putStageDropdown } from './sheet-validation';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Added columns that hold dates get a date format before anything is written into them. */
const DATE_COLUMNS: readonly DealColumn[] = ['Expected close', 'Created', 'Stage entered', 'Next step due'];
const DATE_FORMAT = 'yyyy-mm-dd';

function failure(message: string): SetupFailure {
  return { ok: false, message };
}

/** `import` once when an importer built this workbook and asked for it (the property is consumed), else `setup`. */
function setupVia(): Via {
  const properties = PropertiesService.getDocumentProperties();
  if (properties.getProperty(SETUP_VIA_PROPERTY) !== 'import') return 'setup';
  properties.deleteProperty(SETUP_VIA_PROPERTY);
  return 'import';
}

/** Reads, plans and writes, all under the document lock. Every step is a fixed number of calls, whatever the number of rows. */
function setUpSheet(spreadsheet: Spreadsheet, sheet: Sheet, language: Language): SetupSummary | SetupFailure {
  const block = registeredPipeline(sheet.getSheetId())?.block ?? DEFAULT_PIPELINE_NAME;
  const existingSettings = findOwnedSheet(spreadsheet, 'sheet.settings');
  const settings = readSettingsFor(existingSettings, language, block);
  if (settings.error) {
    const { cell, message } = settings.error;
    return failure(translate(language, 'setup.error.settings', { sheet: existingSettings?.getName() ?? '', cell, message }));
  }
  const definition = settings.definition;

  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const used = lastRow > 0 && lastColumn > 0 ? sheet.getRange(1, 1, lastRow, lastColumn) : null;
  const values = used ? used.getValues() : [];
  const formulas = used ? used.getFormulas() : null;
  const existingHistory = findHistorySheet(spreadsheet);
  const historyIds = new Set(readHistory(existingHistory, definition).map((entry) => entry.dealId));

  const counter = openDealIdCounter();
  const plan = planSetup({
    values,
    formulas,
    definition,
    language,
    locale: spreadsheet.getSpreadsheetLocale(),
    now: new Date(),
    user: activeUserEmail(),
    historyIds,
    highestIssuedDealId: counter.highest,
    via: setupVia(),
  });
  // Setup has seen every Deal ID of the sheet and the history: the counter goes on above them all.
  const idIndex = plan.columns['Deal ID'];
  if (idIndex !== undefined) counter.raise(values.slice(plan.headerRow).map((row) => row[idIndex]));
  counter.raise([...historyIds, plan.facts.lastIdGenerated]);
  counter.save(true);
  const firstDataRow = plan.headerRow + 1;

  // New columns: room, header names, date formats; then the empty cells setup fills.
  const maxColumns = sheet.getMaxColumns();
  if (plan.width > maxColumns) sheet.insertColumnsAfter(maxColumns, plan.width - maxColumns);
  if (plan.headerWrite) {
    const { column, labels } = plan.headerWrite;
    sheet.getRange(plan.headerRow, column, 1, labels.length).setValues([labels]).setFontWeight('bold');
  }
  // Setup adds columns, never rows, to the pipeline sheet: its height is read once.
  const maxRows = sheet.getMaxRows();
  const dataRows = maxRows - plan.headerRow;
  for (const column of DATE_COLUMNS) {
    const added = plan.added[column];
    if (added !== undefined && dataRows > 0) sheet.getRange(firstDataRow, added, dataRows, 1).setNumberFormat(DATE_FORMAT);
  }
  for (const write of plan.writes) sheet.getRange(write.row, write.column, write.values.length, 1).setValues(write.values);

  const settingsSheet = existingSettings ?? createSettingsSheet(spreadsheet, language);
  const historySheet = existingHistory ?? ensureHistorySheet(spreadsheet, language);
  makeRoomInHistory(historySheet, plan.history.length);
  appendHistory(historySheet, plan.history, definition, language);

  const stage = plan.columns.Stage;
  if (stage !== undefined) putStageDropdown(sheet, stage + 1, firstDataRow, definition, language, maxRows);
  putCheckboxes(sheet, plan.checkboxColumns, firstDataRow, maxRows);
  if (sheet.getFrozenRows() < plan.headerRow) sheet.setFrozenRows(plan.headerRow);
  applyPipelineFormats(sheet, { headerRow: plan.headerRow, columns: plan.columns, width: plan.headers.length }, definition, maxRows);
  // The owned sheets' names too: the first edit after setup reaches them by name (see loadStageContext).
  const ownedSheets = { settings: settingsSheet.getName(), history: historySheet.getName() };
  registerPipeline(sheet.getSheetId(), { headerRow: plan.headerRow, headers: plan.headers, block, ownedSheets });
  // Inserting a sheet makes it the active one; the user stays on the sheet being set up.
  if (!existingSettings || !existingHistory) spreadsheet.setActiveSheet(sheet);

  const settingsCreated = !existingSettings;
  const historyCreated = !existingHistory;
  const summary: Omit<SetupSummary, 'message'> = {
    ok: true,
    ...plan.facts,
    sheet: sheet.getName(),
    language,
    settingsSheet: ownedSheets.settings,
    settingsCreated,
    historySheet: ownedSheets.history,
    historyCreated,
    changed: setupChanged(plan.facts, settingsCreated, historyCreated),
    needsAttention: needsAttention(plan.facts),
  };
  return { ...summary, message: setupMessage(summary) };
}

function show(spreadsheet: Spreadsheet, result: SetupSummary | SetupFailure, language: Language): void {
  const ui = SpreadsheetApp.getUi();
  if (!result.ok) {
    ui.alert(translate(language, 'setup.error.title'), result.message, ui.ButtonSet.OK);
  } else if (result.needsAttention) {
    // Rows to review do not fit in a toast that fades away.
    ui.alert(translate(language, 'setup.title'), result.message, ui.ButtonSet.OK);
  } else {
    spreadsheet.toast(result.message, translate(language, 'setup.title'), 15);
  }
}

/**
 * Menu "Set up this sheet": turns the active sheet into a stage-validated pipeline, or
 * brings a pipeline sheet up to date. Finds the header, appends the managed columns it
 * lacks, fills empty Deal IDs, Created and Stage entered, creates Pipeline Settings and
 * Stage History (one history row per deal not yet in it), puts the Stage dropdown,
 * checkboxes and the stale/overdue formatting, freezes the header and registers the
 * sheet. It never changes a value already in a cell (see `planSetup`); stages it does not
 * recognise or that are spelt differently are listed. Running it again changes nothing.
 * Returns the summary it shows, for the sidebar.
 */
export function setupPipeline(): SetupSummary | SetupFailure {
  const language = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const result = isAddonSheetName(sheet.getName())
    ? failure(translate(language, 'setup.error.ownedSheet', { sheet: sheet.getName() }))
    : withDocumentLock(() => setUpSheet(spreadsheet, sheet, language));
  show(spreadsheet, result, language);
  return result;
}
