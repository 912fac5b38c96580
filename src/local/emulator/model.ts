/**
 * The plain, serialisable shape of a workbook held by the local emulator.
 *
 * This is the contract between the emulator (which keeps a workbook in memory and
 * exposes it through Apps Script's `SpreadsheetApp` interfaces), the workbook file
 * (`.xlsx` read and written with exceljs) and the preview API. Everything here is plain
 * data: no classes, no functions. Coordinates are 1-based, like Apps Script.
 */

/** A cell value as Apps Script returns it: `""` for an empty cell. */
export type CellValue = string | number | boolean | Date;

/** A rectangular block of cells, 1-based, inclusive of its first row and column. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Data validation criteria the emulator understands (names as in `SpreadsheetApp.DataValidationCriteria`). */
export type ValidationCriteria = 'VALUE_IN_LIST' | 'VALUE_IN_RANGE' | 'CHECKBOX';

export interface ValidationModel {
  criteria: ValidationCriteria;
  /**
   * For VALUE_IN_LIST: `[values: string[], showDropdown: boolean]`.
   * For VALUE_IN_RANGE: `[a1NotationWithSheet: string, showDropdown: boolean]`.
   * For CHECKBOX: `[]`, or `[checked, unchecked]` when custom values are used.
   */
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ProtectionModel {
  /** `'SHEET'` protects the whole sheet; `'RANGE'` the given range. */
  type: 'SHEET' | 'RANGE';
  range?: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface ConditionalFormatModel {
  ranges: GridRange[];
  /** Boolean condition: e.g. `CUSTOM_FORMULA` with `['=$C2>5']`, `TEXT_EQ` with `['Won']`. */
  condition: { type: string; values: unknown[] };
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean; strikethrough?: boolean };
}

export interface ChartModel {
  id: number;
  /** `Charts.ChartType` name, e.g. `'BAR'`, `'COLUMN'`, `'LINE'`. */
  type: string;
  ranges: GridRange[];
  /** Anchor cell (1-based) and pixel offsets, as `EmbeddedChartBuilder.setPosition`. */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** Per-cell formatting kept by the emulator; absent keys mean the default. */
export interface CellFormatModel {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: 'bold' | 'normal';
  horizontalAlignment?: string;
  wrap?: boolean;
}

export interface SheetModel {
  name: string;
  /** Stable id, as `Sheet.getSheetId()`. */
  id: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /**
   * Cell values, `lastRow` × `lastColumn` (rows may be trimmed of trailing `""`).
   * Formula cells hold their last computed value here and their formula in `formulas`.
   */
  values: CellValue[][];
  /** Sparse list of formula cells; `formula` starts with `=`. */
  formulas: { row: number; column: number; formula: string }[];
  notes: { row: number; column: number; note: string }[];
  formats: { range: GridRange; format: CellFormatModel }[];
  validations: { range: GridRange; rule: ValidationModel }[];
  protections: ProtectionModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  /** Column widths in pixels, by 1-based column, where set. */
  columnWidths: { column: number; width: number }[];
  /** Tab colour (`Sheet.setTabColor`), absent when none. */
  tabColor?: string;
}

export interface WorkbookModel {
  id: string;
  name: string;
  /** e.g. `'en_US'`, `'fr_FR'`, as `Spreadsheet.getSpreadsheetLocale()`. */
  locale: string;
  /** IANA zone, as `Spreadsheet.getSpreadsheetTimeZone()`. */
  timeZone: string;
  /** Name of the active sheet. */
  activeSheet: string;
  sheets: SheetModel[];
  /** `PropertiesService` stores: document, script, and user (keyed by user e-mail). */
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
}
