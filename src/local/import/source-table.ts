/**
 * A leads file read into rows of cells, before it becomes a workbook: `.csv` (and the
 * `.tsv`/`.txt` Excel writes) typed like a spreadsheet import, or the sheet of an `.xlsx`
 * that holds the deals, values as they are.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { findHeaderRow, mapColumns } from '../../core/columns/find-columns';
import type { Language } from '../../core/i18n/language';
import { SETUP_HEADER_SCAN_ROWS } from '../../core/setup/locate-header';
import { cellText } from '../../core/parse/cell-text';
import type { CellFormatModel, CellValue, GridRange, SheetModel, WorkbookModel } from '../emulator/model';
import { fileText } from '../i18n/file-strings';
import { fileSystemReason } from '../i18n/file-system-reason';
import { workbookFromBuffer } from '../workbook-file';
import { decodeTextFile } from './text-decoding';
import { parseDelimited, sniffDelimiter } from './delimited-text';
import { cannotImport, ImportError } from './errors';
import { typeColumns, type LocaleGuess } from './type-columns';
import { currencyCode } from './number-text';
import { isBlankValue } from '../../core/parse/reading';

const HEADER_SCAN_ROWS = SETUP_HEADER_SCAN_ROWS;

export const TEXT_EXTENSIONS = ['.csv', '.tsv', '.txt'] as const;
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'] as const;

/** Something about the file itself the Import report tells the user, by 1-based row of the Pipeline sheet. */
export type SourceNotice =
  | { kind: 'extra-values'; row: number; count: number; width: number }
  | { kind: 'unclosed-quote'; row: number; column: number; line: number }
  /** A column typed by the locale alone (see TypedColumns.guesses): its first cell that reads both ways. */
  | { kind: 'locale-guess'; guess: LocaleGuess['kind']; row: number; column: number; text: string; reading: LocaleGuess['reading'] }
  /** The Amount column is written in several currencies (signs as written): summed as one, it is reported. */
  | { kind: 'mixed-currencies'; row: number; column: number; signs: string[] }
  /** An `.xlsx` sheet's formula cells, read as their last values: how many, and the first one. */
  | { kind: 'formulas'; row: number; column: number; count: number; formula: string };

export interface SourceTable {
  /** The file, as named in messages. */
  label: string;
  kind: 'csv' | 'xlsx';
  /** The `.xlsx` sheet the deals came from. */
  sheetName: string | null;
  delimiter: string | null;
  /** Every row of the file in order, as wide as the widest: row 1 of the Pipeline sheet is `rows[0]`. */
  rows: CellValue[][];
  /** 0-based index of the header row (the first one naming a Stage column). */
  headerIndex: number;
  /** Number formats and widths to keep (typed CSV columns; the xlsx sheet's own). */
  formats: { range: GridRange; format: CellFormatModel }[];
  columnWidths: { column: number; width: number }[];
  notes: SheetModel['notes'];
  notices: SourceNotice[];
  /** The currency signs a text file's Amount column is written with (`$`, `€`, `EUR`); none for an `.xlsx`. */
  amountCurrencies: string[];
}

export interface SourceOptions {
  /** Spreadsheet locale (`en_US`, `fr_FR`) the CSV's numbers and dates are typed by. */
  locale: string;
  timeZone: string;
  /** The language of the errors (`ImportError`): the command line's or the preview page's; English by default. */
  messageLanguage?: Language;
}

/** The first non-blank row's texts, to say what the file has instead of a Stage column. */
function headersFound(rows: readonly (readonly CellValue[])[], language: Language): string {
  const first = rows.find((row) => !row.every(isBlankValue)) ?? [];
  const names = first.map(cellText).filter((name) => name !== '');
  const shown = names.slice(0, 12).map((name) => fileText(language, 'reason.header', { name: name.length > 40 ? `${name.slice(0, 39)}…` : name }));
  const headers = shown.join(', ');
  return names.length > shown.length ? fileText(language, 'reason.moreHeaders', { headers, count: names.length - shown.length }) : headers;
}

