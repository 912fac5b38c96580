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
import { WorkbookFileError } from './errors';

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

export function decodeMetadata(chunks: string[], label: string): WorkbookMetadata {
  const damaged = (why: string) =>
    new WorkbookFileError(`Cannot read workbook "${label}": its ${METADATA_SHEET} sheet is damaged (${why})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(chunks.join(''));
  } catch (error) {
    throw damaged(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problem = shapeProblem(parsed);
  if (problem) throw damaged(problem);
  return parsed as WorkbookMetadata;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SHEET_ARRAYS = ['formats', 'validations', 'protections', 'conditionalFormats', 'charts', 'columnWidths', 'cellFixes'];

/** Checks enough of the structure that reading never trips over a missing piece; null when fine. */
function shapeProblem(value: unknown): string | null {
  if (!isObject(value) || value.format !== FORMAT_TAG) return 'not Sheets Pipeline metadata';
  if (value.version !== VERSION) return `unsupported version ${String(value.version)}`;
  for (const key of ['id', 'name', 'locale', 'timeZone', 'activeSheet']) {
    if (typeof value[key] !== 'string') return `"${key}" missing`;
  }
  const properties = value.properties;
  if (!isObject(properties) || !isObject(properties.document) || !isObject(properties.script) || !isObject(properties.user)) {
    return '"properties" missing';
  }
  if (!Array.isArray(value.sheets)) return '"sheets" missing';
  for (const sheet of value.sheets as unknown[]) {
    if (!isObject(sheet) || typeof sheet.name !== 'string' || typeof sheet.id !== 'number') return 'a sheet entry has no name or id';
    if (typeof sheet.maxRows !== 'number' || typeof sheet.maxColumns !== 'number') return `sheet "${sheet.name}" has no size`;
    if (!isObject(sheet.shape) || typeof sheet.shape.rows !== 'number' || !Array.isArray(sheet.shape.widths)) {
      return `sheet "${sheet.name}" has no shape`;
    }
    if (!isObject(sheet.order)) return `sheet "${sheet.name}" has no order`;
    const missing = SHEET_ARRAYS.find((key) => !Array.isArray(sheet[key]));
    if (missing) return `sheet "${sheet.name}" has no "${missing}" list`;
  }
  return null;
}
