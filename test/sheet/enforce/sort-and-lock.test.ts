import { CLOSE, COL, deal, pipelineFixture, SETUP_TIME } from './pipeline-fixture';

const DEALS = [
  deal('D-000001', 'Alpha', 'Prospecting'),
  deal('D-000002', 'Bravo', 'Qualification', 1000, CLOSE),
  deal('D-000003', 'Charlie', 'Proposal', 2000, CLOSE),
  deal('D-000004', 'Delta', 'Closed won', 3000, CLOSE),
  deal('D-000005', 'Echo', 'Negotiation', 4000, CLOSE),
];

/** Where a deal's row is now. */
function rowOf(f: ReturnType<typeof pipelineFixture>, id: string): number {
  const ids = f.pipeline.getRange(2, COL.id, DEALS.length + 5, 1).getValues().map((r) => r[0]);
  return ids.indexOf(id) + 2;
}

describe('rows sorted or moved', () => {
  it('keeps the history right: it is keyed by Deal ID, never by row', () => {
    const f = pipelineFixture({ deals: DEALS });
    // A user sort (Data › Sort range, Z→A by Deal): no onEdit fires.
    f.pipeline.getRange(2, 1, DEALS.length, 10).sort({ column: COL.deal, ascending: false });
    expect(rowOf(f, 'D-000005')).toBe(2);
    expect(rowOf(f, 'D-000002')).toBe(5);

    f.runtime.userEdit('Pipeline', rowOf(f, 'D-000002'), COL.stage, [['First contact']]);
    expect(f.historyRows().at(-1)!.slice(1, 4)).toEqual(['D-000002', 'Qualification', 'First contact']);
    expect(f.cell(rowOf(f, 'D-000002'), COL.entered)).not.toEqual(SETUP_TIME);

    // A paste over the whole sorted column: each row is judged by its own deal's history.
    const byRow = ['Closed won', 'Closed won', 'Negotiation', 'First contact', 'Qualification']; // Echo, Delta, Charlie, Bravo, Alpha
    const result = f.runtime.userEdit('Pipeline', 2, COL.stage, byRow.map((s) => [s]));
    expect(f.historyRows().slice(DEALS.length + 1).map((r) => r.slice(1, 4))).toEqual([
      ['D-000005', 'Negotiation', 'Closed won'],
      ['D-000003', 'Proposal', 'Negotiation'],
      ['D-000001', 'Prospecting', 'Qualification'],
    ]);
    expect(result.toasts).toEqual([]);
  });

  it('a row moved elsewhere (pasted below, old row emptied) is no stage change', () => {
    const f = pipelineFixture({ deals: DEALS });
    const moved = f.pipeline.getRange(4, 1, 1, 10).getValues();
    f.runtime.userEdit('Pipeline', 10, 1, moved);
    f.runtime.userEdit('Pipeline', 4, 1, [new Array(10).fill('')]);
    expect(f.historyRows()).toHaveLength(DEALS.length);
    expect(f.emulator.ui.toasts).toEqual([]);
    expect(f.runtime.userEdit('Pipeline', 10, COL.stage, [['Negotiation']]).toasts).toEqual([]);
    expect(f.historyRows().at(-1)!.slice(1, 4)).toEqual(['D-000003', 'Proposal', 'Negotiation']);
  });
});

describe('two users at once', () => {
  it('an edit made while another execution holds the document lock is put back whole: no history row lost, nothing half-written', () => {
    const f = pipelineFixture({ deals: DEALS });
    // Alice's execution holds the lock and logs her own change.
    f.emulator.locks.holdDocumentLock('alice-execution');
    f.history.appendRow([new Date(), 'D-000001', 'Prospecting', 'Qualification', 'alice@example.com', 'edit', '']);
    f.pipeline.getRange(2, COL.stage).setValue('Qualification');

    // Bob types meanwhile: his execution cannot get the lock.
    const bob = f.runtime.userEdit('Pipeline', 3, COL.stage, [['First contact']], { user: 'bob@example.com' });
    expect(bob.triggerError).toBeUndefined();
    expect(bob.toasts[0]).toMatchObject({
      title: 'Stage change undone',
      message: 'D-000002: "First contact" — Another change was being saved at the same moment, so this one could not be checked and logged: it was undone. Please enter it again.',
    });
    expect(f.cell(3, COL.stage)).toBe('Qualification');
    expect(f.cell(3, COL.entered)).toEqual(SETUP_TIME);
    // One typed cell: the toast above quotes the text to enter again; no note is added.
    expect(f.note(3, COL.stage)).toBe('');
    // A paste meanwhile: every changed row put back to what the history says, nothing logged.
    const paste = f.runtime.userEdit('Pipeline', 4, COL.stage, [['Negotiation'], ['Closed won'], ['Closed won']], { user: 'bob@example.com' });
    expect(f.stages(5)).toEqual(['Qualification', 'Qualification', 'Proposal', 'Closed won', 'Negotiation']);
    expect(paste.toasts[0].title).toBe('2 stage changes undone');
    expect(f.pipeline.getRange(2, COL.entered, 5, 1).getValues().every((r) => (r[0] as Date).getTime() === SETUP_TIME.getTime())).toBe(true);
    expect(f.historyRows()).toHaveLength(DEALS.length + 1);

    // Alice's execution ends; Bob enters his change again and it is logged after hers.
    f.emulator.locks.release('alice-execution');
    expect(f.runtime.userEdit('Pipeline', 3, COL.stage, [['First contact']], { user: 'bob@example.com' }).toasts).toEqual([]);
    expect(f.historyRows().slice(DEALS.length).map((r) => r.slice(1, 5))).toEqual([
      ['D-000001', 'Prospecting', 'Qualification', 'alice@example.com'],
      ['D-000002', 'Qualification', 'First contact', 'bob@example.com'],
    ]);
    expect(f.emulator.locks.isHeld('document')).toBe(false);
  });
});
