/** Model → xlsx: real xlsx features where xlsx has them, the rest in the metadata sheet. */
import ExcelJS from 'exceljs';
import type { CellFormatModel, CellValue, SheetModel, WorkbookModel } from '../emulator/model';
import { cellKey, keyColumn, keyRow } from './cell-key';
import { isDateFormat, toStyle } from './cell-style';
import { toXlsxConditionalFormat } from './conditional-format-xlsx';
import { rangeA1 } from './a1';
import { CellFix, encodeMetadata, METADATA_SHEET, newMetadata, SheetMetadata } from './metadata';
import { modelOrder } from './ordering';
import { dataValidations } from './validation-xlsx';
import { encodeShape } from './shape';
import { xlsxSheetName } from './sheet-name';
import { ZoneClock } from './time-zone';
import { toXlsxValidation } from './validation-xlsx';

/** Formatted empty cells are written down to at least this row, like a new Sheets tab. */
const MIN_STYLED_ROWS = 1000;
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** Pixel widths as Sheets reports them → xlsx character widths (Calibri 11: 7 px a character plus 5 px padding). */
export const pixelsToChars = (px: number) => Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);

/** Merged formats by cell key, later model entries winning, as Sheets applies them. */
function cellFormats(sheet: SheetModel, lastRow: number, lastColumn: number): Map<number, CellFormatModel> {
  const merged = new Map<number, CellFormatModel>();
  for (const { range, format } of sheet.formats) {
    const endRow = Math.min(range.row + range.numRows - 1, lastRow);
    const endColumn = Math.min(range.column + range.numColumns - 1, lastColumn);
    for (let row = range.row; row <= endRow; row += 1) {
      for (let column = range.column; column <= endColumn; column += 1) {
        const key = cellKey(row, column);
        const previous = merged.get(key);
        merged.set(key, previous ? { ...previous, ...format } : format);
      }
    }
  }
  return merged;
}

/** Shares one style object per distinct format so exceljs's style table stays small. */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  get(format: CellFormatModel): Partial<ExcelJS.Style> {
    const key = JSON.stringify(format);
    let style = this.styles.get(key);
    if (!style) {
      style = toStyle(format);
      this.styles.set(key, style);
    }
    return style;
  }
}

class SheetWriter {
  readonly fixes: CellFix[] = [];
  private readonly formulas = new Map<number, string>();
  private readonly formats: Map<number, CellFormatModel>;

  constructor(
    private readonly sheet: SheetModel,
    private readonly worksheet: ExcelJS.Worksheet,
    private readonly clock: ZoneClock,
    private readonly styles: StyleCache,
  ) {
    for (const { row, column, formula } of sheet.formulas) this.formulas.set(cellKey(row, column), formula);
    const lastColumn = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.formats = cellFormats(sheet, Math.max(sheet.values.length, MIN_STYLED_ROWS), Math.max(lastColumn, 26));
  }

  write(): void {
    const written = new Set<number>();
    this.sheet.values.forEach((cells, index) => {
      const row = index + 1;
      cells.forEach((value, columnIndex) => {
        const column = columnIndex + 1;
        const key = cellKey(row, column);
        if (isEmpty(value) && !this.formulas.has(key) && !this.formats.has(key)) return;
        this.writeCell(row, column, value);
        written.add(key);
      });
    });
    // Formulas, notes and formats may sit outside the stored values (e.g. formatted empty rows).
    for (const key of [...this.formulas.keys(), ...this.formats.keys()]) {
      if (!written.has(key)) {
        this.writeCell(keyRow(key), keyColumn(key), '');
        written.add(key);
      }
    }
    for (const { row, column, note } of this.sheet.notes) this.worksheet.getCell(row, column).note = note;
  }

