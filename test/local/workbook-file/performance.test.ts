import type { CellValue, WorkbookModel } from '../../../src/local/emulator/model';
import { workbookFromBuffer, workbookToBuffer } from '../../../src/local/workbook-file';

/**
 * Rows of a pipeline-like sheet: strings, numbers, dates, booleans and gaps. Set
 * WORKBOOK_PERF_ROWS to try larger sizes (WORKBOOK_PERF_ROWS=100000). Times are logged,
 * never asserted: timing budgets are checked by `npm run bench` (SPEC §8), not unit tests.
 */
const ROWS = Number(process.env.WORKBOOK_PERF_ROWS ?? 10_000);
const COLUMNS = 25;

function model(): WorkbookModel {
  const values: CellValue[][] = [Array.from({ length: COLUMNS }, (_, c) => `Column ${c + 1}`)];
  for (let r = 1; r <= ROWS; r += 1) {
    values.push(Array.from({ length: COLUMNS }, (_, c): CellValue => {
      switch (c % 5) {
        case 0: return `D-${String(r).padStart(6, '0')} ${c}`;
        case 1: return r * 37 + c;
        case 2: return new Date(Date.UTC(2024, 0, 1) + (r % 500) * 86400000);
        case 3: return r % 2 === 0;
        default: return r % 4 === 0 ? '' : `note ${r % 97}`;
      }
    }));
  }
  return {
    id: 'perf', name: 'perf', locale: 'en_US', timeZone: 'Europe/Paris', activeSheet: 'Data',
    sheets: [{
      name: 'Data', id: 0, hidden: false, maxRows: ROWS + 1, maxColumns: COLUMNS, frozenRows: 1, frozenColumns: 0, values,
      formulas: [], notes: [], validations: [], protections: [], conditionalFormats: [], charts: [], columnWidths: [],
      formats: [{ range: { row: 2, column: 2, numRows: ROWS, numColumns: 1 }, format: { numberFormat: '#,##0' } }],
    }],
    properties: { document: {}, script: {}, user: {} },
  };
}

it(`writes and reads ${ROWS} x ${COLUMNS} cells back exactly (times logged)`, async () => {
  const workbook = model();
  const start = Date.now();
  const data = await workbookToBuffer(workbook);
  const written = Date.now();
  const again = await workbookFromBuffer(data, 'perf.xlsx');
  const read = Date.now();
  const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  console.log(`${ROWS} x ${COLUMNS}: write ${written - start} ms, read ${read - written} ms, ${Math.round(data.length / 1024)} KiB, heap ${heap} MiB`);
  expect(again).toEqual(workbook);
}, 600_000);
