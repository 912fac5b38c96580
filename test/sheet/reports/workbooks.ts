import type { Emulator } from '../../../src/local/emulator';
import type { CellValue } from '../../../src/local/emulator/model';
import { renderSettings } from '../../../src/core/settings/render-settings';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

export const PIPELINE_HEADER = ['Deal ID', 'Deal', 'Owner', 'Stage', 'Amount', 'Probability', 'Expected close', 'Created', 'Lost reason', 'Lost at stage', 'Forecast category'];
export const HISTORY_HEADER = ['Timestamp', 'Deal ID', 'From', 'To', 'User', 'Via', 'Amount'];

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/**
 * The small pipeline of test/core/reports/small-pipeline.ts as a sheet (UTC spreadsheet):
 * every figure of its reports is worked out by hand there.
 */
export function smallPipelineSheets(): { pipeline: CellValue[][]; history: CellValue[][] } {
  return {
    pipeline: [
      PIPELINE_HEADER,
      ['A', 'Alpha', 'ann', 'Prospecting', 1000, '', day('2024-07-10'), '', '', '', ''],
      ['B', 'Beta', 'bob', 'Proposal', 2000, 0.5, day('2024-07-20'), '', '', '', 'Commit'],
      ['C', 'Gamma', 'ann', 'Closed won', 3000, '', day('2024-02-01'), day('2024-01-01'), '', '', ''],
      ['D', 'Delta', 'bob', 'Closed lost', 500, '', day('2024-01-11'), day('2024-01-01'), 'Price', 'Qualification', ''],
      ['E', 'Epsilon', 'ann', 'Closed won', 5000, '', '', day('2024-01-01'), '', '', ''],
      ['F', 'Zeta', 'ann', 'Negotiation', 4000, '', day('2024-08-05'), '', '', '', 'Best case'],
    ],
    history: [
      HISTORY_HEADER,
      [day('2024-01-01'), 'E', '', 'Prospecting', 'ann', 'edit', ''],
      [day('2024-01-05'), 'E', 'Prospecting', 'Proposal', 'ann', 'edit', ''],
      [day('2024-01-10'), 'E', 'Proposal', 'Negotiation', 'ann', 'edit', 5000],
      [day('2024-01-20'), 'E', 'Negotiation', 'Closed won', 'ann', 'edit', 5000],
    ],
  };
}

const STAGES = ['Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost', 'Onboarding'];
const OWNERS = ['ann@example.com', 'bob@example.com', 'chloe@example.com', 'david@example.com', 'emma@example.com'];
const CATEGORIES = ['', 'Pipeline', 'Best case', 'Commit'];
const REASONS = ['Price', 'Competitor', 'No budget', 'Timing'];
const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1, 9);

/**
 * `count` deals and two history rows each. Dates cycle over the same 120 days whatever the
 * count, so two sizes touch the same months: only the number of rows differs.
 */
export function syntheticSheets(count: number): { pipeline: CellValue[][]; history: CellValue[][] } {
  const pipeline: CellValue[][] = [PIPELINE_HEADER];
  const history: CellValue[][] = [HISTORY_HEADER];
  for (let i = 0; i < count; i++) {
    const id = `D-${String(i + 1).padStart(6, '0')}`;
    const stage = STAGES[i % STAGES.length];
    const created = new Date(BASE + (i % 60) * DAY);
    const moved = new Date(BASE + ((i % 60) + 10 + (i % 7)) * DAY + (i % 5) * 3_600_000);
    pipeline.push([
      id, `Deal ${i + 1}`, OWNERS[i % OWNERS.length], stage, 1000 + (i % 50) * 100, i % 3 === 0 ? 0.3 : '',
      new Date(BASE + (i % 120) * DAY), created, stage === 'Closed lost' ? REASONS[i % REASONS.length] : '',
      stage === 'Closed lost' ? STAGES[i % 5] : '', CATEGORIES[i % CATEGORIES.length],
    ]);
    history.push([created, id, '', 'Prospecting', 'ann@example.com', 'import', '']);
    if (stage !== 'Prospecting') history.push([moved, id, 'Prospecting', stage, 'ann@example.com', 'edit', 1000]);
  }
  return { pipeline, history };
}

/** Writes rows into a sheet created with room for them (uncounted, Node side). */
export function writeSheet(emulator: Emulator, name: string, rows: CellValue[][]): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = emulator.spreadsheet;
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  const width = Math.max(...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill('')]);
  sheet.getRange(1, 1, padded.length, width).setValues(padded);
  return sheet;
}

/** A workbook as setup leaves it: Pipeline, Pipeline Settings (the defaults) and Stage History. */
export function writeWorkbook(emulator: Emulator, sheets: { pipeline: CellValue[][]; history: CellValue[][] }): void {
  writeSheet(emulator, 'Pipeline', sheets.pipeline);
  writeSheet(emulator, 'Pipeline Settings', renderSettings(defaultPipeline(), 'en', 'Pipeline') as CellValue[][]);
  writeSheet(emulator, 'Stage History', sheets.history);
  const first = emulator.spreadsheet.getSheetByName('Sheet1');
  if (first) emulator.spreadsheet.deleteSheet(first);
}
