import type { FunctionContext } from '../core/custom-functions/context';
import { languageOf } from '../core/i18n/language';
import { readPipelineDefinition } from './pipeline-definition';

/**
 * What custom functions need from the spreadsheet: the pipeline definition (read-only),
 * locale, time zone. Custom functions run without the user's identity, so the language
 * is the spreadsheet's locale rather than the user's.
 */
export function functionContext(): FunctionContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const language = languageOf(locale);
  return {
    definition: readPipelineDefinition(spreadsheet, language),
    language,
    locale,
    timeZone,
    monthOf: (date) => Utilities.formatDate(date, timeZone, 'yyyy-MM'),
    now: new Date(),
  };
}
