import { whenLockIsAsked } from '../../helpers/when-lock-is-asked';
import type { CommandResult, SidebarState } from '../../../src/core/sidebar/sidebar-api';
import { convertedPipeline } from '../enforce/converted-fixture';
import { CLOSE, COL, deal, pipelineFixture, writeCalls, type Fixture } from '../enforce/pipeline-fixture';
import { countedCalls } from './count-calls';

const DEALS = [
  deal('D-000001', 'Acme', 'Prospecting'),
  deal('D-000002', 'Beta', 'Qualification', 1000, CLOSE),
  deal('D-000003', 'Gamma', 'Negotiation', 3000, CLOSE),
];

function run<T extends object = object>(f: Fixture, name: string, args: unknown[], user = 'bob@example.com'): CommandResult<T> {
  return f.runtime.run(name, args, { userLocale: 'en', user }).value as CommandResult<T>;
}

const rowOf = (f: Fixture, id: string) => f.pipeline.getRange(1, COL.id, 20, 1).getValues().findIndex((r) => r[0] === id) + 1;

describe('sidebar commands read what they judge under the document lock', () => {
  it('while another execution holds the lock: refused before a single read, nothing written', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.emulator.locks.holdDocumentLock('alice-execution');
    for (const [name, args] of [
      ['moveDeal', ['D-000002', 'proposal', {}]],
      ['addDeal', [{ Deal: 'X', Stage: 'Prospecting' }]],
      ['setNextStep', ['D-000002', 'Call', '']],
    ] as const) {
      f.emulator.calls.reset();
      const result = run(f, name, [...args]);
      expect([name, result.ok]).toEqual([name, false]);
      expect((result as { errors: { message: string }[] }).errors[0].message).toMatch(/Another change was being saved/);
      expect([name, countedCalls(f.emulator).counted]).toEqual([name, 0]);
      expect(writeCalls(f.emulator)).toEqual([]);
    }
    expect(f.historyRows()).toHaveLength(DEALS.length);
  });

  it('rows moved by another user while waiting for the lock: the move lands on its own deal', () => {
    const f = pipelineFixture({ deals: DEALS });
    // Alice sorts the deals Z→A and inserts a row on top while Bob waits.
    whenLockIsAsked(f, () => {
      f.pipeline.getRange(2, 1, DEALS.length, 10).sort({ column: COL.deal, ascending: false });
      f.pipeline.insertRowsBefore(2, 1);
    });
    expect(run(f, 'moveDeal', ['D-000002', 'proposal', { Notes: 'from Bob' }]).ok).toBe(true);
    const row = rowOf(f, 'D-000002');
    expect(row).toBe(4);
    expect([f.cell(row, COL.deal), f.cell(row, COL.stage), f.cell(row, COL.notes)]).toEqual(['Beta', 'Proposal', 'from Bob']);
    expect(f.stages(4)).toEqual(['', 'Negotiation', 'Proposal', 'Prospecting']);
    expect(f.historyRows().at(-1)!.slice(1, 4)).toEqual(['D-000002', 'Qualification', 'Proposal']);
  });

  it('a move judged on the stage Alice just gave the deal, not the one before', () => {
    const f = pipelineFixture({ deals: DEALS });
    whenLockIsAsked(f, () => {
      f.pipeline.getRange(3, COL.stage).setValue('Closed won');
      f.history.appendRow([new Date(), 'D-000002', 'Qualification', 'Closed won', 'alice@example.com', 'edit', 1000]);
    });
    // Closed deals cannot be reopened: judged on Closed won, Bob's move is refused and nothing is written.
    const result = run(f, 'moveDeal', ['D-000002', 'negotiation', {}]);
    expect(result.ok).toBe(false);
    expect(f.cell(3, COL.stage)).toBe('Closed won');
    expect(f.historyRows()).toHaveLength(DEALS.length + 1);
  });

  it('a deal Alice added while Bob waited: Bob’s new deal gets the next ID, and his answer shows both', () => {
    const f = pipelineFixture({ deals: DEALS });
    // Alice's row lands with its ID (here written where no edit fires, so only a read under the lock can see it).
    whenLockIsAsked(f, () => f.pipeline.getRange(5, 1, 1, 4).setValues([['D-000004', 'Alice deal', 'alice@example.com', 'Prospecting']]));
    const result = run<{ dealId: string }>(f, 'addDeal', [{ Deal: 'Bob deal', Stage: 'Prospecting' }]);
    expect((result as { dealId: string }).dealId).toBe('D-000005');
    expect(f.pipeline.getRange(5, 1, 2, 2).getValues()).toEqual([['D-000004', 'Alice deal'], ['D-000005', 'Bob deal']]);
    expect((result as { state: SidebarState }).state.counts!.total).toBe(DEALS.length + 2);
  });

  it('a next step set after rows moved while waiting: on the deal named, not the row it was on', () => {
    const f = convertedPipeline(5);
    const { col } = f;
    whenLockIsAsked(f, () => f.sheet.deleteRow(2));
    const result = f.runtime.run('setNextStep', ['D-000003', 'Send contract', '2024-10-07'], { userLocale: 'en' }).value as CommandResult;
    expect(result.ok).toBe(true);
    expect(f.sheet.getRange(3, col['Deal ID']).getValue()).toBe('D-000003');
    expect(f.sheet.getRange(3, col['Next step'], 1, 2).getValues()[0]).toEqual(['Send contract', new Date('2024-10-07T00:00:00Z')]);
    expect(f.sheet.getRange(2, col['Next step'], 1, 2).getValues()[0]).toEqual(['', '']);
  });
});
