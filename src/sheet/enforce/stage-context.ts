import { columnLetters, quotedSheetName } from '../../core/columns/a1-notation';
import { LANGUAGES, type Language } from '../../core/i18n/language';
import { translate, type StringKey } from '../../core/i18n/strings';
import type { ChangeProblem } from '../../core/moves/change-problem';
import { settingsForPipeline } from '../../core/moves/settings-for-pipeline';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import type { PipelineDefinition } from '../../core/stages/stage';
import { foldLabel } from '../../core/text/fold';
import type { PipelineLayout } from '../pipeline-layout';
import { rememberOwnedSheets, type OwnedSheetNames } from '../pipeline-registry';

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

/** Whole columns A:Z hold any settings layout (it is 8 columns wide). */
const SETTINGS_COLUMNS = 26;

/**
 * The values of Pipeline Settings: its whole columns A:Z, which hold any settings layout,
 * read without first asking the sheet's size; a sheet narrower than that (a user deleted
 * the empty columns) is read whole, and its width (`columns`) told.
 */
export function readSettingsSheet(sheet: Sheet): { values: unknown[][]; columns?: number } {
  try {
    return { values: sheet.getRange(`A:${columnLetters(SETTINGS_COLUMNS)}`).getValues() };
  } catch (_narrow) {
    const columns = sheet.getMaxColumns();
    return { values: sheet.getRange(`A:${columnLetters(columns)}`).getValues(), columns };
  }
}

/** The values of Pipeline Settings (see readSettingsSheet). */
export function settingsValues(sheet: Sheet): unknown[][] {
  return readSettingsSheet(sheet).values;
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
 * read nothing). `null` when either name no longer resolves (a sheet renamed or deleted),
 * or the settings sheet is no longer as wide as remembered (`Range not found`, thrown by
 * `getRange` before any read; see settingsColumns).
 */
function sheetsByName(spreadsheet: Spreadsheet, names: OwnedSheetNames): OwnedSheets | null {
  try {
    const history = spreadsheet.getRange(`${quotedSheetName(names.history)}!A1`).getSheet();
    const settings = settingsByName(spreadsheet, names);
    return settings && { settings: { sheet: settings.getSheet(), values: settings.getValues() }, history };
  } catch (_moved) {
    return null;
  }
}

/**
 * Pipeline Settings' whole columns, A:Z; for a sheet remembered narrower than that, all of
 * its `settingsColumns` columns, only while it has exactly that many: one more column
 * resolving means columns were added, which could hold settings that a read of the old
 * width would miss (`null`); fewer columns make the read's `getRange` throw.
 */
function settingsByName(spreadsheet: Spreadsheet, names: OwnedSheetNames): GoogleAppsScript.Spreadsheet.Range | null {
  const sheet = quotedSheetName(names.settings);
  const width = names.settingsColumns;
  if (width === undefined) return spreadsheet.getRange(`${sheet}!A:${columnLetters(SETTINGS_COLUMNS)}`);
  const next = columnLetters(width + 1);
  try {
    spreadsheet.getRange(`${sheet}!${next}:${next}`);
    return null;
  } catch (_asWide) {
    return spreadsheet.getRange(`${sheet}!A:${columnLetters(width)}`);
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
  // A narrow sheet's width is remembered too, so that the next edits read it by name the same way (see settingsByName).
  const settings = settingsSheet && { sheet: settingsSheet, ...readSettingsSheet(settingsSheet) };
  if (settings && historySheet) {
    const found: OwnedSheetNames = { settings: settings.sheet.getName(), history: historySheet.getName() };
    if (settings.columns !== undefined) found.settingsColumns = settings.columns;
    const known = layout.ownedSheets;
    const changed = !known || known.settings !== found.settings || known.history !== found.history || known.settingsColumns !== found.settingsColumns;
    if (changed) rememberOwnedSheets(layout.sheet.getSheetId(), found);
  }
  return { settings: settings && { sheet: settings.sheet, values: settings.values }, history: historySheet };
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
