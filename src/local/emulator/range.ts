/** `Range`: a view of a block of one sheet. All state lives in the sheet's store. */
import type { CellFormatModel, CellValue, GridRange, ValidationModel } from './model';
import type { Grid } from './grid';
import type { SheetStore } from './sheet-store';
import type { Workbook } from './workbook';
import { gridToA1, parseA1, quoteSheetName, resolveA1 } from './a1';
import { FORMAT_DEFAULTS, formatSetter } from './cell-format';
import { formatDisplayValue } from './format';
import { ProtectionImpl, newProtection } from './protection';
import { SCRIPT_CLASS, ScriptObject, asGas, describeType, implOf } from './proxy';
import { SheetImpl } from './sheet';
import { sortOrder } from './sort';
import { DataValidationImpl } from './validation';
import { copyCell } from './values';

type Gas = GoogleAppsScript.Spreadsheet.Range;
type FormatKey = keyof CellFormatModel;

/** The block of `store` at (row, column), with Apps Script's errors for impossible ones. */
export function checkedGrid(store: SheetStore, row: number, column: number, numRows = 1, numColumns = 1): GridRange {
  if (row < 1) throw new Error('The starting row of the range is too small.');
  if (column < 1) throw new Error('The starting column of the range is too small.');
  if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > store.maxRows || column + numColumns - 1 > store.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { row: Math.floor(row), column: Math.floor(column), numRows: Math.floor(numRows), numColumns: Math.floor(numColumns) };
}

/** Resolves `A1`, `'My sheet'!B2:B` etc. against `defaultSheet` (or the active sheet); `Range not found` otherwise. */
export function rangeFromA1(workbook: Workbook, a1: string, defaultSheet?: SheetStore): RangeImpl {
  const ref = parseA1(a1);
  const store = ref && (ref.sheetName !== undefined ? workbook.sheetByName(ref.sheetName) : defaultSheet ?? workbook.activeSheet());
  const grid = ref && store && resolveA1(ref, store.maxRows, store.maxColumns);
  if (!ref || !store || !grid) throw new Error('Range not found');
  return new RangeImpl(workbook, store, grid, { wholeColumns: ref.wholeColumns, wholeRows: ref.wholeRows });
}

/** `'Sheet name'!A1:B2`, the form kept in validation rules. */
export function a1WithSheet(range: RangeImpl): string {
  return `${quoteSheetName(range.store.name)}!${gridToA1(range.grid)}`;
}

