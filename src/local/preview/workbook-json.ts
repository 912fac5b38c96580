import type { CellValue } from '../emulator/model';

/** A sheet as `GET /api/workbook` returns it: values JSON-safe (dates as ISO strings). */
export interface SheetJson {
  name: string;
  hidden: boolean;
  frozenRows: number;
  values: (string | number | boolean)[][];
  /** Same shape as `values`; `''` where the cell holds no formula. */
  formulas: string[][];
  /** What Sheets would show in each cell (number formats applied). */
  displayValues: string[][];
}

export interface WorkbookJson {
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  sheets: SheetJson[];
}

export function cellToJson(value: CellValue): string | number | boolean {
  return value instanceof Date ? value.toISOString() : value;
}
