import { languageOf, type Language } from '../core/i18n/language';
import { parseDeals, type ParsedDeals } from '../core/parse/parse-deals';
import type { PipelineDefinition } from '../core/stages/stage';
import type { PipelineLayout } from './pipeline-layout';

export interface SheetDeals extends ParsedDeals {
  /** Every value of the sheet's used area, as read (rows[0] is sheet row 1). */
  rows: unknown[][];
}

/**
 * The pipeline sheet's deals in one read of its used area, parsed in the spreadsheet's
 * locale and time zone. Sheet row of a deal = layout.headerRow + 1 + deal.index.
 */
export function readDeals(layout: PipelineLayout, definition: PipelineDefinition, language: Language = userLanguageFallback(layout)): SheetDeals {
  const spreadsheet = layout.sheet.getParent();
  const lastRow = layout.sheet.getLastRow();
  const lastColumn = Math.max(layout.sheet.getLastColumn(), layout.headers.length);
  const rows = lastRow === 0 ? [] : layout.sheet.getRange(1, 1, lastRow, lastColumn).getValues();
  const parsed = parseDeals(rows, {
    definition,
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    language,
  });
  return { ...parsed, rows };
}

function userLanguageFallback(layout: PipelineLayout): Language {
  return languageOf(layout.sheet.getParent().getSpreadsheetLocale());
}
