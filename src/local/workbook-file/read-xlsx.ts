/**
 * xlsx → model: cell content from the sheets, everything else from the metadata when
 * present. Two readers feed the same assembly: `read-package.ts` parses our own files
 * (and any file that still carries our metadata) fast, straight from the XML; exceljs
 * reads everything else, including what a plain xlsx says about formats and validations.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Language } from '../../core/i18n/language';
import { fileText } from '../i18n/file-strings';
import type { CellFormatModel, CellValue, ConditionalFormatModel, GridRange, SheetModel, ValidationModel, WorkbookModel } from '../emulator/model';
import { cellKey, keyColumn, keyRow } from './cell-key';
import { cellsToRanges } from './cell-ranges';
import { fromStyle } from './cell-style';
import { fromXlsxConditionalFormat } from './conditional-format-xlsx';
import { cannotReadWorkbook } from './errors';
import { decodeMetadata, METADATA_SHEET, SheetMetadata, WorkbookMetadata } from './metadata';
import { restoreOrder } from './ordering';
import { decodeShape } from './shape';
import { ZoneClock } from './time-zone';
import { dataValidations, fromXlsxValidation } from './validation-xlsx';
import { serialToDate, wallMsToSerial } from './excel-serial';

/** A new Google Sheets tab has 1000 rows and 26 columns; a plain xlsx gets at least that. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

const dateToSerial = (date: Date) => wallMsToSerial(date.getTime());

/** The cells of one worksheet as a reader found them; dates are wall clocks (UTC fields). */
export interface RawCells {
  /** Values by row (index = row − 1); rows may be short or missing, `''` is empty. */
  rows: CellValue[][];
  /** By row index: the column of the last cell holding a value or a formula, 0 for none. */
  rowLengths: number[];
  formulas: { row: number; column: number; formula: string }[];
  notes: { row: number; column: number; note: string }[];
}

/** What only a plain xlsx (a tab without metadata) needs from the file. */
export interface PlainSheetParts {
  formats: SheetModel['formats'];
  validations: SheetModel['validations'];
  protections: SheetModel['protections'];
  conditionalFormats: SheetModel['conditionalFormats'];
  columnWidths: SheetModel['columnWidths'];
}

export interface RawSheet {
  /** The tab's name in the file. */
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  cells: RawCells;
  /** Asked only for a tab the metadata does not describe. */
  plain(): PlainSheetParts;
}

export interface RawWorkbook {
  /** Every tab but the metadata sheet, in file order. */
  sheets: RawSheet[];
  /** The metadata sheet's column A, or null when the file has none. */
  metadataChunks: string[] | null;
  activeTab: number;
}

/** The recorded shape when the cells still fit in it (the file may have been edited elsewhere), else a rectangle. */
function valueShape(cells: RawCells, meta: SheetMetadata | undefined): number[] {
  let lastRow = cells.rowLengths.length;
  while (lastRow > 0 && !cells.rowLengths[lastRow - 1]) lastRow -= 1;
  const lengths = Array.from({ length: lastRow }, (_, index) => cells.rowLengths[index] ?? 0);
  const recorded = meta ? decodeShape(meta.shape) : null;
  const fits = recorded && lengths.every((length, index) => length <= (recorded[index] ?? -1));
  if (recorded && fits) return recorded;
  const width = lengths.reduce((max, length) => Math.max(max, length), 0);
  return lengths.map(() => width);
}

function applyFixes(cells: RawCells, fixes: SheetMetadata['cellFixes'], clock: ZoneClock): void {
  const later = new Set<number>();
  for (const [row, column, kind] of fixes) if (kind === 'later-date') later.add(cellKey(row, column));
  cells.rows.forEach((values, index) => {
    if (!values) return;
    for (let column = 0; column < values.length; column += 1) {
      const value = values[column];
      // The reader's wall-clock Dates are its own: turn them into instants in place.
      if (value instanceof Date) value.setTime(clock.instantOf(value.getTime(), later.size > 0 && later.has(cellKey(index + 1, column + 1))));
    }
  });
  for (const fix of fixes) {
    const values = cells.rows[fix[0] - 1];
    const value = values?.[fix[1] - 1];
    if (fix[2] === 'number' && value instanceof Date) values[fix[1] - 1] = fix[3] ?? dateToSerial(value);
    if (fix[2] === 'date' && typeof value === 'number') values[fix[1] - 1] = clock.fromWallClock(serialToDate(value), later.has(cellKey(fix[0], fix[1])));
  }
}

function toValues(cells: RawCells, lengths: number[]): CellValue[][] {
  return lengths.map((length, index) => {
    const source = cells.rows[index];
    if (source && source.length === length) {
      // Reuse the row the reader built when it is already dense and of the right length.
      let dense = true;
      for (let column = 0; column < length && dense; column += 1) dense = source[column] !== undefined;
      if (dense) return source;
    }
    const row = new Array<CellValue>(length);
    for (let column = 0; column < length; column += 1) row[column] = source?.[column] ?? '';
    return row;
  });
}

