import type { Emulator } from '../../../src/local/emulator';
import { loadStageContext } from '../../../src/sheet/enforce/stage-context';
import { readPipelineLayout } from '../../../src/sheet/pipeline-layout';
import { applyStageChanges, type StageChangeTarget } from '../../../src/sheet/stage-changes';
import { CLOSE, COL, deal, pipelineFixture, SETUP_TIME, writeCalls } from './pipeline-fixture';

/**
 * The sidebar commands of issue 5 (moveDeal, addDeal) call `applyStageChanges` in command
 * mode. Until they exist as globals, it runs here from source, inside an execution of the
 * emulator with its services as the globals, as Apps Script would run it.
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
      return applyStageChanges(targets, { layout, definition: context.definition, language: 'en', via: 'sidebar', mode: 'command', historySheet: context.historySheet });
    }).value;
  } finally {
    Object.assign(globalThis, saved);
  }
}

const DEALS = [deal('D-000001', 'Acme', 'Qualification', 1000), deal('D-000002', 'Beta', 'Negotiation', 2000, CLOSE)];

describe('applyStageChanges for sidebar commands', () => {
  it('moveDeal: writes the stage, the form fields and Stage entered, and logs via sidebar', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = runCommand(f.emulator, [{ row: 2, stage: 'proposal', fields: { 'Expected close': CLOSE, Notes: '=HYPERLINK("x")' } }]);
    expect(result).toEqual({ ok: true, busy: false, accepted: [{ row: 2, dealId: 'D-000001', newDealId: false, from: 'qualification', to: 'proposal' }], rejected: [] });
    expect(f.cell(2, COL.stage)).toBe('Proposal');
    expect(f.cell(2, COL.close)).toEqual(CLOSE);
    expect(f.cell(2, COL.notes)).toBe('=HYPERLINK("x")');
    expect(f.pipeline.getRange(2, COL.notes).getFormula()).toBe('');
    expect(f.cell(2, COL.entered)).not.toEqual(SETUP_TIME);
    expect(f.historyRows().at(-1)!.slice(1)).toEqual(['D-000001', 'Qualification', 'Proposal', 'kim@example.com', 'sidebar', 1000]);
  });

  it('a refused command writes nothing and answers every reason, by field', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = runCommand(f.emulator, [{ row: 3, stage: 'Closed lost', fields: { Amount: 1 } }]);
    expect(result.ok).toBe(false);
    expect(result.rejected).toEqual([
      { row: 3, dealId: 'D-000002', text: 'Closed lost', revertedTo: null, problems: [{ code: 'missing-field', field: 'Lost reason', message: 'Lost reason is required to enter Closed lost.' }] },
    ]);
    expect(writeCalls(f.emulator)).toEqual([]);
  });

  it('addDeal: a new row below the last, its Deal ID generated, logged from blank', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = runCommand(f.emulator, [{ row: 'new', stage: 'Prospecting', fields: { Deal: '+33 deal', Owner: 'kim@example.com', Amount: 50 } }]);
    expect(result.accepted).toEqual([{ row: 4, dealId: 'D-000003', newDealId: true, from: null, to: 'prospecting' }]);
    expect(f.pipeline.getRange(4, 1, 1, 5).getValues()[0]).toEqual(['D-000003', '+33 deal', 'kim@example.com', 'Prospecting', 50]);
    expect(f.historyRows().at(-1)!.slice(1, 6)).toEqual(['D-000003', '', 'Prospecting', 'kim@example.com', 'sidebar']);
  });

  it('while another execution holds the lock: refused as busy, nothing read or written', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.emulator.locks.holdDocumentLock('other');
    const result = runCommand(f.emulator, [{ row: 2, stage: 'First contact' }]);
    expect(result).toMatchObject({ ok: false, busy: true, accepted: [], rejected: [{ problems: [{ code: 'busy' }] }] });
    expect(writeCalls(f.emulator)).toEqual([]);
    expect(f.historyRows()).toHaveLength(DEALS.length);
  });
});