function noStageColumn(label: string, rows: readonly (readonly CellValue[])[], language: Language, anySheet = false): ImportError {
  const headers = headersFound(rows, language);
  const reason = fileText(language, anySheet ? 'reason.noStageColumnInAnySheet' : 'reason.noStageColumn', { rows: HEADER_SCAN_ROWS });
  return cannotImport(label, headers ? fileText(language, 'reason.headersFound', { reason, headers }) : reason, language);
}

function checkHasDeals(label: string, rows: readonly (readonly CellValue[])[], headerIndex: number, language: Language): void {
  for (let r = headerIndex + 1; r < rows.length; r++) if (!rows[r].every(isBlankValue)) return;
  throw cannotImport(label, fileText(language, 'reason.noDeals'), language);
}

/** Reads delimited text: decodes, sniffs the delimiter, splits, finds the header, types the cells. */
export function readDelimitedSource(data: Uint8Array, label: string, options: SourceOptions): SourceTable {
  const language = options.messageLanguage ?? 'en';
  const text = decodeTextFile(data, label, language);
  const { delimiter, body } = sniffDelimiter(text);
  const { records, unclosedQuote } = parseDelimited(body, delimiter);
  if (records.length === 0 || records.every((record) => record.every(isBlankValue))) throw cannotImport(label, fileText(language, 'reason.empty'), language);
  const headerIndex = findHeaderRow(records, HEADER_SCAN_ROWS);
  if (headerIndex < 0) throw noStageColumn(label, records, language);
  const headerWidth = records[headerIndex].length;
  const notices: SourceNotice[] = [];
  let width = 0;
  for (let r = 0; r < records.length; r++) {
    const count = records[r].length;
    if (count > width) width = count;
    if (r > headerIndex && count > headerWidth && records[r].slice(headerWidth).some((field) => field !== '')) {
      notices.push({ kind: 'extra-values', row: r + 1, count, width: headerWidth });
    }
  }
  if (unclosedQuote) {
    const record = records[Math.min(unclosedQuote.record, records.length) - 1];
    notices.push({ kind: 'unclosed-quote', row: unclosedQuote.record, column: record.length, line: unclosedQuote.line });
  }
  // Rectangular, as a sheet is; the arrays are reused (no second copy of a large file).
  const rows = records as CellValue[][];
  for (const row of rows) while (row.length < width) row.push('');
  checkHasDeals(label, rows, headerIndex, language);
  const { formats, guesses, currencies } = typeColumns(rows, headerIndex, { ...options, delimiter });
  for (const guess of guesses) {
    notices.push({ kind: 'locale-guess', guess: guess.kind, row: guess.row + 1, column: guess.column + 1, text: guess.text, reading: guess.reading });
  }
  const amount = mapColumns(rows[headerIndex]).Amount;
  const amountCurrencies = currencies.find((entry) => entry.column === amount)?.signs ?? [];
  if (amount !== undefined && new Set(amountCurrencies.map(currencyCode)).size > 1) {
    // Several currencies: the column stays text, and the figures would add them up as one.
    const first = rows.findIndex((cells, r) => r > headerIndex && cells[amount] !== '');
    notices.push({ kind: 'mixed-currencies', row: first + 1, column: amount + 1, signs: amountCurrencies });
  }
  return { label, kind: 'csv', sheetName: null, delimiter, rows, headerIndex, formats, columnWidths: [], notes: [], notices, amountCurrencies };
}

/** The sheet holding the deals: the first visible one with a Stage column, else a hidden one that has it. */
function dealSheet(model: WorkbookModel, label: string, language: Language): { sheet: SheetModel; headerIndex: number } {
  const ordered = [...model.sheets.filter((s) => !s.hidden), ...model.sheets.filter((s) => s.hidden)];
  for (const sheet of ordered) {
    const headerIndex = findHeaderRow(sheet.values, HEADER_SCAN_ROWS);
    if (headerIndex >= 0) return { sheet, headerIndex };
  }
  const first = ordered[0];
  if (!first) throw cannotImport(label, fileText(language, 'reason.workbookHasNoSheets'), language);
  if (ordered.every((s) => s.values.every((row) => row.every(isBlankValue)))) throw cannotImport(label, fileText(language, 'reason.workbookIsEmpty'), language);
  throw noStageColumn(label, first.values, language, model.sheets.length > 1);
}

