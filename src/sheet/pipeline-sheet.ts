import { foldLabel } from '../core/text/fold';
import { LANGUAGES } from '../core/i18n/language';
import { translate } from '../core/i18n/strings';
import { registeredSheetIds } from './pipeline-registry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PIPELINE_NAMES = new Set(LANGUAGES.map((language) => foldLabel(translate(language, 'sheet.pipeline'))));

/**
 * The spreadsheet's pipeline sheet: the first sheet set up as one, else the tab named
 * Pipeline in either language, matched folded.
 */
export function findPipelineSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet | null {
  const sheets = spreadsheet.getSheets();
  const registered = new Set(registeredSheetIds());
  if (registered.size > 0) {
    const sheet = sheets.find((s) => registered.has(s.getSheetId()));
    if (sheet) return sheet;
  }
  return sheets.find((sheet) => PIPELINE_NAMES.has(foldLabel(sheet.getName()))) ?? null;
}

/** Every value of the sheet's used area in one read (`[]` for an empty sheet). */
export function readAllValues(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return [];
  return sheet.getRange(1, 1, lastRow, lastColumn).getValues();
}
