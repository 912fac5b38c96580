import type { Emulator } from '../../../src/local/emulator';
import { loadStageContext } from '../../../src/sheet/enforce/stage-context';
import { readPipelineLayout } from '../../../src/sheet/pipeline-layout';
import { tryDocumentLock } from '../../../src/sheet/document-lock';
import { applyHeldStageChanges, type StageChangeTarget } from '../../../src/sheet/stage-changes';
import { CLOSE, COL, deal, pipelineFixture, SETUP_TIME, writeCalls } from './pipeline-fixture';

/**
 * The sidebar commands (moveDeal, addDeal) take the document lock, read the pipeline sheet
 * and the history under it, and call `applyHeldStageChanges` in command mode with what they
 * read. Here it runs from source, inside an execution of the emulator with its services as
 * the globals, as Apps Script would run it.
 */
function runCommand(emulator: Emulator, targets: StageChangeTarget[], user = 'kim@example.com') {
  const globals = emulator.globals();
  const saved = Object.fromEntries(Object.keys(globals).map((name) => [name, (globalThis as Record<string, unknown>)[name]]));
  Object.assign(globalThis, globals);
  try {
    return emulator.execute({ user, userLocale: 'en', authMode: 'FULL' }, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const layout = readPipelineLayout(spreadsheet.getSheetByName('Pipeline')!)!;
      const context = loadStageContext(spreadsheet, layout, 'en');
      const setup = { layout, definition: context.definition, language: 'en' as const, via: 'sidebar' as const, mode: 'command' as const, historySheet: context.historySheet };
      const held = { values: [] as unknown[][], historyIds: [] as string[] };
      const attempt = tryDocumentLock(() => {
        held.values = layout.sheet.getDataRange().getValues();
        held.historyIds = context.historySheet!.getRange('B2:B').getValues().map((r) => String(r[0]));
        return applyHeldStageChanges(targets, setup, held);
      });
      if (attempt.busy) return null;
      return { ...attempt.value, patched: attempt.value.ok ? held.values : [] };
    }).value;
  } finally {
    Object.assign(globalThis, saved);
  }
}

const DEALS = [deal('D-000001', 'Acme', 'Qualification', 1000), deal('D-000002', 'Beta', 'Negotiation', 2000, CLOSE)];

describe('applyHeldStageChanges for sidebar commands', () => {
  it('moveDeal: writes the stage, the form fields and Stage entered, and logs via sidebar', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = runCommand(f.emulator, [{ row: 2, stage: 'proposal', fields: { 'Expected close': CLOSE, Notes: '=HYPERLINK("x")' } }])!;
    const { patched, ...rest } = result;
    expect(rest).toEqual({ ok: true, busy: false, accepted: [{ row: 2, dealId: 'D-000001', newDealId: false, from: 'qualification', to: 'proposal' }], rejected: [] });
    // What was written is patched into the values read, as the sheet now holds them: the command's answer reads nothing again.
    expect(patched[1]).toEqual(f.pipeline.getRange(2, 1, 1, 10).getValues()[0]);
    expect(f.cell(2, COL.stage)).toBe('Proposal');
    expect(f.cell(2, COL.close)).toEqual(CLOSE);
    expect(f.cell(2, COL.notes)).toBe('=HYPERLINK("x")');
    expect(f.pipeline.getRange(2, COL.notes).getFormula()).toBe('');
    expect(f.cell(2, COL.entered)).not.toEqual(SETUP_TIME);
    expect(f.historyRows().at(-1)!.slice(1)).toEqual(['D-000001', 'Qualification', 'Proposal', 'kim@example.com', 'sidebar', 1000]);
  });

  it('a refused command writes nothing and answers every reason, by field', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = runCommand(f.emulator, [{ row: 3, stage: 'Closed lost', fields: { Amount: 1 } }])!;
    expect(result.ok).toBe(false);
    expect(result.rejected).toEqual([
      { row: 3, dealId: 'D-000002', text: 'Closed lost', revertedTo: null, problems: [{ code: 'missing-field', field: 'Lost reason', message: 'Lost reason is required to enter Closed lost.' }] },
    ]);
    expect(writeCalls(f.emulator)).toEqual([]);
  });

  it('addDeal: a new row below the last, its Deal ID generated, logged from blank', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = runCommand(f.emulator, [{ row: 'new', stage: 'Prospecting', fields: { Deal: '+33 deal', Owner: 'kim@example.com', Amount: 50 } }])!;
    expect(result.accepted).toEqual([{ row: 4, dealId: 'D-000003', newDealId: true, from: null, to: 'prospecting' }]);
    expect(f.pipeline.getRange(4, 1, 1, 5).getValues()[0]).toEqual(['D-000003', '+33 deal', 'kim@example.com', 'Prospecting', 50]);
    expect(f.historyRows().at(-1)!.slice(1, 6)).toEqual(['D-000003', '', 'Prospecting', 'kim@example.com', 'sidebar']);
  });

  it('while another execution holds the lock: not run, nothing written', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.emulator.locks.holdDocumentLock('other');
    expect(runCommand(f.emulator, [{ row: 2, stage: 'First contact' }])).toBeNull();
    expect(writeCalls(f.emulator)).toEqual([]);
    expect(f.historyRows()).toHaveLength(DEALS.length);
  });
});
