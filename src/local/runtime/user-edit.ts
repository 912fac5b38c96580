import type { Emulator } from '../emulator';
import type { ExecutionResult, ToastRecord } from '../emulator/api';
import { inferNumberFormat, parseUserInput, toSerialNumber } from '../emulator/format';
import type { CellValue } from '../emulator/model';
import { ScriptCallError } from './script-error';

export interface UserEdit {
  sheetName: string;
  row: number;
  column: number;
  /** What the person typed or pasted, one inner array per row. Text is read as Sheets reads typing. */
  values: unknown[][];
}

export interface UserEditResult {
  /** False when data validation rejected the input; nothing was changed then. */
  accepted: boolean;
  /** Why the input was rejected, in Sheets' words. */
  reason?: string;
  /** Toasts shown by `onEdit`. */
  toasts: ToastRecord[];
  /** The message of an error `onEdit` threw: like Sheets, the edit itself stays. */
  triggerError?: string;
}

/** The part of the onEdit event that depends on the edit; the runtime adds authMode and user. */
export interface EditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  value?: string;
  oldValue?: string;
}

type Typed = { value: CellValue; format?: string } | { formula: string };

/** Applies a person's edit, then fires onEdit through `fireOnEdit`. */
export function applyUserEdit(
  emulator: Emulator,
  edit: UserEdit,
  fireOnEdit: (event: EditEvent) => ExecutionResult<unknown>,
): UserEditResult {
  const spreadsheet = emulator.spreadsheet;
  const sheet = spreadsheet.getSheetByName(edit.sheetName);
  if (!sheet) throw new ScriptCallError(`There is no sheet named "${edit.sheetName}"`, 400);
  const { row, column, values } = edit;
  const width = Array.isArray(values) && Array.isArray(values[0]) ? values[0].length : 0;
  if (width === 0 || !values.every((r) => Array.isArray(r) && r.length === width)) {
    throw new ScriptCallError('values must be a non-empty rectangular array of rows', 400);
  }
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
    throw new ScriptCallError('row and column must be whole numbers from 1', 400);
  }
  if (row + values.length - 1 > sheet.getMaxRows() || column + width - 1 > sheet.getMaxColumns()) {
    throw new ScriptCallError(`The edit does not fit in "${edit.sheetName}" (${sheet.getMaxRows()} rows, ${sheet.getMaxColumns()} columns)`, 400);
  }

  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const typed: Typed[][] = values.map((cells) => cells.map((cell) => readTyped(cell, locale, timeZone)));

  for (let r = 0; r < typed.length; r++) {
    for (let c = 0; c < width; c++) {
      const cell = typed[r][c];
      if ('formula' in cell) continue;
      const check = emulator.checkUserInput(edit.sheetName, row + r, column + c, cell.value);
      if (!check.ok) return { accepted: false, reason: check.message, toasts: [] };
    }
  }

  const range = sheet.getRange(row, column, typed.length, width);
  const single = typed.length === 1 && width === 1;
  const oldValue = single ? eventText(range.getValue(), timeZone) : undefined;
  range.setValues(typed.map((cells) => cells.map(toWritable)));
  typed.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if ('value' in cell && cell.format) sheet.getRange(row + r, column + c).setNumberFormat(cell.format);
    }),
  );
  spreadsheet.setActiveRange(range);

  const event: EditEvent = { range: emulator.forScript(range), source: emulator.forScript(spreadsheet) };
  if (single) {
    const value = eventText(range.getValue(), timeZone);
    if (value !== undefined) event.value = value;
    if (oldValue !== undefined) event.oldValue = oldValue;
  }
  try {
    const result = fireOnEdit(event);
    return { accepted: true, toasts: result.ui.toasts };
  } catch (error) {
    return { accepted: true, toasts: [], triggerError: error instanceof Error ? error.message : String(error) };
  }
}

function readTyped(cell: unknown, locale: string, timeZone: string): Typed {
  if (cell === null || cell === undefined) return { value: '' };
  if (typeof cell === 'number' || typeof cell === 'boolean') return { value: cell };
  if (cell instanceof Date) return { value: cell };
  const text = String(cell);
  const parsed = parseUserInput(text, locale, timeZone);
  if ('formula' in parsed) return parsed;
  return { value: parsed.value, format: inferNumberFormat(text, locale) };
}

/** What to hand `setValues` so the cell ends up holding exactly the typed value. */
function toWritable(cell: Typed): CellValue {
  if ('formula' in cell) return cell.formula;
  // setValues reads a leading `=` as a formula and a leading `'` as a text marker; typed text keeps both literally.
  if (typeof cell.value === 'string' && /^['=]/.test(cell.value)) return `'${cell.value}`;
  return cell.value;
}

/** `e.value` / `e.oldValue` are strings; dates arrive as serial numbers; an empty cell gives none. */
function eventText(value: unknown, timeZone: string): string | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (value instanceof Date) return String(toSerialNumber(value, timeZone));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
