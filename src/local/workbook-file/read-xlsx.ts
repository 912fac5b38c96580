/** xlsx → model: cell content from the sheets, everything else from the metadata when present. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellFormatModel, CellValue, ConditionalFormatModel, GridRange, SheetModel, ValidationModel, WorkbookModel } from '../emulator/model';
import { cellKey, keyColumn, keyRow } from './cell-key';
import { cellsToRanges } from './cell-ranges';
import { fromStyle } from './cell-style';
import { fromXlsxConditionalFormat } from './conditional-format-xlsx';
import { WorkbookFileError } from './errors';
import { decodeMetadata, METADATA_SHEET, SheetMetadata, WorkbookMetadata } from './metadata';
import { restoreOrder } from './ordering';
import { decodeShape } from './shape';
import { ZoneClock } from './time-zone';
import { dataValidations, fromXlsxValidation } from './validation-xlsx';

/** A new Google Sheets tab has 1000 rows and 26 columns; a plain xlsx gets at least that. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

const DAY = 86400000;
const EXCEL_EPOCH_OFFSET = 25569;
const serialToDate = (serial: number) => new Date(Math.round((serial - EXCEL_EPOCH_OFFSET) * DAY));
const dateToSerial = (date: Date) => EXCEL_EPOCH_OFFSET + date.getTime() / DAY;

interface SheetCells {
  cells: Map<number, CellValue>;
  formulas: { row: number; column: number; formula: string }[];
  notes: { row: number; column: number; note: string }[];
  styles: Map<number, Partial<ExcelJS.Style>>;
  /** Rows and row lengths up to the last non-empty cell. */
  rowLengths: number[];
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text as ExcelJS.CellValue);
  if ('result' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

function readCells(worksheet: ExcelJS.Worksheet): SheetCells {
  const result: SheetCells = { cells: new Map(), formulas: [], notes: [], styles: new Map(), rowLengths: [] };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let length = 0;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const key = cellKey(rowNumber, column);
      if (cell.style && Object.keys(cell.style).length > 0) result.styles.set(key, cell.style);
      const note = noteText(cell.note);
      if (note) result.notes.push({ row: rowNumber, column, note });
      // A merged cell echoes its master's value; the model keeps it once, in the master.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cell.formula;
      if (formula) result.formulas.push({ row: rowNumber, column, formula: `=${formula}` });
      const value = plainValue(cell.value);
      if (value !== '') result.cells.set(key, value);
      if (value !== '' || formula) length = column;
    });
    if (length > 0) {
      while (result.rowLengths.length < rowNumber - 1) result.rowLengths.push(0);
      result.rowLengths[rowNumber - 1] = length;
    }
  });
  return result;
}

/** The recorded shape when the cells still fit in it (the file may have been edited elsewhere), else a rectangle. */
function valueShape(read: SheetCells, meta: SheetMetadata | undefined): number[] {
  const recorded = meta ? decodeShape(meta.shape) : null;
  const fits = recorded && read.rowLengths.every((length, index) => length <= (recorded[index] ?? -1));
  if (recorded && fits) return recorded;
  const width = read.rowLengths.reduce((max, length) => Math.max(max, length), 0);
  return read.rowLengths.map(() => width);
}

function applyFixes(read: SheetCells, fixes: SheetMetadata['cellFixes'], clock: ZoneClock): void {
  const later = new Set<number>();
  for (const [row, column, kind] of fixes) if (kind === 'later-date') later.add(cellKey(row, column));
  for (const [key, value] of read.cells) {
    if (value instanceof Date) read.cells.set(key, clock.fromWallClock(value, later.has(key)));
  }
  for (const fix of fixes) {
    const key = cellKey(fix[0], fix[1]);
    const value = read.cells.get(key);
    if (fix[2] === 'number' && value instanceof Date) read.cells.set(key, fix[3] ?? dateToSerial(value));
    if (fix[2] === 'date' && typeof value === 'number') read.cells.set(key, clock.fromWallClock(serialToDate(value), later.has(key)));
  }
}

function toValues(read: SheetCells, lengths: number[]): CellValue[][] {
  return lengths.map((length, index) => {
    const row = new Array<CellValue>(length);
    for (let column = 1; column <= length; column += 1) row[column - 1] = read.cells.get(cellKey(index + 1, column)) ?? '';
    return row;
  });
}

/** Groups cells by an equal derived value and turns each group into ranges, in first-seen order. */
function groupRanges<T>(entries: Iterable<[number, T]>): { range: GridRange; value: T }[] {
  const groups = new Map<string, { value: T; cells: { row: number; column: number }[] }>();
  for (const [key, value] of entries) {
    const id = JSON.stringify(value);
    const group = groups.get(id) ?? { value, cells: [] };
    group.cells.push({ row: keyRow(key), column: keyColumn(key) });
    groups.set(id, group);
  }
  return [...groups.values()].flatMap((group) => cellsToRanges(group.cells).map((range) => ({ range, value: group.value })));
}

function plainFormats(read: SheetCells): SheetModel['formats'] {
  const formats: [number, CellFormatModel][] = [];
  for (const [key, style] of read.styles) {
    const format = fromStyle(style);
    if (Object.keys(format).length > 0) formats.push([key, format]);
  }
  return groupRanges(formats).map(({ range, value }) => ({ range, format: value }));
}

