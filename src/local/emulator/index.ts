/**
 * The local spreadsheet emulator: an in-memory workbook behind Apps Script's
 * `SpreadsheetApp` (and the other services the add-on uses), for running the built
 * `dist/Code.js` in a `node:vm` context. See `api.ts` for the Node-side types.
 */
import { randomUUID } from 'node:crypto';
import type { CallLog, EmulatorOptions, ExecutionContext, ExecutionResult, FormulaEvaluator, UiLog } from './api';
import type { CellValue, WorkbookModel } from './model';
import { CallCounter } from './call-counter';
import { type ExecutionState, type LogRecord, NODE_CONTEXT, emptyUiLog } from './execution';
import { HtmlServiceImpl } from './html-service';
import { LockManager, LockServiceImpl } from './lock-service';
import { exportWorkbook, loadWorkbook } from './model-io';
import { PropertiesServiceImpl } from './properties-service';
import { ScriptObject, asGas, unwrap, wrap } from './proxy';
import { SessionImpl } from './session';
import { SpreadsheetImpl } from './spreadsheet';
import { ChartsImpl, ScriptAppImpl, SpreadsheetAppImpl } from './spreadsheet-app';
import { type BlockEditResult, type InputCheck, type UserEditResult, applyUserEdit, applyUserEditBlock, checkUserInput } from './user-edit';
import { LoggerImpl, QuietConsole, UtilitiesImpl } from './utilities';
import { type Env, Workbook } from './workbook';

export type { BlockEditResult, InputCheck, UserEditResult } from './user-edit';
export type { LogRecord } from './execution';
export { LockManager } from './lock-service';

function isModel(init: WorkbookModel | EmulatorOptions | undefined): init is WorkbookModel {
  return init !== undefined && Array.isArray((init as WorkbookModel).sheets);
}

export class Emulator {
  readonly calls: CallLog;
  /** Everything any execution recorded, in order. */
  readonly ui: UiLog = emptyUiLog();
  /** Logger and console lines, all executions. */
  readonly logs: LogRecord[] = [];
  /** Lock state shared by executions; its hold/release hooks simulate other processes. */
  readonly locks = new LockManager();
  /** Uncounted direct access (Node side): same state the script sees. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Called synchronously after every change to workbook state. */
  onChange?: () => void;
  formulaEvaluator?: FormulaEvaluator;

  private readonly counter = new CallCounter();
  private readonly workbook: Workbook;
  private readonly nodeExecution: ExecutionState = { id: 'node', ctx: NODE_CONTEXT, ui: emptyUiLog() };
  private current: ExecutionState = this.nodeExecution;
  private globalsCache?: Record<string, unknown>;

  /** An empty workbook (one `Sheet1`, 1000 x 26, as Sheets) from options, or a saved model; `options` then adds what a model does not hold. */
  constructor(init?: WorkbookModel | EmulatorOptions, extraOptions: EmulatorOptions = {}) {
    this.calls = this.counter;
    const options: EmulatorOptions = isModel(init) ? extraOptions : { ...init, ...extraOptions };
    const env: Env = {
      counter: this.counter,
      locks: this.locks,
      htmlFiles: options.htmlFiles ?? {},
      scriptTimeZone: options.scriptTimeZone ?? 'Etc/UTC',
      execution: () => this.current,
      changed: () => this.onChange?.(),
      formulaEvaluator: () => this.formulaEvaluator,
      recordUi: (kind, record) => {
        (this.current.ui[kind] as unknown[]).push(record);
        if (this.current.ui !== this.ui) (this.ui[kind] as unknown[]).push(structuredClone(record));
      },
      log: (record) => this.logs.push(record),
    };
    if (isModel(init)) {
      this.workbook = loadWorkbook(env, init);
    } else {
      this.workbook = new Workbook(env, options.id ?? randomUUID(), options.name ?? 'Untitled spreadsheet', options.locale ?? 'en_US', options.timeZone ?? 'Etc/UTC');
      this.workbook.addSheet('Sheet1', 0);
    }
    // Outside executions, UI goes straight to the all-time log.
    this.nodeExecution.ui = this.ui;
    this.spreadsheet = asGas(new SpreadsheetImpl(this.workbook));
  }

  /** Replaces the whole workbook (an import, or a reload from disk), keeping logs, locks and listeners. */
  replaceWorkbook(model: WorkbookModel): void {
    const fresh = loadWorkbook(this.workbook.env, model);
    Object.assign(this.workbook, fresh);
    this.onChange?.();
  }

  execute<T>(ctx: ExecutionContext, fn: () => T): ExecutionResult<T> {
    const previous = this.current;
    const execution: ExecutionState = { id: `exec-${randomUUID()}`, ctx: { ...ctx }, ui: emptyUiLog() };
    this.current = execution;
    try {
      return { value: fn(), ui: execution.ui };
    } finally {
      this.locks.release(execution.id);
      this.current = previous;
    }
  }

  /** The Apps Script globals for a vm context; every call through them is counted. */
  globals(): Record<string, unknown> {
    if (!this.globalsCache) {
      const execution = () => this.current;
      const sink = (record: LogRecord) => this.logs.push(record);
      const services: Record<string, ScriptObject> = {
        SpreadsheetApp: new SpreadsheetAppImpl(this.workbook, execution),
        HtmlService: new HtmlServiceImpl(this.workbook.env.htmlFiles),
        PropertiesService: new PropertiesServiceImpl(this.workbook, execution),
        LockService: new LockServiceImpl(this.locks, execution),
        Session: new SessionImpl(execution, this.workbook.env.scriptTimeZone, this.workbook.id),
        Utilities: new UtilitiesImpl(),
        ScriptApp: new ScriptAppImpl(),
        Charts: new ChartsImpl(),
        Logger: new LoggerImpl(sink),
        console: new QuietConsole(sink),
      };
      this.globalsCache = Object.fromEntries(Object.entries(services).map(([name, impl]) => [name, wrap(impl, this.counter)]));
    }
    return { ...this.globalsCache };
  }

  toModel(): WorkbookModel {
    return exportWorkbook(this.workbook);
  }

  /** Would Sheets accept `value` typed by `user` into this cell (protections, validation with allowInvalid=false)? */
  checkUserInput(sheetName: string, row: number, column: number, value: CellValue, user = this.current.ctx.user): InputCheck {
    return checkUserInput(this.workbook, sheetName, row, column, value, user);
  }

  /** Applies what a user typed (text parsed like Sheets, or a value) if accepted; returns old and new values for `onEdit`. */
  userEdit(sheetName: string, row: number, column: number, input: string | CellValue, user = this.current.ctx.user): UserEditResult {
    return applyUserEdit(this.workbook, sheetName, row, column, input, user);
  }

  /** Applies a typed or pasted block all-or-nothing: if Sheets would refuse any cell, nothing changes. */
  userEditBlock(sheetName: string, row: number, column: number, inputs: (string | CellValue)[][], user = this.current.ctx.user): BlockEditResult {
    return applyUserEditBlock(this.workbook, sheetName, row, column, inputs, user);
  }

  /** The script's view of an object from `spreadsheet` (counted, as if the script had obtained it), e.g. for trigger events. */
  forScript<T>(value: T): T {
    const target = unwrap(value);
    return (target instanceof ScriptObject ? wrap(target, this.counter) : value) as T;
  }
}
