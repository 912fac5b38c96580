import { FunctionError } from '../core/custom-functions/function-error';
import type { Language } from '../core/i18n/language';
import { translate } from '../core/i18n/strings';
import { parseSettings } from '../core/settings/parse-settings';
import { defaultPipeline } from '../core/stages/default-pipeline';
import type { PipelineDefinition } from '../core/stages/stage';
import { findOwnedSheet } from './owned-sheets';
import { readAllValues } from './pipeline-sheet';

/**
 * The pipeline as Pipeline Settings defines it (its first block), read-only; the defaults
 * when the spreadsheet has no settings sheet. A settings sheet with a mistake is an error
 * naming the cell, not a silent fallback: the user's rules must not be ignored.
 */
export function readPipelineDefinition(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, language: Language): PipelineDefinition {
  const sheet = findOwnedSheet(spreadsheet, 'sheet.settings');
  if (!sheet) return defaultPipeline();
  const { definitions, errors } = parseSettings(readAllValues(sheet), language);
  if (errors.length > 0) {
    throw new FunctionError(translate(language, 'fn.error.settings', { cell: `${sheet.getName()}!${errors[0].cell}`, message: errors[0].message }));
  }
  const first = Object.values(definitions)[0];
  return first ?? defaultPipeline();
}
