import { translate } from '../core/i18n/strings';
import { userLanguage } from './user-language';

/**
 * Builds the add-on menu. Safe in AuthMode.NONE: it touches nothing but the Ui service
 * (and the user's locale, which falls back to English when refused).
 */
export function buildAddonMenu(): void {
  const language = userLanguage();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(translate(language, 'menu.setup'), 'setupPipeline')
    .addItem(translate(language, 'menu.openSidebar'), 'showSidebar')
    .addItem(translate(language, 'menu.refreshReports'), 'refreshReports')
    .addItem(translate(language, 'menu.validateAll'), 'validateAllRows')
    .addItem(translate(language, 'menu.normalise'), 'normaliseStageNames')
    .addSeparator()
    .addItem(translate(language, 'menu.help'), 'showHelp')
    .addToUi();
}