/** Apps Script's checks on a 2-D argument: a real 2-D array of exactly the range's shape. */
function checkShape(values: unknown, grid: GridRange, method: string): asserts values is unknown[][] {
  if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
    throw new Error(`The parameters (${describeType(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (values.length !== grid.numRows) {
    throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${grid.numRows}.`);
  }
  for (const row of values) {
    if (row.length !== grid.numColumns) {
      throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${grid.numColumns}.`);
    }
  }
}

interface SortSpec { column: number; ascending: boolean }

function parseSortSpec(spec: unknown, grid: GridRange): SortSpec[] {
  const items = Array.isArray(spec) ? spec : [spec];
  return items.map((item: unknown) => {
    const s: SortSpec =
      typeof item === 'number'
        ? { column: item, ascending: true }
        : { column: Number((item as { column?: unknown }).column), ascending: (item as { ascending?: unknown }).ascending !== false };
    if (!(s.column >= grid.column && s.column < grid.column + grid.numColumns)) {
      throw new Error(`The specified sort column ${s.column} is outside the range.`);
    }
    return s;
  });
}

type RangeApi = Pick<
  Gas,
  | 'getA1Notation' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn'
  | 'getWidth' | 'getHeight' | 'getGridId' | 'getSheet' | 'offset' | 'getCell' | 'getValue' | 'getValues' | 'setValue'
  | 'setValues' | 'getDisplayValue' | 'getDisplayValues' | 'getFormula' | 'getFormulas' | 'setFormula' | 'setFormulas'
  | 'getNote' | 'getNotes' | 'setNote' | 'setNotes' | 'clear' | 'clearContent' | 'clearFormat' | 'clearNote'
  | 'setNumberFormat' | 'setNumberFormats' | 'getNumberFormat' | 'getNumberFormats' | 'setBackground' | 'setBackgrounds'
  | 'getBackground' | 'getBackgrounds' | 'setFontWeight' | 'setFontWeights' | 'getFontWeight' | 'getFontWeights'
  | 'setFontColor' | 'getFontColor' | 'setHorizontalAlignment' | 'getHorizontalAlignment' | 'setWrap' | 'getWrap'
  | 'getDataValidation' | 'getDataValidations' | 'setDataValidation' | 'setDataValidations' | 'clearDataValidations'
  | 'insertCheckboxes' | 'removeCheckboxes' | 'protect' | 'sort' | 'activate' | 'isBlank'
>;

export class RangeImpl extends ScriptObject implements RangeApi {
  readonly [SCRIPT_CLASS] = 'Range';

  constructor(
    readonly workbook: Workbook,
    readonly store: SheetStore,
    readonly grid: GridRange,
    /** Remembers `A:C` / `2:3` so getA1Notation prints them back that way. */
    readonly style: { wholeColumns?: boolean; wholeRows?: boolean } = {},
  ) {
    super();
  }

  get #api(): Gas {
    return asGas(this);
  }

  /** Runs a write and tells the emulator the workbook changed. */
  #mutate(write: () => void): Gas {
    write();
    this.workbook.env.changed();
    return this.#api;
  }

  #read<T, R>(grid: Grid<T>, map: (v: T) => R): R[][] {
    const { row, column, numRows, numColumns } = this.grid;
    return grid.read(row, column, numRows, numColumns).map((line) => line.map(map));
  }

  #first<T, R>(grid: Grid<T>, map: (v: T) => R): R {
    return map(grid.get(this.grid.row, this.grid.column));
  }

  #fill<T>(grid: Grid<T>, update: (old: T) => T): Gas {
    const { row, column, numRows, numColumns } = this.grid;
    return this.#mutate(() => grid.update(row, column, numRows, numColumns, update));
  }

  #fillFrom<T, V>(grid: Grid<T>, values: unknown, method: string, update: (old: T, v: V) => T): Gas {
    checkShape(values, this.grid, method);
    const { row, column, numRows, numColumns } = this.grid;
    return this.#mutate(() => grid.update(row, column, numRows, numColumns, (old, r, c) => update(old, values[r - row][c - column] as V)));
  }

  #formatOf<K extends FormatKey>(key: K): (f: CellFormatModel | undefined) => NonNullable<CellFormatModel[K]> | (typeof FORMAT_DEFAULTS)[K] {
    return (f) => f?.[key] ?? FORMAT_DEFAULTS[key];
  }

  #setFormat<K extends FormatKey>(key: K, value: CellFormatModel[K] | null): Gas {
    return this.#fill(this.store.formats, formatSetter(key, value ?? undefined));
  }

  #setFormats<K extends FormatKey>(key: K, values: unknown, method: string): Gas {
    const setters = new Map<unknown, ReturnType<typeof formatSetter<K>>>();
    return this.#fillFrom(this.store.formats, values, method, (old, v: CellFormatModel[K] | null) => {
      let set = setters.get(v);
      if (!set) setters.set(v, (set = formatSetter(key, v ?? undefined)));
      return set(old);
    });
  }

  #rangeAt(row: number, column: number, numRows: number, numColumns: number): Gas {
    return asGas(new RangeImpl(this.workbook, this.store, checkedGrid(this.store, row, column, numRows, numColumns)));
  }

  getA1Notation(): string {
    return gridToA1(this.grid, this.style);
  }

  getRow(): number {
    return this.grid.row;
  }

  getColumn(): number {
    return this.grid.column;
  }

  getNumRows(): number {
    return this.grid.numRows;
  }

  getNumColumns(): number {
    return this.grid.numColumns;
  }

  getHeight(): number {
    return this.grid.numRows;
  }

  getWidth(): number {
    return this.grid.numColumns;
  }

  getLastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }

  getLastColumn(): number {
    return this.grid.column + this.grid.numColumns - 1;
  }

  getGridId(): number {
    return this.store.id;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return asGas(new SheetImpl(this.workbook, this.store));
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Gas {
    const g = this.grid;
    return this.#rangeAt(g.row + rowOffset, g.column + columnOffset, numRows ?? g.numRows, numColumns ?? g.numColumns);
  }

  getCell(row: number, column: number): Gas {
    if (row < 1 || column < 1 || row > this.grid.numRows || column > this.grid.numColumns) throw new Error('Cell reference out of range');
    return this.#rangeAt(this.grid.row + row - 1, this.grid.column + column - 1, 1, 1);
  }

  getValue(): CellValue {
    return copyCell(this.workbook.cellValue(this.store, this.grid.row, this.grid.column));
  }

  getValues(): CellValue[][] {
    return this.workbook.readValues(this.store, this.grid);
  }

  setValue(value: unknown): Gas {
    return this.#mutate(() => this.workbook.writeValues(this.store, this.grid, () => value));
  }

  setValues(values: unknown[][]): Gas {
    checkShape(values, this.grid, 'setValues');
    return this.#mutate(() => this.workbook.writeValues(this.store, this.grid, (i, j) => values[i][j]));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getDisplayValues(): string[][] {
    const { locale, timeZone } = this.workbook;
    const formats = this.#read(this.store.formats, (f) => f?.numberFormat);
    return this.getValues().map((line, i) => line.map((v, j) => formatDisplayValue(v, formats[i][j], locale, timeZone)));
  }

  getFormula(): string {
    return this.#first(this.store.formulas, String);
  }

  getFormulas(): string[][] {
    return this.#read(this.store.formulas, String);
  }

  setFormula(formula: string): Gas {
    return this.setValue(formula);
  }

  setFormulas(formulas: string[][]): Gas {
    checkShape(formulas, this.grid, 'setFormulas');
    return this.setValues(formulas);
  }

  getNote(): string {
    return this.#first(this.store.notes, String);
  }

  getNotes(): string[][] {
    return this.#read(this.store.notes, String);
  }

  setNote(note: string | null): Gas {
    return this.#fill(this.store.notes, () => (note === null ? '' : String(note)));
  }

  setNotes(notes: (string | null)[][]): Gas {
    return this.#fillFrom(this.store.notes, notes, 'setNotes', (_old, v: unknown) => (v === null || v === undefined ? '' : String(v)));
  }

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Gas {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    // Without options Apps Script clears contents and formats, keeping notes and validation.
    const layers = any
      ? { content: o.contentsOnly, format: o.formatOnly, validations: o.validationsOnly, notes: o.commentsOnly }
      : { content: true, format: true };
    return this.#mutate(() => this.store.clearBlock(this.grid, layers));
  }

  clearContent(): Gas {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): Gas {
    return this.clear({ formatOnly: true });
  }

  clearNote(): Gas {
    return this.clear({ commentsOnly: true });
  }

  clearDataValidations(): Gas {
    return this.clear({ validationsOnly: true });
  }

  getNumberFormat(): string {
    return this.#first(this.store.formats, this.#formatOf('numberFormat'));
  }

  getNumberFormats(): string[][] {
    return this.#read(this.store.formats, this.#formatOf('numberFormat'));
  }

  setNumberFormat(numberFormat: string): Gas {
    return this.#setFormat('numberFormat', numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): Gas {
    return this.#setFormats('numberFormat', numberFormats, 'setNumberFormats');
  }

  getBackground(): string {
    return this.#first(this.store.formats, this.#formatOf('background'));
  }

  getBackgrounds(): string[][] {
    return this.#read(this.store.formats, this.#formatOf('background'));
  }

  setBackground(color: string | null): Gas {
    return this.#setFormat('background', color);
  }

  setBackgrounds(color: (string | null)[][]): Gas {
    return this.#setFormats('background', color, 'setBackgrounds');
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.#first(this.store.formats, this.#formatOf('fontWeight'));
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.#read(this.store.formats, this.#formatOf('fontWeight'));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Gas {
    return this.#setFormat('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): Gas {
    return this.#setFormats('fontWeight', fontWeights, 'setFontWeights');
  }

  getFontColor(): string {
    return this.#first(this.store.formats, this.#formatOf('fontColor'));
  }

  setFontColor(color: string | null): Gas {
    return this.#setFormat('fontColor', color);
  }

  getHorizontalAlignment(): string {
    return this.#first(this.store.formats, this.#formatOf('horizontalAlignment'));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Gas {
    return this.#setFormat('horizontalAlignment', alignment === 'normal' ? null : alignment);
  }

  getWrap(): boolean {
    return this.#first(this.store.formats, this.#formatOf('wrap'));
  }

  setWrap(isWrapEnabled: boolean): Gas {
    return this.#setFormat('wrap', isWrapEnabled || null);
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.getDataValidations()[0][0];
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.#read(this.store.validations, (m) => (m ? asGas<GoogleAppsScript.Spreadsheet.DataValidation>(new DataValidationImpl(m, this.workbook)) : null));
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Gas {
    const model = rule === null ? undefined : implOf(rule, DataValidationImpl, 'SpreadsheetApp.Range.setDataValidation').model;
    return this.#fill(this.store.validations, () => model);
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Gas {
    return this.#fillFrom(this.store.validations, rules, 'setDataValidations', (_old, rule: unknown) =>
      rule === null || rule === undefined ? undefined : implOf(rule, DataValidationImpl, 'SpreadsheetApp.Range.setDataValidations').model,
    );
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Gas {
    const custom = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const rule: ValidationModel = Object.freeze({ criteria: 'CHECKBOX', args: custom, allowInvalid: false, helpText: '' });
    // Empty cells become unchecked; with only a checked value given, unchecked is blank.
    const unchecked = custom.length === 0 ? false : custom.length === 2 ? custom[1] : '';
    const { row, column } = this.grid;
    const blanks = this.getValues().map((line) => line.map((v) => v === ''));
    return this.#mutate(() => {
      this.store.validations.fill(row, column, this.grid.numRows, this.grid.numColumns, rule);
      this.workbook.writeValues(this.store, this.grid, (i, j) => (blanks[i][j] ? unchecked : this.store.values.get(row + i, column + j)));
    });
  }

  removeCheckboxes(): Gas {
    const { row, column, numRows, numColumns } = this.grid;
    return this.#mutate(() => {
      for (let r = row; r < row + numRows; r++) {
        for (let c = column; c < column + numColumns; c++) {
          const rule = this.store.validations.get(r, c);
          if (rule?.criteria !== 'CHECKBOX') continue;
          const states = rule.args.length ? rule.args : [true, false];
          // Apps Script also clears the value when it is one of the checkbox states.
          if (states.includes(this.store.values.get(r, c))) this.store.values.set(r, c, '');
          this.store.validations.set(r, c, undefined);
        }
      }
      this.store.contentChanged();
    });
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const model = newProtection('RANGE', this.workbook.env.execution().ctx.user, this.grid);
    this.store.protections.push(model);
    this.workbook.env.changed();
    return asGas(new ProtectionImpl(this.workbook, this.store, model));
  }

  sort(sortSpecObj: unknown): Gas {
    const specs = parseSortSpec(sortSpecObj, this.grid);
    const values = this.getValues();
    const order = sortOrder(values, specs.map((s) => ({ index: s.column - this.grid.column, ascending: s.ascending })));
    return this.#mutate(() => this.store.permuteRows(this.grid, order));
  }

  activate(): Gas {
    this.workbook.activeSheetId = this.store.id;
    this.workbook.activeRange = { sheetId: this.store.id, range: { ...this.grid } };
    return this.#api;
  }

  isBlank(): boolean {
    const { row, column, numRows, numColumns } = this.grid;
    const blank = (grid: Grid<unknown>) => grid.read(row, column, numRows, numColumns).every((line) => line.every((v) => v === grid.empty));
    return blank(this.store.values as Grid<unknown>) && blank(this.store.formulas as Grid<unknown>);
  }
}
