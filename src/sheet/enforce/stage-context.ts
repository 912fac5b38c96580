import { quotedSheetName } from '../../core/columns/a1-notation';
import { LANGUAGES, type Language } from '../../core/i18n/language';
import { translate, type StringKey } from '../../core/i18n/strings';
import type { ChangeProblem } from '../../core/moves/change-problem';
import { settingsForPipeline } from '../../core/moves/settings-for-pipeline';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import type { PipelineDefinition } from '../../core/stages/stage';
import { foldLabel } from '../../core/text/fold';
import type { PipelineLayout } from '../pipeline-layout';
import { rememberOwnedSheets, type OwnedSheetNames } from '../pipeline-registry';
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

/** Pipeline Settings (its sheet and values) and Stage History, however they were found. */
interface OwnedSheets {
  /** `null`: no Pipeline Settings (the defaults stand). */
  settings: { sheet: Sheet; values: unknown[][] } | null;
  history: Sheet | null;
}

/**
 * The sheets by the names the registry remembers, in one counted call: the settings' whole
 * columns read through the spreadsheet, Stage History as a handle (`getRange` and `getSheet`
 * read nothing). `null` when either name no longer resolves: a sheet renamed or deleted, or
 * a settings sheet narrower than A:Z (`Range not found`, thrown by `getRange` before any read).
 */
function sheetsByName(spreadsheet: Spreadsheet, names: OwnedSheetNames): OwnedSheets | null {
  try {
    const history = spreadsheet.getRange(`${quotedSheetName(names.history)}!A1`).getSheet();
    const settings = spreadsheet.getRange(`${quotedSheetName(names.settings)}!A:Z`);
    return { settings: { sheet: settings.getSheet(), values: settings.getValues() }, history };
  } catch (_moved) {
    return null;
  }
}

/**
 * The sheets found by listing them all (`getSheets`, names in either language matched
 * folded) and a read of Pipeline Settings; when both are there, their names are remembered
 * for the next edits (only when they changed).
 */
function sheetsBySearch(spreadsheet: Spreadsheet, layout: PipelineLayout): OwnedSheets {
  const sheets = spreadsheet.getSheets();
  const named = (names: Set<string>) => sheets.find((sheet) => names.has(foldLabel(sheet.getName()))) ?? null;
  const settingsSheet = named(SETTINGS_NAMES);
  const historySheet = named(HISTORY_NAMES);
  if (settingsSheet && historySheet) {
    const found = { settings: settingsSheet.getName(), history: historySheet.getName() };
    const known = layout.ownedSheets;
    if (!known || known.settings !== found.settings || known.history !== found.history) rememberOwnedSheets(layout.sheet.getSheetId(), found);
  }
  return {
    settings: settingsSheet && { sheet: settingsSheet, values: settingsValues(settingsSheet) },
    history: historySheet,
  };
}

/**
 * The pipeline definition and the Stage History sheet. Usually one call: both sheets by the
 * names the registry remembers for this pipeline (`layout.ownedSheets`), the settings read
 * whole; when those names are unknown or no longer resolve, one `getSheets()` (names in
 * either language, matched folded) and one read of Pipeline Settings, and the names found
 * are remembered. The settings are read on every change rather than cached: a cache could
 * not see a row deleted or sorted by hand (no trigger fires for that), and the user's rules
 * must never be judged stale.
 */
export function loadStageContext(spreadsheet: Spreadsheet, layout: PipelineLayout, language: Language): StageContext {
  const owned = (layout.ownedSheets && sheetsByName(spreadsheet, layout.ownedSheets)) ?? sheetsBySearch(spreadsheet, layout);
  const historySheet = owned.history;
  const reading = settingsForPipeline(owned.settings?.values ?? null, language, layout.block);
  if (reading.error === null) return { definition: reading.definition, settingsProblem: null, historySheet };
  const { cell, message } = reading.error;
  const where = `${owned.settings?.sheet.getName() ?? ''}!${cell}`;
  return {
    definition: defaultPipeline(),
    settingsProblem: { code: 'settings', message: translate(language, 'enforce.settingsBroken', { cell: where, message }) },
    historySheet,
  };
}
