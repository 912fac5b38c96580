import { LANGUAGES, type Language } from '../../core/i18n/language';
import { translate, type StringKey } from '../../core/i18n/strings';
import type { ChangeProblem } from '../../core/moves/change-problem';
import { settingsForPipeline } from '../../core/moves/settings-for-pipeline';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import type { PipelineDefinition } from '../../core/stages/stage';
import { foldLabel } from '../../core/text/fold';
import type { PipelineLayout } from '../pipeline-layout';
import { readWholeColumns } from '../pipeline-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What judging and logging stage changes needs besides the pipeline sheet itself. */
export interface StageContext {
  definition: PipelineDefinition;
  /** Set when Pipeline Settings cannot be read: every change is then refused with it (and the defaults stand in for naming stages). */
  settingsProblem: ChangeProblem | null;
  /** Stage History, `null` until the first change creates it. */
  historySheet: Sheet | null;
}

function namesOf(key: StringKey): Set<string> {
  return new Set(LANGUAGES.map((language) => foldLabel(translate(language, key))));
}

const SETTINGS_NAMES = namesOf('sheet.settings');

/** True for the name of Pipeline Settings, in either language (matched folded). */
export function isSettingsSheetName(name: string): boolean {
  return SETTINGS_NAMES.has(foldLabel(name));
}
const HISTORY_NAMES = namesOf('sheet.history');

/**
 * Whole columns A:Z hold any settings layout (it is 8 columns wide), so the sheet is read
 * without first asking its size; a sheet narrower than that is read by its used area.
 */
export function settingsValues(sheet: Sheet): unknown[][] {
  return readWholeColumns(sheet, 'A:Z');
}

/**
 * The pipeline definition and the Stage History sheet, found with one `getSheets()` (names
 * in either language, matched folded) and one read of Pipeline Settings. The settings are
 * read on every change rather than cached: a cache could not see a row deleted or sorted
 * by hand (no trigger fires for that), and the user's rules must never be judged stale.
 */
export function loadStageContext(spreadsheet: Spreadsheet, layout: PipelineLayout, language: Language): StageContext {
  const sheets = spreadsheet.getSheets();
  const named = (names: Set<string>) => sheets.find((sheet) => names.has(foldLabel(sheet.getName()))) ?? null;
  const settingsSheet = named(SETTINGS_NAMES);
  const historySheet = named(HISTORY_NAMES);
  const reading = settingsForPipeline(settingsSheet ? settingsValues(settingsSheet) : null, language, layout.block);
  if (reading.error === null) return { definition: reading.definition, settingsProblem: null, historySheet };
  const { cell, message } = reading.error;
  const where = `${settingsSheet?.getName() ?? ''}!${cell}`;
  return {
    definition: defaultPipeline(),
    settingsProblem: { code: 'settings', message: translate(language, 'enforce.settingsBroken', { cell: where, message }) },
    historySheet,
  };
}
