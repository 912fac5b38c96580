import { translate } from '../core/i18n/strings';
import { userLanguage } from './user-language';

/** Name of the sidebar's HTML file in the Apps Script project (`dist/Sidebar.html`). */
export const SIDEBAR_FILE = 'Sidebar';

/** Opens the sidebar. Its width is fixed by Sheets at 300 px. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(translate(userLanguage(), 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Shows the help text in a dialog, in the user's language. */
export function showHelp(): void {
  const language = userLanguage();
  SpreadsheetApp.getUi().alert(translate(language, 'help.title'), translate(language, 'help.body'), SpreadsheetApp.getUi().ButtonSet.OK);
}
