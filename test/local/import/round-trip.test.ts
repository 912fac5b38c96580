import fs from 'node:fs';
import type { ImportResult } from '../../../src/local/import';
import { workbookFromBuffer, workbookToBuffer } from '../../../src/local/workbook-file';
import { csv, importFile, sheetNamed, tempFolder, writeFile } from './import-helpers';

let folder: string;
beforeAll(() => {
  folder = tempFolder();
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A few hundred deals of every kind: text, numbers, currency, percent, dates, blanks, an unknown stage, missing IDs. */
function leads(count: number): string[][] {
  const stages = ['Prospecting', 'Qualified', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost', 'Onboarding', 'Parked'];
  const rows = [['Deal ID', 'Deal', 'Company', 'Stage', 'Amount', 'Probability', 'Expected close', 'Created', 'Owner', 'Zip', 'Notes']];
  for (let i = 0; i < count; i++) {
    rows.push([
      i % 50 === 7 ? '' : `OPP-${String(i).padStart(5, '0')}`,
      `Deal ${i}`,
      i % 3 ? `Company ${i % 17}, Ltd` : 'Société Générale',
      stages[i % stages.length],
      i % 11 === 0 ? '' : `$${(1000 + i * 7.25).toFixed(2)}`,
      i % 4 === 0 ? '' : `${(i * 13) % 100}%`,
      `${(i % 28) + 1}/${(i % 12) + 1}/2024`,
      `2023-${String((i % 12) + 1).padStart(2, '0')}-15 09:30`,
      `Rep ${i % 5}`,
      String(10000 + ((i * 37) % 89999)).padStart(5, '0').replace(/^1/, '0'),
      i % 9 === 0 ? `Said "call me",\nthen nothing` : i % 10 === 1 ? '=HYPERLINK("http://x.test")' : i % 10 === 2 ? '+33 6 12 34 56 78' : i % 10 === 3 ? '@Ann' : '',
    ]);
  }
  return rows;
}

describe('import → .xlsx → import', () => {
  let first: ImportResult;
  let second: ImportResult;
  beforeAll(async () => {
    first = await importFile(writeFile(folder, 'leads.csv', csv(leads(400))));
    const xlsx = writeFile(folder, 'pipeline.xlsx', await workbookToBuffer(first.workbook));
    second = await importFile(xlsx);
  });

  it('gives the same Pipeline values, formula-like text kept as text', () => {
    const before = sheetNamed(first.workbook, 'Pipeline').values;
    expect(before[2][10]).toBe('=HYPERLINK("http://x.test")');
    expect(before[3][10]).toBe('+33 6 12 34 56 78');
    expect(sheetNamed(first.workbook, 'Pipeline').formulas).toEqual([]);
    const after = sheetNamed(second.workbook, 'Pipeline').values;
    expect(after).toHaveLength(401);
    expect(after).toEqual(before);
    expect(second.source).toMatchObject({ kind: 'xlsx', sheetName: 'Pipeline' });
  });

  it('sets up again to the same figures, with a fresh history via import and nothing left to generate', () => {
    expect(second.figures).toEqual(first.figures);
    expect(second.setup.columnsAdded).toEqual([]);
    expect(second.setup.idsGenerated).toBe(0);
    expect(second.refresh.historyRows).toBe(first.refresh.historyRows);
    expect(sheetNamed(second.workbook, 'Stage History').values.slice(1).every((row) => row[5] === 'import')).toBe(true);
    // The generated IDs are no longer generated, so the second report only keeps the unknown stage.
    expect(first.problems.some((p) => p.kind === 'generated-id')).toBe(true);
    expect(second.problems.map((p) => p.kind)).toEqual(first.problems.filter((p) => p.kind !== 'generated-id').map((p) => p.kind));
  });

  it('keeps the .xlsx a workbook of six sheets with the Stage dropdown', async () => {
    const model = await workbookFromBuffer(await workbookToBuffer(first.workbook), 'pipeline.xlsx');
    expect(model.sheets.map((s) => s.name)).toEqual(['Pipeline', 'Pipeline Settings', 'Stage History', 'Conversion', 'Forecast', 'Import report']);
    const pipeline = model.sheets[0];
    const stageColumn = pipeline.values[0].indexOf('Stage') + 1;
    const dropdown = pipeline.validations.find((v) => v.range.column === stageColumn && v.range.row === 2);
    expect(dropdown?.rule.criteria).toMatch(/VALUE_IN_(LIST|RANGE)/);
  });
});

it('imports the first visible sheet that has a Stage column of an .xlsx, values as they are', async () => {
  const { Emulator } = await import('../../../src/local/emulator');
  const emulator = new Emulator();
  const notes = emulator.spreadsheet.getSheets()[0];
  notes.setName('Read me');
  notes.getRange(1, 1, 2, 1).setValues([['These are our leads'], ['Exported 2024-05-01']]);
  emulator.spreadsheet.insertSheet('Leads');
  const model = emulator.toModel();
  // Straight into the model: text cells stay text ('007'), as in a file Excel saved.
  model.sheets[1].values = [
    ['Deal', 'Stage', 'Amount', 'Code'],
    ['A', 'Won', 1200, '007'],
    ['B', 'Lost', '1 200,50', '008'],
  ];
  const file = writeFile(folder, 'leads.xlsx', await workbookToBuffer(model));
  const result = await importFile(file);
  expect(result.source.sheetName).toBe('Leads');
  const pipeline = result.workbook.sheets[0];
  expect(pipeline.values.slice(0, 3).map((row) => row.slice(0, 4))).toEqual([
    ['Deal', 'Stage', 'Amount', 'Code'],
    ['A', 'Won', 1200, '007'],
    ['B', 'Lost', '1 200,50', '008'],
  ]);
  expect(result.figures.winRate).toBe(0.5);
});

it('says in the Import report that an .xlsx’s formulas are kept as their last values, naming the first', async () => {
  const { Emulator } = await import('../../../src/local/emulator');
  const emulator = new Emulator();
  emulator.spreadsheet.getSheets()[0].setName('Leads');
  const model = emulator.toModel();
  model.sheets[0].values = [
    ['Deal', 'Stage', 'Amount', 'Probability', 'Weighted'],
    ['A', 'Proposal', 1000, 0.4, 400],
    ['B', 'Negotiation', 2000, 0.5, 1000],
  ];
  model.sheets[0].formulas = [
    { row: 3, column: 5, formula: '=C3*D3' },
    { row: 2, column: 5, formula: '=C2*D2' },
  ];
  const result = await importFile(writeFile(folder, 'formulas.xlsx', await workbookToBuffer(model)));
  const notice = result.problems.find((p) => p.kind === 'formulas');
  expect(notice).toMatchObject({ row: 2, column: 5, columnName: 'Weighted', value: 400 });
  expect(notice?.message).toBe(
    'The file’s formulas are kept as their last values: 2 cells, the first E2 (=C2*D2). Put the formulas back in the pipeline if they should keep computing.',
  );
  expect(sheetNamed(result.workbook, 'Pipeline').values[1][4]).toBe(400);
});