function assembleSheet(raw: RawSheet, meta: SheetMetadata | undefined, clock: ZoneClock, id: number): SheetModel {
  applyFixes(raw.cells, meta?.cellFixes ?? [], clock);
  const values = toValues(raw.cells, valueShape(raw.cells, meta));
  const lastColumn = values.reduce((max, row) => Math.max(max, row.length), 0);
  const plain = meta ? null : raw.plain();
  const sheet: SheetModel = {
    name: meta?.name ?? raw.name,
    id,
    hidden: raw.hidden,
    maxRows: Math.max(values.length, meta?.maxRows ?? DEFAULT_ROWS),
    maxColumns: Math.max(lastColumn, meta?.maxColumns ?? DEFAULT_COLUMNS),
    frozenRows: raw.frozenRows,
    frozenColumns: raw.frozenColumns,
    values,
    formulas: restoreOrder(raw.cells.formulas, meta?.order.formulas),
    notes: restoreOrder(raw.cells.notes, meta?.order.notes),
    formats: meta?.formats ?? plain?.formats ?? [],
    validations: meta?.validations ?? plain?.validations ?? [],
    protections: meta?.protections ?? plain?.protections ?? [],
    conditionalFormats: meta?.conditionalFormats ?? plain?.conditionalFormats ?? [],
    charts: meta?.charts ?? [],
    columnWidths: meta?.columnWidths ?? plain?.columnWidths ?? [],
  };
  if (meta?.tabColor !== undefined) sheet.tabColor = meta.tabColor;
  return sheet;
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

/** The model of a workbook read by either reader; errors (`WorkbookFileError`) in `language`. */
export function assembleModel(raw: RawWorkbook, label: string, language: Language = 'en'): WorkbookModel {
  const metadata = raw.metadataChunks ? decodeMetadata(raw.metadataChunks, label, language) : null;
  if (raw.sheets.length === 0) throw cannotReadWorkbook(label, fileText(language, 'reason.noWorksheets'), language);
  const clock = new ZoneClock(metadata?.timeZone ?? 'Etc/UTC');
  const metas = raw.sheets.map((sheet) => metadata?.sheets.find((meta) => (meta.fileName ?? meta.name) === sheet.name));
  const ids = sheetIds(metas);
  const sheets = raw.sheets.map((sheet, index) => assembleSheet(sheet, metas[index], clock, ids[index]));
  const activeSheet = sheets.some((sheet) => sheet.name === metadata?.activeSheet)
    ? (metadata as WorkbookMetadata).activeSheet
    : (sheets[raw.activeTab] ?? sheets[0]).name;
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

// ---------------------------------------------------------------------------------------
// The exceljs reader, for any xlsx.

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

function readCells(worksheet: ExcelJS.Worksheet): { cells: RawCells; styles: Map<number, Partial<ExcelJS.Style>> } {
  const cells: RawCells = { rows: [], rowLengths: [], formulas: [], notes: [] };
  const styles = new Map<number, Partial<ExcelJS.Style>>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let length = 0;
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const key = cellKey(rowNumber, column);
      if (cell.style && Object.keys(cell.style).length > 0) styles.set(key, cell.style);
      const note = noteText(cell.note);
      if (note) cells.notes.push({ row: rowNumber, column, note });
      // A merged cell echoes its master's value; the model keeps it once, in the master.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cell.formula;
      if (formula) cells.formulas.push({ row: rowNumber, column, formula: `=${formula}` });
      const value = plainValue(cell.value);
      if (value !== '') values[column - 1] = value;
      if (value !== '' || formula) length = column;
    });
    cells.rows[rowNumber - 1] = values;
    cells.rowLengths[rowNumber - 1] = length;
  });
  return { cells, styles };
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

function plainFormats(styles: Map<number, Partial<ExcelJS.Style>>): SheetModel['formats'] {
  const formats: [number, CellFormatModel][] = [];
  for (const [key, style] of styles) {
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

function rawSheet(worksheet: ExcelJS.Worksheet): RawSheet {
  const { cells, styles } = readCells(worksheet);
  const view = worksheet.views?.[0];
  const frozen = view?.state === 'frozen';
  return {
    name: worksheet.name,
    hidden: worksheet.state !== 'visible',
    frozenRows: frozen ? view.ySplit ?? 0 : 0,
    frozenColumns: frozen ? view.xSplit ?? 0 : 0,
    cells,
    plain: () => ({
      formats: plainFormats(styles),
      validations: plainValidations(worksheet),
      protections: plainProtections(worksheet),
      conditionalFormats: plainConditionalFormats(worksheet),
      columnWidths: plainColumnWidths(worksheet),
    }),
  };
}

export function xlsxToModel(workbook: ExcelJS.Workbook, label: string, language: Language = 'en'): WorkbookModel {
  const metadataSheet = workbook.worksheets.find((ws) => ws.name === METADATA_SHEET);
  let metadataChunks: string[] | null = null;
  if (metadataSheet) {
    metadataChunks = [];
    const chunks = metadataChunks;
    metadataSheet.eachRow((row) => chunks.push(String(plainValue(row.getCell(1).value))));
  }
  return assembleModel(
    {
      sheets: workbook.worksheets.filter((ws) => ws.name !== METADATA_SHEET).map(rawSheet),
      metadataChunks,
      activeTab: workbook.views?.[0]?.activeTab ?? 0,
    },
    label,
    language,
  );
}
