import { FunctionError } from '../core/custom-functions/function-error';
import type { Language } from '../core/i18n/language';
import { translate } from '../core/i18n/strings';
import { settingsForPipeline } from '../core/moves/settings-for-pipeline';
import { DEFAULT_PIPELINE_NAME } from '../core/settings/settings-layout';
import { defaultPipeline } from '../core/stages/default-pipeline';
import type { PipelineDefinition } from '../core/stages/stage';
import { findOwnedSheet } from './owned-sheets';
import { readAllValues } from './pipeline-sheet';
import { WorkbookSheets } from './reports/workbook-sheets';

/**
 * The pipeline as Pipeline Settings defines it (its Default block, else its first), read-only;
 * the defaults when the spreadsheet has no settings sheet. A settings sheet with a mistake is an error
 * naming the cell, not a silent fallback: the user's rules must not be ignored.
 */
export function readPipelineDefinition(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, language: Language): PipelineDefinition {
  // By its exact name, else matched as the sidebar and the reports match it (case, accents
  // and spaces folded): custom functions must not fall back to the defaults for a sheet
  // those find.
  const sheet = findOwnedSheet(spreadsheet, 'sheet.settings') ?? WorkbookSheets.read(spreadsheet).owned('sheet.settings', language);
  if (!sheet) return defaultPipeline();
  // The same reading as edits and the sidebar: the Default block, else the first one.
  const reading = settingsForPipeline(readAllValues(sheet), language, DEFAULT_PIPELINE_NAME);
  if (reading.error) {
    throw new FunctionError(translate(language, 'fn.error.settings', { cell: `${sheet.getName()}!${reading.error.cell}`, message: reading.error.message }));
  }
  return reading.definition;
}
