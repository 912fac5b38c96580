import type { Emulator } from '../../../src/local/emulator';
import type { CellValue } from '../../../src/local/emulator/model';
import type { Runtime } from '../../../src/local/runtime';
import { loadBuiltAddon } from '../../helpers/built';
import { CLOSE } from './pipeline-fixture';

/** A CRM export's columns: the user's own, in their order. */
export const LEADS_HEADER = ['Deal', 'Owner', 'Stage', 'Amount', 'Expected close', 'Lost reason', 'Notes'];

export interface Converted {
  emulator: Emulator;
  runtime: Runtime;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  history: GoogleAppsScript.Spreadsheet.Sheet;
  /** 1-based column of each header after setup (the user's, then the ones setup appended). */
  col: Record<string, number>;
  header: string[];
}

/**
 * A sheet of `size` leads converted by the built add-on's own `setupPipeline`, as a user
 * would: the layout, Pipeline Settings, Stage History (one row per deal) and Deal ID counter
 * exactly as setup leaves them. Deal i+1 (sheet row i+2) is in Negotiation when i is even,
 * else Qualification; every fourth has a Lost reason, every tenth no Expected close;
 * `status` adds a Status column (Pipedrive's) after Notes, deal i's cell `status(i)`. The
 * history gets `historyRoom` spare rows (a bulk append then never has to grow it), and the
 * call log is reset.
 */
export function convertedPipeline(size: number, options: { historyRoom?: number; status?: (i: number) => string } = {}): Converted {
  const { emulator, runtime } = loadBuiltAddon();
  const ss = emulator.spreadsheet;
  const sheet = ss.getSheetByName('Sheet1')!.setName('Pipeline');
  const { status } = options;
  const rows: CellValue[][] = [status ? [...LEADS_HEADER, 'Status'] : LEADS_HEADER];
  for (let i = 0; i < size; i++) {
    rows.push([`Deal ${i + 1}`, 'ann@example.com', i % 2 ? 'Qualification' : 'Negotiation', 100 + i, i % 10 === 9 ? '' : CLOSE, i % 4 === 0 ? 'Price' : '', '']);
    if (status) rows[i + 1].push(status(i));
  }
  if (rows.length + 50 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 50 - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  ss.setActiveSheet(sheet);
  const result = runtime.run('setupPipeline').value as { ok: boolean; message: string };
  if (!result.ok) throw new Error(result.message);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const col = Object.fromEntries(header.map((name, i) => [name, i + 1]));
  const history = ss.getSheetByName('Stage History')!;
  if (options.historyRoom) history.insertRowsAfter(history.getMaxRows(), options.historyRoom);
  ss.setActiveSheet(sheet);
  emulator.calls.reset();
  return { emulator, runtime, sheet, history, col, header };
}
