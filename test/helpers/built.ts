import fs from 'node:fs';
import path from 'node:path';
import { Emulator } from '../../src/local/emulator';
import type { EmulatorOptions } from '../../src/local/emulator/api';
import type { CellValue } from '../../src/local/emulator/model';
import { Runtime, type Who } from '../../src/local/runtime';

export const DIST = path.resolve(__dirname, '../../dist');

/** A file of the build; `npm test` builds before it runs jest. */
export function readDist(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: run "npm run build" (npm test does it first)`);
  return fs.readFileSync(full, 'utf8');
}

/** The built add-on running against a fresh emulator, as in the preview. */
export function loadBuiltAddon(options: EmulatorOptions = {}, who: Who = {}): { emulator: Emulator; runtime: Runtime } {
  const emulator = new Emulator({ ...options, htmlFiles: { Sidebar: readDist('Sidebar.html'), ...options.htmlFiles } });
  return { emulator, runtime: new Runtime(emulator, readDist('Code.js'), who) };
}

/** Writes rows into a new sheet (or the first sheet, renamed) through the uncounted Node-side view. */
export function putSheet(emulator: Emulator, name: string, rows: CellValue[][]): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = emulator.spreadsheet;
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  if (rows.length > 0) sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return sheet;
}
