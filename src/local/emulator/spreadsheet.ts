/** `Spreadsheet`: the workbook's sheets, selection and settings, as the script sees them. */
import type { Workbook } from './workbook';
import { SCRIPT_CLASS, ScriptObject, asGas, implOf } from './proxy';
import { RangeImpl, rangeFromA1 } from './range';
import { SheetImpl } from './sheet';

type Gas = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** Sheets refuses a second sheet with the same name (case-insensitively). */
export function checkSheetName(workbook: Workbook, name: string): void {
  if (!name) throw new Error('Invalid argument: name');
  if (workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

/** Seconds a toast stays up when the script gives no timeout. */
const DEFAULT_TOAST_SECONDS = 5;

type SpreadsheetApi = Pick<
  Gas,
  | 'getId' | 'getName' | 'rename' | 'getUrl' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale' | 'toast' | 'getRange' | 'getRangeByName' | 'insertSheet' | 'getSheetByName' | 'getSheetById'
  | 'getSheets' | 'getNumSheets' | 'deleteSheet' | 'setActiveSheet' | 'getActiveSheet' | 'getActiveRange' | 'setActiveRange'
  | 'getActiveCell' | 'getCurrentCell' | 'getSheetId' | 'getSheetName'
>;

export class SpreadsheetImpl extends ScriptObject implements SpreadsheetApi {
  readonly [SCRIPT_CLASS] = 'Spreadsheet';

  constructor(readonly workbook: Workbook) {
    super();
  }

  #changed(): Gas {
    this.workbook.env.changed();
    return asGas(this);
  }

  #sheet(store = this.workbook.activeSheet()): GasSheet {
    return asGas(new SheetImpl(this.workbook, store));
  }

  getId(): string {
    return this.workbook.id;
  }

  getName(): string {
    return this.workbook.name;
  }

  rename(newName: string): void {
    this.workbook.name = newName;
    this.#changed();
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.workbook.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.workbook.timeZone = timezone;
    this.#changed();
  }

  getSpreadsheetLocale(): string {
    return this.workbook.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.workbook.locale = locale;
    this.#changed();
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.workbook.env.recordUi('toasts', { message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? DEFAULT_TOAST_SECONDS });
  }

  getRange(a1Notation: string): GasRange {
    return asGas(rangeFromA1(this.workbook, a1Notation));
  }

  /** The emulator keeps no named ranges. */
  getRangeByName(_name: string): GasRange | null {
    return null;
  }

  /** New sheets become active, as in Sheets. Accepts (name?, index?) or (index) like Apps Script. */
  insertSheet(a?: string | number | object, b?: number | object): GasSheet {
    const name = typeof a === 'string' ? a : this.workbook.freeSheetName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.workbook.sheets.length;
    checkSheetName(this.workbook, name);
    if (index < 0 || index > this.workbook.sheets.length) throw new Error('Invalid argument: sheetIndex');
    const store = this.workbook.addSheet(name, index);
    this.workbook.activeSheetId = store.id;
    this.workbook.activeRange = null;
    this.#changed();
    return this.#sheet(store);
  }

  getSheetByName(name: string): GasSheet | null {
    const store = this.workbook.sheetByName(name);
    return store ? this.#sheet(store) : null;
  }

  getSheetById(id: number): GasSheet | null {
    const store = this.workbook.sheetById(id);
    return store ? this.#sheet(store) : null;
  }

  getSheets(): GasSheet[] {
    return this.workbook.sheets.map((s) => this.#sheet(s));
  }

  getNumSheets(): number {
    return this.workbook.sheets.length;
  }

  deleteSheet(sheet: GasSheet): void {
    const store = implOf(sheet, SheetImpl, 'SpreadsheetApp.Spreadsheet.deleteSheet').store;
    if (this.workbook.sheets.every((s) => s === store || s.hidden)) throw new Error("You can't remove all the visible sheets in a document.");
    this.workbook.sheets = this.workbook.sheets.filter((s) => s !== store);
    if (this.workbook.activeSheetId === store.id) {
      this.workbook.activeSheetId = this.workbook.activeSheet().id;
      this.workbook.activeRange = null;
    }
    this.#changed();
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    return implOf(sheet, SheetImpl, 'SpreadsheetApp.Spreadsheet.setActiveSheet').activate();
  }

  getActiveSheet(): GasSheet {
    return this.#sheet();
  }

  getSheetId(): number {
    return this.workbook.activeSheet().id;
  }

  getSheetName(): string {
    return this.workbook.activeSheet().name;
  }

  /** The selection, or A1 of the active sheet when nothing was selected. */
  getActiveRange(): GasRange {
    const active = this.workbook.activeRange;
    const store = active && this.workbook.sheetById(active.sheetId);
    if (active && store && store.id === this.workbook.activeSheetId) return asGas(new RangeImpl(this.workbook, store, { ...active.range }));
    return asGas(new RangeImpl(this.workbook, this.workbook.activeSheet(), { row: 1, column: 1, numRows: 1, numColumns: 1 }));
  }

  setActiveRange(range: GasRange): GasRange {
    return implOf(range, RangeImpl, 'SpreadsheetApp.Spreadsheet.setActiveRange').activate();
  }

  getActiveCell(): GasRange {
    const { row, column } = implOf(this.getActiveRange(), RangeImpl, 'getActiveCell').grid;
    return asGas(new RangeImpl(this.workbook, this.workbook.activeSheet(), { row, column, numRows: 1, numColumns: 1 }));
  }

  getCurrentCell(): GasRange {
    return this.getActiveCell();
  }
}
