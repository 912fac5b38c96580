import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import { parseSettings } from '../../core/settings/parse-settings';
import { renderSettings } from '../../core/settings/render-settings';
import { DEFAULT_PIPELINE_NAME, STAGE_COLUMN_ORDER } from '../../core/settings/settings-layout';
import type { SettingsError } from '../../core/settings/settings-error';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import type { PipelineDefinition } from '../../core/stages/stage';
import { readAllValues } from '../pipeline-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Creates Pipeline Settings with the default pipeline in `language` (block `Default`):
 * one write, title and stage header in bold, probabilities shown as percent.
 */
export function createSettingsSheet(spreadsheet: Spreadsheet, language: Language): Sheet {
  const values = renderSettings(defaultPipeline(), language, DEFAULT_PIPELINE_NAME);
  const sheet = spreadsheet.insertSheet(translate(language, 'sheet.settings'));
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  sheet.getRange(1, 1, 2, values[0].length).setFontWeight('bold');
  const stageCount = defaultPipeline().stages.length;
  sheet.getRange(3, STAGE_COLUMN_ORDER.indexOf('probability') + 1, stageCount, 1).setNumberFormat('0%');
  return sheet;
}

export type SettingsReading = { definition: PipelineDefinition; error: null } | { definition: null; error: SettingsError };

/**
 * The pipeline a sheet follows: its block of Pipeline Settings, else the first block, else
 * the defaults when there is no settings sheet. A mistake in the settings is returned, not
 * worked around: setting up against rules nobody wrote would validate the wrong moves.
 */
export function readSettingsFor(sheet: Sheet | null, language: Language, block: string): SettingsReading {
  if (!sheet) return { definition: defaultPipeline(), error: null };
  const { definitions, errors } = parseSettings(readAllValues(sheet), language);
  if (errors.length > 0) return { definition: null, error: errors[0] };
  return { definition: definitions[block] ?? Object.values(definitions)[0] ?? defaultPipeline(), error: null };
}
