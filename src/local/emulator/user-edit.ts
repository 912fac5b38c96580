/**
 * What happens when a person types into a cell (the preview's grid), as opposed to a
 * script write: protections and validation rules can refuse it, and the text is parsed the
 * way Sheets parses typing. The runtime fires `onEdit` itself from the returned old/new values.
 */
import type { CellValue } from './model';
import type { SheetStore } from './sheet-store';
import type { Workbook } from './workbook';
import { formatSetter } from './cell-format';
import { inferNumberFormat, parseUserInput } from './format';
import { protectionAllows } from './protection';
import { validationError } from './validation';
import { copyCell } from './values';

export type InputCheck = { ok: true } | { ok: false; message: string };
export type UserEditResult = { ok: true; oldValue: CellValue; value: CellValue } | { ok: false; message: string };

/** Sheets' words when someone without rights edits a protected cell. */
export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function sheetOf(workbook: Workbook, sheetName: string): SheetStore {
  const store = workbook.sheetByName(sheetName);
  if (!store) throw new Error(`No sheet named ${sheetName}`);
  return store;
}

function covers(range: { row: number; column: number; numRows: number; numColumns: number } | undefined, row: number, column: number): boolean {
  return !range || (row >= range.row && row < range.row + range.numRows && column >= range.column && column < range.column + range.numColumns);
}

/** Would Sheets accept `value` typed by `user` into this cell? Warning-only protections and allow-invalid rules accept. */
export function checkUserInput(workbook: Workbook, sheetName: string, row: number, column: number, value: CellValue, user = ''): InputCheck {
  const store = sheetOf(workbook, sheetName);
  const blocked = store.protections.some((p) => covers(p.range, row, column) && !protectionAllows(p, user));
  if (blocked) return { ok: false, message: PROTECTED_MESSAGE };
  const rule = store.validations.get(row, column);
  const error = rule && !rule.allowInvalid ? validationError(rule, value, workbook) : null;
  return error ? { ok: false, message: error } : { ok: true };
}

/** Parses typed text like Sheets: `=` starts a formula, a leading `'` keeps text, the rest by the locale's rules. */
function parseTyped(text: string, workbook: Workbook): { value: CellValue } | { formula: string } {
  if (text.length > 1 && text.startsWith('=')) return { formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  return parseUserInput(text, workbook.locale, workbook.timeZone);
}

export type BlockEditResult =
  | { ok: true; oldValues: CellValue[][]; values: CellValue[][] }
  | { ok: false; message: string; row: number; column: number };

type Parsed = { value: CellValue } | { formula: string };

function parseInput(input: string | CellValue, workbook: Workbook): Parsed {
  return typeof input === 'string' ? parseTyped(input, workbook) : { value: input };
}

/** Writes one parsed input into the store, with the number format Sheets infers from typed text. */
function writeParsed(workbook: Workbook, store: SheetStore, row: number, column: number, parsed: Parsed, input: string | CellValue): void {
  if ('formula' in parsed) {
    store.formulas.set(row, column, parsed.formula);
    store.values.set(row, column, '');
    return;
  }
  store.formulas.set(row, column, '');
  store.values.set(row, column, copyCell(parsed.value));
  const inferred = typeof input === 'string' && !store.formats.get(row, column)?.numberFormat ? inferNumberFormat(input, workbook.locale) : undefined;
  if (inferred) store.formats.set(row, column, formatSetter('numberFormat', inferred)(store.formats.get(row, column)));
}

/** Applies a user's typed input (or a value, e.g. a checkbox toggle) if Sheets would accept it. */
export function applyUserEdit(workbook: Workbook, sheetName: string, row: number, column: number, input: string | CellValue, user = ''): UserEditResult {
  const result = applyUserEditBlock(workbook, sheetName, row, column, [[input]], user);
  return result.ok ? { ok: true, oldValue: result.oldValues[0][0], value: result.values[0][0] } : { ok: false, message: result.message };
}

/**
 * Applies a typed or pasted block: every cell is parsed and checked first, and if Sheets
 * would refuse any of them nothing is written (the paste is refused whole).
 */
export function applyUserEditBlock(
  workbook: Workbook,
  sheetName: string,
  row: number,
  column: number,
  inputs: readonly (readonly (string | CellValue)[])[],
  user = '',
): BlockEditResult {
  const store = sheetOf(workbook, sheetName);
  const width = inputs[0]?.length ?? 0;
  if (row < 1 || column < 1 || row + inputs.length - 1 > store.maxRows || column + width - 1 > store.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  const parsed = inputs.map((cells) => cells.map((input) => parseInput(input, workbook)));
  for (let r = 0; r < parsed.length; r++) {
    for (let c = 0; c < parsed[r].length; c++) {
      const cell = parsed[r][c];
      // Formulas are checked for protection only: their value is not known until evaluated.
      const check = checkUserInput(workbook, sheetName, row + r, column + c, 'value' in cell ? cell.value : '', user);
      if (!check.ok) return { ok: false, message: check.message, row: row + r, column: column + c };
    }
  }
  const oldValues = parsed.map((cells, r) => cells.map((_, c) => copyCell(workbook.cellValue(store, row + r, column + c))));
  parsed.forEach((cells, r) => cells.forEach((cell, c) => writeParsed(workbook, store, row + r, column + c, cell, inputs[r][c])));
  store.contentChanged();
  workbook.env.changed();
  const values = parsed.map((cells, r) => cells.map((_, c) => copyCell(workbook.cellValue(store, row + r, column + c))));
  return { ok: true, oldValues, values };
}
