import type { Emulator } from '../emulator';
import type { ExecutionResult, ToastRecord } from '../emulator/api';
import { toSerialNumber } from '../emulator/format';
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
  /** False when Sheets would refuse the input (validation, protection); nothing was changed then. */
  accepted: boolean;
  /** Why the input was refused, in Sheets' words. */
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

/** Applies a person's edit (all cells or none), then fires onEdit through `fireOnEdit`. */
export function applyUserEdit(
  emulator: Emulator,
  edit: UserEdit,
  user: string,
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

  const applied = emulator.userEditBlock(edit.sheetName, row, column, values.map((cells) => cells.map(toInput)), user);
  if (!applied.ok) return { accepted: false, reason: applied.message, toasts: [] };

  const range = sheet.getRange(row, column, values.length, width);
  spreadsheet.setActiveRange(range);
  const event: EditEvent = { range: emulator.forScript(range), source: emulator.forScript(spreadsheet) };
  if (values.length === 1 && width === 1) {
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const value = eventText(applied.values[0][0], timeZone);
    const oldValue = eventText(applied.oldValues[0][0], timeZone);
    if (value !== undefined) event.value = value;
    if (oldValue !== undefined) event.oldValue = oldValue;
  }
  try {
    return { accepted: true, toasts: fireOnEdit(event).ui.toasts };
  } catch (error) {
    return { accepted: true, toasts: [], triggerError: error instanceof Error ? error.message : String(error) };
  }
}

/** Typed text stays text for the emulator to parse; JSON values (numbers, booleans, null) are taken as they are. */
function toInput(cell: unknown): string | CellValue {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'string' || cell instanceof Date) return cell;
  throw new ScriptCallError(`A cell value must be text, a number or a boolean, not ${typeof cell}`, 400);
}

/** `e.value` / `e.oldValue` are strings; dates arrive as serial numbers; an empty cell gives none. */
function eventText(value: CellValue, timeZone: string): string | undefined {
  if (value === '') return undefined;
  if (value instanceof Date) return String(toSerialNumber(value, timeZone));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