function plainValidations(worksheet: ExcelJS.Worksheet): SheetModel['validations'] {
  const model = dataValidations(worksheet).model;
  const rules: [number, ValidationModel][] = [];
  for (const [address, validation] of Object.entries(model)) {
    const cell = /^([A-Z]+)(\d+)$/.exec(address);
    const rule = validation && cell ? fromXlsxValidation(validation) : null;
    if (rule && cell) rules.push([cellKey(Number(cell[2]), worksheet.getColumn(cell[1]).number), rule]);
  }
  return groupRanges(rules).map(({ range, value }) => ({ range, rule: value }));
}

function plainConditionalFormats(worksheet: ExcelJS.Worksheet): ConditionalFormatModel[] {
  const list = (worksheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  return list.flatMap(fromXlsxConditionalFormat);
}

/** Sheets reports widths in pixels; inverse of `pixelsToChars`. */
function plainColumnWidths(worksheet: ExcelJS.Worksheet): SheetModel['columnWidths'] {
  const widths: SheetModel['columnWidths'] = [];
  (worksheet.columns ?? []).forEach((column, index) => {
    if (column.width !== undefined) widths.push({ column: index + 1, width: Math.round(column.width * 7 + 5) });
  });
  return widths;
}

function plainProtections(worksheet: ExcelJS.Worksheet): SheetModel['protections'] {
  const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return protection?.sheet ? [{ type: 'SHEET', description: '', warningOnly: false, editors: [] }] : [];
}

function readSheet(worksheet: ExcelJS.Worksheet, meta: SheetMetadata | undefined, clock: ZoneClock, id: number): SheetModel {
  const read = readCells(worksheet);
  applyFixes(read, meta?.cellFixes ?? [], clock);
  const values = toValues(read, valueShape(read, meta));
  const lastColumn = values.reduce((max, row) => Math.max(max, row.length), 0);
  const view = worksheet.views?.[0];
  const frozen = view?.state === 'frozen';
  return {
    name: meta?.name ?? worksheet.name,
    id,
    hidden: worksheet.state !== 'visible',
    maxRows: Math.max(values.length, meta?.maxRows ?? DEFAULT_ROWS),
    maxColumns: Math.max(lastColumn, meta?.maxColumns ?? DEFAULT_COLUMNS),
    frozenRows: frozen ? view.ySplit ?? 0 : 0,
    frozenColumns: frozen ? view.xSplit ?? 0 : 0,
    values,
    formulas: restoreOrder(read.formulas, meta?.order.formulas),
    notes: restoreOrder(read.notes, meta?.order.notes),
    formats: meta?.formats ?? plainFormats(read),
    validations: meta?.validations ?? plainValidations(worksheet),
    protections: meta?.protections ?? plainProtections(worksheet),
    conditionalFormats: meta?.conditionalFormats ?? plainConditionalFormats(worksheet),
    charts: meta?.charts ?? [],
    columnWidths: meta?.columnWidths ?? plainColumnWidths(worksheet),
  };
}

function readMetadata(workbook: ExcelJS.Workbook, label: string): WorkbookMetadata | null {
  const sheet = workbook.worksheets.find((ws) => ws.name === METADATA_SHEET);
  if (!sheet) return null;
  const chunks: string[] = [];
  sheet.eachRow((row) => chunks.push(String(plainValue(row.getCell(1).value))));
  return decodeMetadata(chunks, label);
}

/** Ids from the metadata where it names the tab, fresh unused ones otherwise (the first tab gets 0, as in Sheets). */
function sheetIds(metas: (SheetMetadata | undefined)[]): number[] {
  const used = new Set(metas.flatMap((meta) => (meta ? [meta.id] : [])));
  let next = 0;
  return metas.map((meta) => {
    if (meta) return meta.id;
    while (used.has(next)) next += 1;
    used.add(next);
    return next;
  });
}

export function xlsxToModel(workbook: ExcelJS.Workbook, label: string): WorkbookModel {
  const metadata = readMetadata(workbook, label);
  const worksheets = workbook.worksheets.filter((ws) => ws.name !== METADATA_SHEET);
  if (worksheets.length === 0) throw new WorkbookFileError(`Cannot read workbook "${label}": it has no worksheets`);
  const clock = new ZoneClock(metadata?.timeZone ?? 'Etc/UTC');
  const metas = worksheets.map((ws) => metadata?.sheets.find((meta) => (meta.fileName ?? meta.name) === ws.name));
  const ids = sheetIds(metas);
  const sheets = worksheets.map((ws, index) => readSheet(ws, metas[index], clock, ids[index]));
  const activeTab = workbook.views?.[0]?.activeTab ?? 0;
  const activeSheet = sheets.some((sheet) => sheet.name === metadata?.activeSheet)
    ? (metadata as WorkbookMetadata).activeSheet
    : (sheets[activeTab] ?? sheets[0]).name;
  return {
    id: metadata?.id ?? `local-${path.basename(label).replace(/\.[^.]*$/, '')}`,
    name: metadata?.name ?? path.basename(label).replace(/\.xlsx$/i, ''),
    locale: metadata?.locale ?? 'en_US',
    timeZone: metadata?.timeZone ?? 'Etc/UTC',
    activeSheet,
    sheets,
    properties: metadata?.properties ?? { document: {}, script: {}, user: {} },
  };
}
