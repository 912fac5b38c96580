import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import type { PipelineDefinition } from '../../core/stages/stage';
import { rangeToBottom } from '../range-to-bottom';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The Stage dropdown: the stage labels in `language`, invalid input rejected, help text
 * naming the stages, on every row from `firstRow` to the bottom of the sheet (rows typed
 * later get it too). One call whatever the number of rows (see rangeToBottom for `maxRows`).
 */
export function putStageDropdown(sheet: Sheet, column: number, firstRow: number, definition: PipelineDefinition, language: Language, maxRows?: number): void {
  const range = rangeToBottom(sheet, firstRow, column, 1, maxRows);
  if (!range) return;
  const labels = definition.stages.map((stage) => stage.labels[language]);
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(labels, true)
    .setAllowInvalid(false)
    .setHelpText(translate(language, 'setup.stageHelp', { stages: labels.join(', ') }))
    .build();
  range.setDataValidation(rule);
}

/** Checkboxes (validation only: blank cells show unticked, nothing is written) on each column, from `firstRow` down. */
export function putCheckboxes(sheet: Sheet, columns: readonly number[], firstRow: number, maxRows = sheet.getMaxRows()): void {
  const rows = maxRows - firstRow + 1;
  if (rows < 1 || columns.length === 0) return;
  const rule = SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build();
  for (const column of columns) sheet.getRange(firstRow, column, rows, 1).setDataValidation(rule);
}
