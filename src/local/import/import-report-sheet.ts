/** The Import report tab: one row per problem (row, column, value, problem), or one line saying there was none. */
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import type { CellValue, SheetModel } from '../emulator/model';
import type { ImportProblem } from './import-problems';

/** Rows of a new Sheets tab; the report grows past it when it has more problems. */
const MIN_ROWS = 1000;
const WIDTHS = [90, 180, 220, 640];

export function importReportSheet(problems: readonly ImportProblem[], language: Language, id: number, fileName: string): SheetModel {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const header: CellValue[] = [t('import.column.row'), t('import.column.column'), t('import.column.value'), t('import.column.problem')];
  const values: CellValue[][] =
    problems.length === 0
      ? [header, ['', '', '', t('import.none', { file: fileName })]]
      : [header, ...problems.map((p): CellValue[] => [p.rowText ?? p.row, p.columnName, p.value, p.message])];
  return {
    name: t('sheet.importReport'),
    id,
    hidden: false,
    maxRows: Math.max(MIN_ROWS, values.length),
    maxColumns: header.length,
    frozenRows: 1,
    frozenColumns: 0,
    values,
    formulas: [],
    notes: [],
    formats: [
      { range: { row: 1, column: 1, numRows: 1, numColumns: header.length }, format: { fontWeight: 'bold' } },
      { range: { row: 1, column: 4, numRows: values.length, numColumns: 1 }, format: { wrap: true } },
    ],
    validations: [],
    protections: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: WIDTHS.map((width, i) => ({ column: i + 1, width })),
  };
}
