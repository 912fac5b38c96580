import type { CellValue } from '../../../src/local/emulator/model';
import { loadBuiltAddon } from '../../helpers/built';
import { columnBelow, leads, valuesOf } from './fixtures';

interface NormaliseResult {
  ok: boolean;
  changed: number;
  historyRowsAdded: number;
  rewritten: { text: string; canonical: string | null; rows: number[]; count: number }[];
  unrecognisedStages: { text: string; rows: number[] }[];
  withoutId: { text: string; rows: number[] }[];
  formulas: { text: string; rows: number[] }[];
  message: string;
}

const ROWS: CellValue[][] = [
  ['Deal ID', 'Deal', 'Stage', 'Amount', 'Notes'],
  ['D-000001', 'A', 'Proposal', 100, 'keep'],
  ['D-000002', 'B', 'won', 200, ''],
  ['D-000003', 'C', 'Négociation', 300, ''],
  ['D-000004', 'D', 'Hot', 400, ''],
  ['', '', '', '', ''],
  ['D-000005', 'E', 'Quote sent', '', ''],
  ['D-000006', 'F', 'PROSPECTING', 600, 'call back'],
];

function setUp(userLocale = 'en') {
  const { emulator, runtime } = loadBuiltAddon();
  const sheet = leads(emulator, 'Pipeline', ROWS);
  runtime.run('setupPipeline', [], { userLocale });
  return { emulator, runtime, sheet };
}

describe('normaliseStageNames', () => {
  it('rewrites aliases, case and other-language names to the labels, one history row each, unrecognised untouched', () => {
    const { emulator, runtime, sheet } = setUp();
    const historyBefore = valuesOf(emulator.spreadsheet.getSheetByName('Stage History')!);
    const sheetBefore = valuesOf(sheet);
    const { value, ui } = runtime.run('normaliseStageNames', [], { user: 'bob@example.com' });
    const result = value as NormaliseResult;
    expect(result.ok).toBe(true);
    expect(columnBelow(sheet, 1, 3)).toEqual(['Proposal', 'Closed won', 'Negotiation', 'Hot', '', 'Proposal', 'Prospecting']);
    expect(result.changed).toBe(4);
    expect(result.rewritten.map((f) => [f.text, f.canonical, f.rows])).toEqual([
      ['won', 'Closed won', [3]],
      ['Négociation', 'Negotiation', [4]],
      ['Quote sent', 'Proposal', [7]],
      ['PROSPECTING', 'Prospecting', [8]],
    ]);
    expect(result.unrecognisedStages).toEqual([{ text: 'Hot', canonical: null, rows: [5], count: 1 }]);
    // Every other cell is untouched.
    const others = (rows: CellValue[][]) => rows.map((row) => row.filter((_, c) => c !== 2));
    expect(others(valuesOf(sheet))).toEqual(others(sheetBefore));

    const history = valuesOf(emulator.spreadsheet.getSheetByName('Stage History')!);
    const added = history.slice(historyBefore.length);
    // The stage does not change, only its spelling: from = to, via normalise, by who ran it.
    expect(added.map((row) => row.slice(1))).toEqual([
      ['D-000002', 'Closed won', 'Closed won', 'bob@example.com', 'normalise', 200],
      ['D-000003', 'Negotiation', 'Negotiation', 'bob@example.com', 'normalise', 300],
      ['D-000005', 'Proposal', 'Proposal', 'bob@example.com', 'normalise', ''],
      ['D-000006', 'Prospecting', 'Prospecting', 'bob@example.com', 'normalise', 600],
    ]);
    expect(added.every((row) => row[0] instanceof Date)).toBe(true);
    expect(ui.alerts[0].prompt).toContain('Stage cells rewritten to their names: 4, each logged in the Stage History.');
    expect(ui.alerts[0].prompt).toContain('Stages not recognised, left as they are: "Hot" (row 5).');

    // Nothing left to do the second time.
    const before = emulator.toModel();
    const again = runtime.run('normaliseStageNames').value as NormaliseResult;
    expect(again.changed).toBe(0);
    expect(emulator.toModel()).toEqual(before);
  });

  it('after normalising, setup has nothing spelt differently to report', () => {
    const { runtime } = setUp();
    runtime.run('normaliseStageNames');
    const summary = runtime.run('setupPipeline').value as { differentlySpeltStages: unknown[]; changed: boolean };
    expect(summary.differentlySpeltStages).toEqual([]);
    expect(summary.changed).toBe(false);
  });

  it('writes French labels for a French user, and leaves formula cells and rows without a Deal ID alone', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = leads(emulator, 'Pipeline', [
      ['Deal', 'Stage', 'Deal ID'],
      ['A', 'Proposal', 'D-000001'],
      ['B', '', 'D-000002'],
      ['C', 'Won', ''],
    ]);
    runtime.run('setupPipeline', [], { userLocale: 'fr' });
    sheet.getRange('B3').setFormula('="Lost"');
    sheet.getRange('C4').setValue('');
    const result = runtime.run('normaliseStageNames', [], { userLocale: 'fr' }).value as NormaliseResult;
    expect(sheet.getRange('B2').getValue()).toBe('Proposition');
    expect(sheet.getRange('B3').getFormula()).toBe('="Lost"');
    expect(sheet.getRange('B4').getValue()).toBe('Won');
    expect(result.formulas.map((f) => f.rows)).toEqual([[3]]);
    expect(result.withoutId.map((f) => f.rows)).toEqual([[4]]);
    expect(result.message).toContain('Cellules d’étape réécrites avec leur nom : 1');
    expect(result.message).toContain('la cellule contient une formule');
  });

  it('says so when the spreadsheet has no pipeline', () => {
    const { runtime } = loadBuiltAddon();
    const { value, ui } = runtime.run('normaliseStageNames');
    expect((value as NormaliseResult).ok).toBe(false);
    expect(ui.alerts[0].prompt).toContain('no pipeline sheet yet');
  });
});
