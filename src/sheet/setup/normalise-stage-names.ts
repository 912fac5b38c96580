import { lastStageByDeal } from '../../core/history/history-rows';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import { normaliseMessage, normaliseNeedsAttention, type NormaliseFailure, type NormaliseSummary } from '../../core/setup/normalise-summary';
import { planNormalise } from '../../core/setup/plan-normalise';
import { withDocumentLock } from '../document-lock';
import { findOwnedSheet } from '../owned-sheets';
import { findPipelineLayout, readPipelineLayout } from '../pipeline-layout';
import { appendHistory, ensureHistorySheet, findHistorySheet, makeRoomInHistory, readHistory } from '../stage-history';
import { userLanguage } from '../user-language';
import { activeUserEmail } from './active-user';
import { readSettingsFor } from './settings-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function normalise(spreadsheet: Spreadsheet, language: Language): NormaliseSummary | NormaliseFailure {
  const layout = readPipelineLayout(spreadsheet.getActiveSheet()) ?? findPipelineLayout(spreadsheet);
  if (!layout) return { ok: false, message: translate(language, 'normalise.error.noPipeline') };
  const settingsSheet = findOwnedSheet(spreadsheet, 'sheet.settings');
  const settings = readSettingsFor(settingsSheet, language, layout.block);
  if (settings.error) {
    const { cell, message } = settings.error;
    return { ok: false, message: translate(language, 'setup.error.settings', { sheet: settingsSheet?.getName() ?? '', cell, message }) };
  }
  const definition = settings.definition;
  const { sheet, headerRow, columns } = layout;

  const lastRow = sheet.getLastRow();
  const width = Math.max(sheet.getLastColumn(), layout.headers.length);
  const values = lastRow > 0 && width > 0 ? sheet.getRange(1, 1, lastRow, width).getValues() : [];
  const stage = columns.Stage;
  const stageFormulas =
    stage !== undefined && lastRow > headerRow ? sheet.getRange(headerRow + 1, stage + 1, lastRow - headerRow, 1).getFormulas().map((row) => row[0]) : null;
  const historySheet = findHistorySheet(spreadsheet);
  const plan = planNormalise({
    values,
    stageFormulas,
    headerRow,
    columns,
    definition,
    language,
    locale: spreadsheet.getSpreadsheetLocale(),
    now: new Date(),
    user: activeUserEmail(),
    lastStages: lastStageByDeal(readHistory(historySheet, definition)),
  });

  if (plan.write) sheet.getRange(plan.write.row, plan.write.column, plan.write.values.length, 1).setValues(plan.write.values);
  if (plan.history.length > 0) {
    const log = historySheet ?? ensureHistorySheet(spreadsheet, language);
    makeRoomInHistory(log, plan.history.length);
    appendHistory(log, plan.history, definition, language);
    if (!historySheet) spreadsheet.setActiveSheet(sheet);
  }
  const summary = { ok: true as const, ...plan.facts, sheet: sheet.getName(), language, historyRowsAdded: plan.history.length };
  return { ...summary, needsAttention: normaliseNeedsAttention(plan.facts), message: normaliseMessage(summary) };
}

/**
 * Menu "Normalise stage names": rewrites every recognised Stage cell that is spelt another
 * way (alias, case, other language) to the stage's label in the user's language, in one
 * write, with one Stage History row per rewritten row (via `normalise`, see `planNormalise`).
 * Unrecognised stages are left as they are and listed. Works on the active sheet when it is
 * a pipeline, else on the spreadsheet's pipeline sheet. Returns the summary it shows.
 */
export function normaliseStageNames(): NormaliseSummary | NormaliseFailure {
  const language = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const result = withDocumentLock(() => normalise(spreadsheet, language));
  const ui = SpreadsheetApp.getUi();
  if (!result.ok) ui.alert(translate(language, 'normalise.error.title'), result.message, ui.ButtonSet.OK);
  else if (result.needsAttention) ui.alert(translate(language, 'normalise.title'), result.message, ui.ButtonSet.OK);
  else spreadsheet.toast(result.message, translate(language, 'normalise.title'), 15);
  return result;
}
