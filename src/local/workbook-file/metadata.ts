/**
 * What the model holds that xlsx cannot say exactly travels as JSON in a very-hidden
 * sheet. Excel, LibreOffice and Google Sheets keep such a sheet untouched, so a file
 * edited elsewhere still carries ids, validation models, charts and properties.
 */
import type {
  ChartModel,
  ConditionalFormatModel,
  GridRange,
  CellFormatModel,
  ProtectionModel,
  ValidationModel,
  WorkbookModel,
} from '../emulator/model';
import type { Language } from '../../core/i18n/language';
import { fileText, type FileStringKey } from '../i18n/file-strings';
import type { Params } from '../i18n/translator';
import { cannotReadWorkbook } from './errors';

export const METADATA_SHEET = '__sheets_pipeline__';
const FORMAT_TAG = 'sheets-pipeline-workbook';
const VERSION = 1;
/** xlsx caps a cell at 32 767 characters; stay clear of it. */
const CHUNK = 30000;

/**
 * How a cell read back from xlsx must be retyped to match the model: exceljs decides
 * number versus date from the number format, which the model does not always agree with.
 */
export type CellFixKind = 'number' | 'date' | 'later-date';
/** `[row, column, kind]`, plus the exact number for `'number'` (a date round trip rounds to the millisecond). */
export type CellFix = [number, number, CellFixKind] | [number, number, 'number', number];

export interface SheetMetadata {
  name: string;
  /** The tab's name in the file when the model's name is not a legal xlsx name. */
  fileName?: string;
  id: number;
  maxRows: number;
  maxColumns: number;
  /** Length of `values` and of each of its rows, run-length encoded as `[length, count]`. */
  shape: { rows: number; widths: [number, number][] };
  formats: { range: GridRange; format: CellFormatModel }[];
  validations: { range: GridRange; rule: ValidationModel }[];
  protections: ProtectionModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  columnWidths: { column: number; width: number }[];
  cellFixes: CellFix[];
  /** Model order of notes and formulas when it is not row-major (index into the row-major list). */
  order: { notes?: number[]; formulas?: number[] };
  /** `Sheet.setTabColor`, when set. */
  tabColor?: string;
}

export interface WorkbookMetadata {
  format: typeof FORMAT_TAG;
  version: typeof VERSION;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  properties: WorkbookModel['properties'];
  sheets: SheetMetadata[];
}

export function newMetadata(model: WorkbookModel, sheets: SheetMetadata[]): WorkbookMetadata {
  const { id, name, locale, timeZone, activeSheet, properties } = model;
  return { format: FORMAT_TAG, version: VERSION, id, name, locale, timeZone, activeSheet, properties, sheets };
}

/** JSON cut into cell-sized chunks, never between the two halves of a surrogate pair. */
export function encodeMetadata(metadata: WorkbookMetadata): string[] {
  const json = JSON.stringify(metadata);
  const chunks: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(start + CHUNK, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}

/** The metadata the chunks spell; a `WorkbookFileError` (in `language`) saying what is wrong when they are damaged. */
export function decodeMetadata(chunks: string[], label: string, language: Language = 'en'): WorkbookMetadata {
  const damaged = (detail: string) =>
    cannotReadWorkbook(label, fileText(language, 'reason.metadataDamaged', { sheet: METADATA_SHEET, detail }), language);
  let parsed: unknown;
  try {
    parsed = JSON.parse(chunks.join(''));
  } catch (error) {
    throw damaged(fileText(language, 'reason.metadataInvalidJson', { detail: error instanceof Error ? error.message : String(error) }));
  }
  const problem = shapeProblem(parsed);
  if (problem) throw damaged(fileText(language, problem.key, problem.params));
  return parsed as WorkbookMetadata;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SHEET_ARRAYS = ['formats', 'validations', 'protections', 'conditionalFormats', 'charts', 'columnWidths', 'cellFixes'];

/** What is wrong with the metadata, as a file string to word in the reader's language. */
interface ShapeProblem {
  key: FileStringKey;
  params?: Params;
}

/** Checks enough of the structure that reading never trips over a missing piece; null when fine. */
function shapeProblem(value: unknown): ShapeProblem | null {
  if (!isObject(value) || value.format !== FORMAT_TAG) return { key: 'reason.metadataNotOurs' };
  if (value.version !== VERSION) return { key: 'reason.metadataVersion', params: { version: String(value.version) } };
  for (const key of ['id', 'name', 'locale', 'timeZone', 'activeSheet']) {
    if (typeof value[key] !== 'string') return { key: 'reason.metadataFieldMissing', params: { field: key } };
  }
  const properties = value.properties;
  if (!isObject(properties) || !isObject(properties.document) || !isObject(properties.script) || !isObject(properties.user)) {
    return { key: 'reason.metadataFieldMissing', params: { field: 'properties' } };
  }
  if (!Array.isArray(value.sheets)) return { key: 'reason.metadataFieldMissing', params: { field: 'sheets' } };
  for (const sheet of value.sheets as unknown[]) {
    if (!isObject(sheet) || typeof sheet.name !== 'string' || typeof sheet.id !== 'number') return { key: 'reason.metadataSheetUnnamed' };
    if (typeof sheet.maxRows !== 'number' || typeof sheet.maxColumns !== 'number') return { key: 'reason.metadataSheetNoSize', params: { sheet: sheet.name } };
    if (!isObject(sheet.shape) || typeof sheet.shape.rows !== 'number' || !Array.isArray(sheet.shape.widths)) {
      return { key: 'reason.metadataSheetNoShape', params: { sheet: sheet.name } };
    }
    if (!isObject(sheet.order)) return { key: 'reason.metadataSheetNoOrder', params: { sheet: sheet.name } };
    const missing = SHEET_ARRAYS.find((key) => !Array.isArray(sheet[key]));
    if (missing) return { key: 'reason.metadataSheetNoList', params: { sheet: sheet.name, list: missing } };
  }
  return null;
}
