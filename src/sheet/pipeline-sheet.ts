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

/** A sheet's used area and its values, read with two calls whatever its size. */
export interface UsedValues {
  /** The used area (A1 alone for an empty sheet). */
  range: GoogleAppsScript.Spreadsheet.Range;
  /** `[]` for an empty sheet. */
  values: unknown[][];
}

export function readUsedValues(sheet: Sheet): UsedValues {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === '';
  return { range, values: empty ? [] : values };
}

/** Every value of the sheet's used area in one read (`[]` for an empty sheet). */
export function readAllValues(sheet: Sheet): unknown[][] {
  return readUsedValues(sheet).values;
}

/** Whole columns (`A:Z`), read without asking the sheet's size first (one call); the used area of a sheet narrower than them. */
export function readWholeColumns(sheet: Sheet, a1: string): unknown[][] {
  try {
    return sheet.getRange(a1).getValues();
  } catch (_narrow) {
    return readUsedValues(sheet).values;
  }
}
