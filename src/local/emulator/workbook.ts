/**
 * The spreadsheet's state and the emulator services every view needs: sheet lookup,
 * formula evaluation on read, and value writes with Sheets' input rules. `Spreadsheet`,
 * `Sheet` and `Range` objects handed to the script are thin views over this.
 */
import type { FormulaEvaluator, UiLog } from './api';
import type { CallCounter } from './call-counter';
import type { ExecutionState, LogRecord } from './execution';
import type { LockManager } from './lock-service';
import type { CellValue, GridRange, WorkbookModel } from './model';
import { parseA1, resolveA1 } from './a1';
import { defaultDateTimeFormat, formatSetter } from './cell-format';
import { evaluateBuiltIn } from './formula';
import { SheetStore } from './sheet-store';
import { inferNumberFormat, parseUserInput } from './format';
import { mightNotBeText, toCellInput } from './values';

/** Services of the Emulator that the Apps Script objects reach through the workbook. */
export interface Env {
  readonly counter: CallCounter;
  readonly locks: LockManager;
  readonly htmlFiles: Record<string, string>;
  readonly scriptTimeZone: string;
  execution(): ExecutionState;
  changed(): void;
  formulaEvaluator(): FormulaEvaluator | undefined;
  recordUi<K extends keyof UiLog>(kind: K, record: UiLog[K][number]): void;
  log(record: LogRecord): void;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class Workbook {
  sheets: SheetStore[] = [];
  activeSheetId = 0;
  /** The selection; null means A1 of the active sheet. */
  activeRange: { sheetId: number; range: GridRange } | null = null;
  properties: WorkbookModel['properties'] = { document: {}, script: {}, user: {} };
  nextSheetId = 0;
  nextChartId = 1;
  private evaluating = new Set<string>();

  constructor(
    readonly env: Env,
    public id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {}

  sheetByName(name: string): SheetStore | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetStore | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetStore {
    return this.sheetById(this.activeSheetId) ?? this.sheets.find((s) => !s.hidden) ?? this.sheets[0];
  }

  addSheet(name: string, index: number, maxRows = DEFAULT_ROWS, maxColumns = DEFAULT_COLUMNS, id = this.nextSheetId): SheetStore {
    const store = new SheetStore(name, id, maxRows, maxColumns);
    this.nextSheetId = Math.max(this.nextSheetId, id + 1);
    this.sheets.splice(index, 0, store);
    return store;
  }

  /** Sheets' default name for a new sheet: the first free `SheetN`. */
  freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  /** Current value of a cell, evaluating its formula if it has one. */
  cellValue(store: SheetStore, row: number, column: number): CellValue {
    const formula = store.formulas.get(row, column);
    return formula ? this.evaluate(store, row, column, formula) : store.values.get(row, column);
  }

  /** A block's values as fresh arrays (Dates copied), formulas evaluated now so later writes show. */
  readValues(store: SheetStore, range: GridRange): CellValue[][] {
    const { row, column, numRows, numColumns } = range;
    const out = store.values.read(row, column, numRows, numColumns);
    const formulaRows = store.formulas.rows;
    for (let i = 0; i < numRows; i++) {
      const line = out[i];
      const hasFormulas = formulaRows[row - 1 + i] !== undefined;
      for (let j = 0; j < numColumns; j++) {
        const v = line[j];
        if (hasFormulas) {
          const f = store.formulas.get(row + i, column + j);
          if (f) {
            line[j] = this.evaluate(store, row + i, column + j, f);
            continue;
          }
        }
        if (typeof v === 'object') line[j] = new Date(v.getTime());
      }
    }
    return out;
  }

  private evaluate(store: SheetStore, row: number, column: number, formula: string): CellValue {
    const key = `${store.id}:${row}:${column}`;
    // Sheets reports a circular dependency as #REF!.
    if (this.evaluating.has(key)) return '#REF!';
    this.evaluating.add(key);
    try {
      const custom = this.env.formulaEvaluator();
      const value = custom
        ? custom(formula, store.name, row, column)
        : evaluateBuiltIn(formula, {
            values: (sheetName, a1) => {
              const target = sheetName === undefined ? store : this.sheetByName(sheetName);
              const ref = parseA1(a1);
              const range = target && ref && resolveA1(ref, target.maxRows, target.maxColumns);
              return target && range ? this.readValues(target, range) : null;
            },
          });
      // Kept as the cell's last computed value, which is what the model stores for formula cells.
      const rowArr = store.values.rows[row - 1] ?? (store.values.rows[row - 1] = []);
      rowArr[column - 1] = value;
      return value instanceof Date ? new Date(value.getTime()) : value;
    } finally {
      this.evaluating.delete(key);
    }
  }

  /**
   * Writes script values into a block: `valueAt(i, j)` gives the value for cell (i, j) of
   * the block. Plain-text (`@`) cells keep strings as typed; Dates written into unformatted
   * cells get Sheets' default date-time format.
   */
  writeValues(store: SheetStore, range: GridRange, valueAt: (i: number, j: number) => unknown): void {
    const { row, column, numRows, numColumns } = range;
    const locale = this.locale;
    const values = store.values;
    const formulas = store.formulas;
    const formats = store.formats;
    const dateFormat = formatSetter('numberFormat', defaultDateTimeFormat(locale));
    const parse = (text: string): CellValue => {
      if (!mightNotBeText(text)) return text;
      const parsed = parseUserInput(text, locale, this.timeZone);
      return 'value' in parsed ? parsed.value : text;
    };
    for (let i = 0; i < numRows; i++) {
      const r = row + i;
      const line = values.rows[r - 1] ?? (values.rows[r - 1] = []);
      const formatLine = formats.rows[r - 1];
      const formulaLine = formulas.rows[r - 1];
      for (let j = 0; j < numColumns; j++) {
        const c = column + j;
        const raw = valueAt(i, j);
        // Fast path for the bulk of any large write: plain numbers and booleans need no parsing.
        if ((typeof raw === 'number' || typeof raw === 'boolean') && formatLine === undefined) {
          line[c - 1] = raw;
          if (formulaLine !== undefined) formulaLine[c - 1] = '';
          continue;
        }
        const numberFormat = formatLine?.[c - 1]?.numberFormat;
        const input = toCellInput(raw, numberFormat === '@' ? null : parse);
        if (input.formula !== undefined) {
          formulas.set(r, c, input.formula);
          line[c - 1] = '';
          continue;
        }
        if (formulaLine !== undefined) formulaLine[c - 1] = '';
        line[c - 1] = input.value;
        // Only typed numbers and dates carry a format; text and booleans never do.
        if (numberFormat || (typeof input.value !== 'number' && !(input.value instanceof Date))) continue;
        if (typeof raw === 'string' && this.inferFormat(store, r, c, raw)) continue;
        if (input.value instanceof Date) formats.set(r, c, dateFormat(formats.get(r, c)));
      }
    }
    store.contentChanged();
  }

  /** Typed text like `10%` or `$5` also sets the cell's number format in Sheets. */
  private inferFormat(store: SheetStore, row: number, column: number, text: string): boolean {
    const inferred = inferNumberFormat(text, this.locale);
    if (inferred) store.formats.set(row, column, formatSetter('numberFormat', inferred)(store.formats.get(row, column)));
    return inferred !== undefined;
  }
}
