import { LANGUAGES } from '../../core/i18n/language';
import { translate, type StringKey } from '../../core/i18n/strings';
import { foldLabel } from '../../core/text/fold';

const OWNED: readonly StringKey[] = ['sheet.settings', 'sheet.history', 'sheet.conversion', 'sheet.forecast', 'sheet.importReport'];
const OWNED_NAMES = new Set(OWNED.flatMap((key) => LANGUAGES.map((language) => foldLabel(translate(language, key)))));

/** Whether a sheet name is one of the tabs the add-on keeps itself (settings, history, reports), in either language. */
export function isAddonSheetName(name: string): boolean {
  return OWNED_NAMES.has(foldLabel(name));
}