/**
 * Reads the deals sheet of an `.xlsx`: values as stored (formula cells by their last value),
 * number formats, widths and notes kept. Errors (`ImportError`) in `language`.
 */
export async function readWorkbookSource(data: Buffer, label: string, language: Language = 'en'): Promise<SourceTable> {
  let model: WorkbookModel;
  try {
    model = await workbookFromBuffer(data, label, language);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError(message.split('\n')[0]);
  }
  const { sheet, headerIndex } = dealSheet(model, label, language);
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  const rows = sheet.values.map((row) => (row.length < width ? [...row, ...new Array<CellValue>(width - row.length).fill('')] : [...row]));
  while (rows.length > 0 && rows[rows.length - 1].every(isBlankValue)) rows.pop();
  checkHasDeals(label, rows, headerIndex, language);
  // The pipeline keeps each formula's last value: said in the Import report, never silently.
  const formulas = sheet.formulas.filter((f) => f.row <= rows.length).sort((a, b) => a.row - b.row || a.column - b.column);
  const notices: SourceNotice[] = formulas.length === 0 ? [] : [{ kind: 'formulas', row: formulas[0].row, column: formulas[0].column, count: formulas.length, formula: formulas[0].formula }];
  // Number formats only: validations, colours and rules of the old sheet are setup's to decide.
  const formats = sheet.formats.filter(({ format }) => format.numberFormat !== undefined).map(({ range, format }) => ({ range: { ...range }, format: { numberFormat: format.numberFormat } }));
  return {
    label,
    kind: 'xlsx',
    sheetName: sheet.name,
    delimiter: null,
    rows,
    headerIndex,
    formats,
    columnWidths: sheet.columnWidths.map((w) => ({ ...w })),
    notes: sheet.notes.map((n) => ({ ...n })),
    notices,
    amountCurrencies: [],
  };
}

/** Throws the `ImportError` for a file whose extension (lower case) is none of the kinds read (an old .xls says what to do). */
function checkExtension(label: string, extension: string, language: Language): void {
  const supported = [...TEXT_EXTENSIONS, ...WORKBOOK_EXTENSIONS].join(', ');
  if (extension === '.xls') throw cannotImport(label, fileText(language, 'reason.oldXls'), language);
  if (!(TEXT_EXTENSIONS as readonly string[]).includes(extension) && !(WORKBOOK_EXTENSIONS as readonly string[]).includes(extension)) {
    const shown = extension || fileText(language, 'reason.noExtension');
    throw cannotImport(label, fileText(language, 'reason.unsupportedType', { extension: shown, supported }), language);
  }
}

/** Reads a leads file by its extension, or throws an `ImportError` saying why it cannot be imported. */
export async function readSourceFile(file: string, options: SourceOptions): Promise<SourceTable> {
  const label = file;
  const language = options.messageLanguage ?? 'en';
  const extension = path.extname(file).toLowerCase();
  checkExtension(label, extension, language);
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    throw cannotImport(label, fileSystemReason(error, file, 'read', language), language);
  }
  return decodeSource(data, label, extension, options);
}

/** Reads file contents already in memory, by the extension of the name they came from. */
export async function readSourceData(data: Buffer, label: string, extension: string, options: SourceOptions): Promise<SourceTable> {
  checkExtension(label, extension.toLowerCase(), options.messageLanguage ?? 'en');
  return decodeSource(data, label, extension.toLowerCase(), options);
}

/** File contents of a supported `extension` (lower case, checked) as a SourceTable. */
async function decodeSource(data: Buffer, label: string, extension: string, options: SourceOptions): Promise<SourceTable> {
  const language = options.messageLanguage ?? 'en';
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(extension)) {
    if (data.length === 0) throw cannotImport(label, fileText(language, 'reason.empty'), language);
    return readWorkbookSource(data, label, language);
  }
  return readDelimitedSource(data, label, options);
}
