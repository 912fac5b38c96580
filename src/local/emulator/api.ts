/**
 * The Node-side face of the local spreadsheet emulator: what the runtime loader, the
 * preview server, the CLI and the tests use. The Apps Script face is the set of globals
 * returned by `globals()`, typed against `@types/google-apps-script`.
 */
import type { CellValue, WorkbookModel } from './model';

export interface EmulatorOptions {
  id?: string;
  name?: string;
  /** Spreadsheet locale, e.g. `'en_US'` (default) or `'fr_FR'`. */
  locale?: string;
  /** Spreadsheet time zone (IANA), default `'Etc/UTC'`. */
  timeZone?: string;
  /** Script time zone (`Session.getScriptTimeZone()`), default `'Etc/UTC'` as in appsscript.json. */
  scriptTimeZone?: string;
  /** Files served by `HtmlService.createHtmlOutputFromFile(name)`, keyed by name without `.html`. */
  htmlFiles?: Record<string, string>;
}

/** Who runs one execution (one server call, one trigger). */
export interface ExecutionContext {
  /** Active user's e-mail; `''` when unknown (as in Apps Script without authorisation). */
  user: string;
  /** `Session.getActiveUserLocale()`, e.g. `'en'` or `'fr'`. */
  userLocale: string;
  /** `ScriptApp.AuthMode` name. */
  authMode: 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';
}

export interface ToastRecord { message: string; title: string; timeoutSeconds: number }
export interface AlertRecord { title: string; prompt: string; buttons: string }
export interface MenuRecord { kind: 'addon' | 'menu'; caption: string; items: MenuItemRecord[] }
export type MenuItemRecord =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuItemRecord[] };
export interface SidebarRecord { title: string; width: number; html: string }
export interface DialogRecord { title: string; width: number; height: number; html: string; modal: boolean }

/** What the UI services recorded, in order. */
export interface UiLog {
  menus: MenuRecord[];
  toasts: ToastRecord[];
  alerts: AlertRecord[];
  sidebars: SidebarRecord[];
  dialogs: DialogRecord[];
}

/** Counts of Apps Script service calls made by the script, by `Class.method` (e.g. `Range.getValues`). */
export interface CallLog {
  /** Count for one method, or the total when no name is given. */
  count(method?: string): number;
  /** Every method with a non-zero count. */
  byMethod(): Record<string, number>;
  reset(): void;
}

/** Result of an execution: its value and what it recorded. */
export interface ExecutionResult<T> {
  value: T;
  ui: UiLog;
}

export type FormulaEvaluator = (formula: string, sheetName: string, row: number, column: number) => CellValue;
