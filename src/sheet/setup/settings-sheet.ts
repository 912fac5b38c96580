import { columnLetters } from '../../core/columns/a1-notation';
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

/** Document property set once the probability column is shown as percent down to the bottom of Pipeline Settings. */
const PERCENT_COLUMN_PROPERTY = 'sheetsPipeline.settingsPercentColumn';

/** True when the probability column of Pipeline Settings is known to show percents down to the bottom. */
export function probabilityColumnFormatted(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(PERCENT_COLUMN_PROPERTY) === '1';
}

/**
 * Shows the probability column of Pipeline Settings as percent from the first stage row
 * down to the bottom of the sheet, in one call, so stages and blocks added later show
 * percents too without another call (only numbers take the format: that column holds no
 * other numbers). Remembered in the document's properties.
 */
export function formatProbabilityColumn(sheet: Sheet): void {
  const column = columnLetters(STAGE_COLUMN_ORDER.indexOf('probability') + 1);
  sheet.getRange(`${column}3:${column}`).setNumberFormat('0%');
  PropertiesService.getDocumentProperties().setProperty(PERCENT_COLUMN_PROPERTY, '1');
}

/**
 * Creates Pipeline Settings with the default pipeline in `language` (block `Default`):
 * one write, title and stage header in bold, probabilities shown as percent.
 */
export function createSettingsSheet(spreadsheet: Spreadsheet, language: Language): Sheet {
  const values = renderSettings(defaultPipeline(), language, DEFAULT_PIPELINE_NAME);
  const sheet = spreadsheet.insertSheet(translate(language, 'sheet.settings'));
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  sheet.getRange(1, 1, 2, values[0].length).setFontWeight('bold');
  formatProbabilityColumn(sheet);
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
