import type { DealColumn } from '../columns/deal-columns';
import type { ColumnMap } from '../columns/find-columns';

/** Deal columns whose text cells are read through the spreadsheet's locale (decimal commas, day/month order). */
const LOCALE_COLUMNS: readonly DealColumn[] = ['Amount', 'Probability', 'Score', 'Expected close', 'Created', 'Last activity', 'Next step due'];

/**
 * Whether parsing `rows` needs the spreadsheet's locale: only when a locale-dependent column
 * holds text. Numbers and dates typed in Sheets arrive as numbers and dates already, so the
 * usual sheet costs no extra service call to ask for the locale.
 */
export function needsSpreadsheetLocale(rows: readonly (readonly unknown[])[], columns: ColumnMap): boolean {
  const indexes = LOCALE_COLUMNS.map((column) => columns[column]).filter((index): index is number => index !== undefined);
  return rows.some((row) => indexes.some((index) => typeof row[index] === 'string' && (row[index] as string).trim() !== ''));
}
