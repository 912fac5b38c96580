import { Emulator } from '../../../src/local/emulator';
import type { EmulatorOptions, ExecutionContext } from '../../../src/local/emulator/api';
import type { WorkbookModel } from '../../../src/local/emulator/model';

/** The globals as the script sees them, typed like Apps Script. */
export interface Globals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Charts: GoogleAppsScript.Charts.Charts;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

export function setup(init?: WorkbookModel | EmulatorOptions) {
  const emu = new Emulator(init);
  const g = emu.globals() as unknown as Globals;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  emu.calls.reset();
  return { emu, g, ss, sheet };
}

export const ALICE: ExecutionContext = { user: 'alice@example.com', userLocale: 'en', authMode: 'FULL' };
export const BOB: ExecutionContext = { user: 'bob@example.com', userLocale: 'fr', authMode: 'FULL' };