  private writeCell(row: number, column: number, rawValue: CellValue): void {
    const key = cellKey(row, column);
    const value = isEmpty(rawValue) ? '' : rawValue;
    let format = this.formats.get(key) ?? {};
    const dateFormatted = isDateFormat(format.numberFormat);
    let stored: ExcelJS.CellValue = value === '' ? null : value;
    if (value instanceof Date) {
      stored = this.clock.toWallClock(value);
      if (!format.numberFormat) {
        format = { ...format, numberFormat: isMidnight(stored) ? DATE_FORMAT : DATE_TIME_FORMAT };
      } else if (!dateFormatted) {
        this.fixes.push([row, column, 'date']);
      }
      if (this.clock.needsLaterInstant(value)) this.fixes.push([row, column, 'later-date']);
    } else if (typeof value === 'number' && dateFormatted) {
      this.fixes.push([row, column, 'number', value]);
    }
    const formula = this.formulas.get(key);
    if (formula !== undefined) {
      stored = { formula: formula.replace(/^=/, ''), result: stored ?? undefined } as ExcelJS.CellFormulaValue;
    }
    const cell = this.worksheet.getCell(row, column);
    cell.value = stored;
    if (Object.keys(format).length > 0) cell.style = this.styles.get(format);
  }
}

const isEmpty = (value: CellValue | null | undefined) => value === '' || value === null || value === undefined;

const isMidnight = (wallClock: Date) => wallClock.getTime() % 86400000 === 0;

function applyLayout(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
    worksheet.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
  }
  for (const { column, width } of sheet.columnWidths) worksheet.getColumn(column).width = pixelsToChars(width);
  for (const { range, rule } of sheet.validations) {
    const validation = toXlsxValidation(rule);
    // exceljs writes a range key as one sqref rather than one rule per cell.
    if (validation) dataValidations(worksheet).add(rangeA1(range), validation);
  }
  sheet.conditionalFormats.forEach((rule, index) => {
    const options = toXlsxConditionalFormat(rule, index + 1);
    if (options) worksheet.addConditionalFormatting(options);
  });
}

/** Only an enforced whole-sheet protection has an xlsx counterpart; range protections live in the metadata. */
async function applyProtection(sheet: SheetModel, worksheet: ExcelJS.Worksheet): Promise<void> {
  if (sheet.protections.some((p) => p.type === 'SHEET' && !p.warningOnly)) {
    await worksheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  }
}

function sheetMetadata(sheet: SheetModel, fixes: SheetMetadata['cellFixes']): SheetMetadata {
  const { name, id, maxRows, maxColumns, formats, validations, protections, conditionalFormats, charts, columnWidths } = sheet;
  const order: SheetMetadata['order'] = {};
  const notes = modelOrder(sheet.notes);
  const formulas = modelOrder(sheet.formulas);
  if (notes) order.notes = notes;
  if (formulas) order.formulas = formulas;
  return {
    name, id, maxRows, maxColumns,
    shape: encodeShape(sheet.values),
    formats, validations, protections, conditionalFormats, charts, columnWidths,
    cellFixes: fixes,
    order,
  };
}

export async function modelToXlsx(model: WorkbookModel): Promise<ExcelJS.Workbook> {
  if (model.sheets.some((sheet) => sheet.name === METADATA_SHEET)) {
    throw new Error(`a sheet may not be named "${METADATA_SHEET}" (reserved for the workbook's metadata)`);
  }
  const workbook = new ExcelJS.Workbook();
  const clock = new ZoneClock(model.timeZone);
  const styles = new StyleCache();
  const taken = new Set<string>([METADATA_SHEET.toLowerCase()]);
  const sheets: SheetMetadata[] = [];
  for (const sheet of model.sheets) {
    const fileName = xlsxSheetName(sheet.name, taken);
    taken.add(fileName.toLowerCase());
    const worksheet = workbook.addWorksheet(fileName, { state: sheet.hidden ? 'hidden' : 'visible' });
    const writer = new SheetWriter(sheet, worksheet, clock, styles);
    writer.write();
    applyLayout(sheet, worksheet);
    await applyProtection(sheet, worksheet);
    sheets.push({ ...sheetMetadata(sheet, writer.fixes), ...(fileName === sheet.name ? {} : { fileName }) });
  }
  const hiddenSheet = workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
  encodeMetadata(newMetadata(model, sheets)).forEach((chunk, index) => {
    hiddenSheet.getCell(index + 1, 1).value = chunk;
  });
  const activeTab = Math.max(0, model.sheets.findIndex((sheet) => sheet.name === model.activeSheet));
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  return workbook;
}
