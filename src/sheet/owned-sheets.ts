import { LANGUAGES } from '../core/i18n/language';
import { translate, type StringKey } from '../core/i18n/strings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A sheet the add-on owns, found by its English or French name (GLOSSARY.md), one
 * `getSheetByName` per language: cheaper than listing every sheet.
 */
export function findOwnedSheet(spreadsheet: Spreadsheet, nameKey: StringKey): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const language of LANGUAGES) {
    const sheet = spreadsheet.getSheetByName(translate(language, nameKey));
    if (sheet) return sheet;
  }
  return null;
}
