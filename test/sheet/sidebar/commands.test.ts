import type { CommandResult, SidebarState } from '../../../src/core/sidebar/sidebar-api';
import { countedCalls } from './count-calls';
import { CLOSE, COL, deal, pipelineFixture, writeCalls, type Fixture } from '../enforce/pipeline-fixture';

const DEALS = [
  deal('D-000001', 'Acme', 'Prospecting'),
  deal('D-000002', 'Beta', 'Qualification', 1000, CLOSE),
  deal('D-000003', 'Gamma', 'Negotiation', 3000, CLOSE),
];
const row = (id: number) => id + 1;

function run<T extends object = object>(f: Fixture, name: string, args: unknown[], userLocale = 'en'): CommandResult<T> {
  return f.runtime.run(name, args, { userLocale, user: 'bob@example.com' }).value as CommandResult<T>;
}
function errorsOf(result: CommandResult): { field: string; message: string }[] {
  expect(result.ok).toBe(false);
  return (result as { errors: { field: string; message: string }[] }).errors;
}
/** A refused command writes nothing. */
function expectNothingWritten(f: Fixture, historyBefore: number): void {
  expect(writeCalls(f.emulator)).toEqual([]);
  expect(f.historyRows()).toHaveLength(historyBefore);
}

describe('moveDeal (built bundle)', () => {
  it('accepted: the same history row and Stage entered as a typed edit, via sidebar, with the new state', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = run(f, 'moveDeal', ['D-000002', 'proposal', { Amount: 1500 }]);
    expect(result.ok).toBe(true);
    const [at, ...rest] = f.historyRows()[DEALS.length];
    expect(rest).toEqual(['D-000002', 'Qualification', 'Proposal', 'bob@example.com', 'sidebar', 1500]);
    expect(f.cell(row(2), COL.stage)).toBe('Proposal');
    expect(f.cell(row(2), COL.amount)).toBe(1500);
    expect(f.cell(row(2), COL.entered)).toEqual(at);
    expect((result as { state: SidebarState }).state.pipelineSheet).toBe('Pipeline');

    // The same move typed into the cell writes the same row (but for via).
    const g = pipelineFixture({ deals: DEALS });
    g.runtime.userEdit('Pipeline', row(2), COL.stage, [['Proposal']], { user: 'bob@example.com' });
    expect(g.historyRows()[DEALS.length].slice(1, 5)).toEqual(rest.slice(0, 4));
  });

  it('reports its Spreadsheet calls', () => {
    const f = pipelineFixture({ deals: DEALS });
    run(f, 'moveDeal', ['D-000002', 'proposal', {}]);
    const calls = countedCalls(f.emulator);
    console.log(`moveDeal: ${calls.counted} counted calls`, calls.byMethod);
    expect(calls.counted).toBeGreaterThan(0);
  });

  it.each([
    ['bad types', [42, 'proposal', {}]],
    ['fields not an object', ['D-000002', 'proposal', 'x']],
    ['unknown column', ['D-000002', 'proposal', { Banana: 'x' }]],
    ['kept column', ['D-000002', 'proposal', { 'Stage entered': '2024-01-01' }]],
    ['amount as text', ['D-000002', 'proposal', { Amount: '12' }]],
    ['bad date', ['D-000002', 'proposal', { 'Expected close': '2024-02-30' }]],
    ['probability above 1', ['D-000002', 'proposal', { Probability: 40 }]],
    ['text too long', ['D-000002', 'proposal', { Notes: 'x'.repeat(1001) }]],
    ['unknown deal', ['D-999999', 'proposal', {}]],
    ['unknown stage', ['D-000002', 'banana', {}]],
    ['missing required field', ['D-000001', 'proposal', {}]],
    ['Closed lost without a reason', ['D-000003', 'closed-lost', {}]],
  ])('refused (%s): errors, nothing written', (_, args) => {
    const f = pipelineFixture({ deals: DEALS });
    const result = run(f, 'moveDeal', args);
    expect(errorsOf(result).length).toBeGreaterThan(0);
    expectNothingWritten(f, DEALS.length);
  });

  it('names the fields it refuses, in French', () => {
    const f = pipelineFixture({ deals: DEALS });
    const errors = errorsOf(run(f, 'moveDeal', ['D-000003', 'closed-lost', {}], 'fr_FR'));
    expect(errors).toEqual([{ field: 'Lost reason', message: 'Motif de perte est obligatoire.' }]);
    const missing = errorsOf(run(f, 'moveDeal', ['D-000001', 'proposal', {}], 'fr_FR'));
    expect(missing.map((e) => e.field).sort()).toEqual(['Amount', 'Expected close']);
    expect(missing[0].message).toMatch(/obligatoire pour passer à l’étape Proposition/);
  });

  it('Closed lost with a reason: Lost reason and Lost at stage written', () => {
    const f = pipelineFixture({ deals: DEALS });
    expect(run(f, 'moveDeal', ['D-000003', 'closed-lost', { 'Lost reason': 'Price' }]).ok).toBe(true);
    expect(f.cell(row(3), COL.lostReason)).toBe('Price');
    expect(f.cell(row(3), COL.lostAt)).toBe('Negotiation');
  });

  it('refused cleanly while another user holds the lock', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.emulator.locks.holdDocumentLock('alice-execution');
    const errors = errorsOf(run(f, 'moveDeal', ['D-000002', 'proposal', {}]));
    expect(errors[0].message).toMatch(/Another change/);
    expectNothingWritten(f, DEALS.length);
    f.emulator.locks.release('alice-execution');
  });

  it('stores formula-looking text as text', () => {
    for (const text of ['=1+1', '+33 6', '-x', '@me']) {
      const f = pipelineFixture({ deals: DEALS });
      expect(run(f, 'moveDeal', ['D-000002', 'proposal', { Notes: text }]).ok).toBe(true);
      const cell = f.pipeline.getRange(row(2), COL.notes);
      expect(cell.getValue()).toBe(text);
      expect(cell.getFormula()).toBe('');
    }
  });
});

describe('addDeal (built bundle)', () => {
  it('adds a row with a new Deal ID and a history row; the stage given as a label in the user language', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = run<{ dealId: string }>(f, 'addDeal', [{ Deal: '=HYPERLINK("x")', Stage: 'Premier contact', Notes: '@x' }], 'fr_FR');
    expect(result.ok).toBe(true);
    const id = (result as { dealId: string }).dealId;
    expect(id).toMatch(/^D-/);
    const r = DEALS.length + 2;
    expect(f.cell(r, COL.id)).toBe(id);
    expect(f.cell(r, COL.deal)).toBe('=HYPERLINK("x")');
    expect(f.pipeline.getRange(r, COL.deal).getFormula()).toBe('');
    // A new row gives applyStageChanges no label to follow: it writes the user's language.
    expect(f.cell(r, COL.stage)).toBe('Premier contact');
    expect(f.historyRows()[DEALS.length].slice(1, 6)).toEqual([id, '', 'Premier contact', 'bob@example.com', 'sidebar']);
  });

  it.each([
    ['no name', { Stage: 'Prospecting' }, 'Deal'],
    ['unknown stage', { Deal: 'X', Stage: 'Banana' }, 'Stage'],
    ['lost without reason', { Deal: 'X', Stage: 'Closed lost' }, 'Lost reason'],
    ['required field', { Deal: 'X', Stage: 'Proposal', Amount: 3 }, 'Expected close'],
  ])('refused (%s): nothing written', (_, fields, field) => {
    const f = pipelineFixture({ deals: DEALS });
    const errors = errorsOf(run(f, 'addDeal', [fields]));
    expect(errors.map((e) => e.field)).toContain(field);
    expectNothingWritten(f, DEALS.length);
  });
});

describe('activateDeal (built bundle)', () => {
  it('selects the row: the deal becomes the selected one', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = run(f, 'activateDeal', ['D-000003']) as { ok: true; state: SidebarState };
    expect(result.ok).toBe(true);
    expect(result.state.selected?.id).toBe('D-000003');
    expect(errorsOf(run(f, 'activateDeal', [{}]))[0].field).toBe('Deal ID');
  });
});

describe('sidebar actions: Spreadsheet calls, returned state included (SPEC §8)', () => {
  const counts = (name: string, args: unknown[]) =>
    [1_000, 10_000].map((n) => {
      const deals = Array.from({ length: n }, (_, i) => deal(`D-${i}`, `Deal ${i}`, i % 2 ? 'Proposal' : 'Qualification', i, CLOSE));
      const f = pipelineFixture({ deals });
      const result = run(f, name, args);
      expect(result.ok).toBe(true);
      return countedCalls(f.emulator).counted;
    });
  it.each([
    // moveDeal and addDeal: the floor is set by applyStageChanges (a row read, one write per column, appendRow): see report.
    ['moveDeal', ['D-2', 'negotiation', {}], 9],
    ['addDeal', [{ Deal: 'X', Stage: 'Prospecting' }], 13],
    ['activateDeal', ['D-3'], 6],
  ])('%s: the same count at 1 000 and 10 000 deals', (name, args, expected?: number) => {
    const [small, large] = counts(name as string, args as unknown[]);
    expect(small).toBe(large);
    if (expected !== undefined) expect(large).toBe(expected);
  });

  it('moveDeal to the stage the deal is in: refused on Stage, nothing written', () => {
    const f = pipelineFixture({ deals: DEALS });
    expect(errorsOf(run(f, 'moveDeal', ['D-000002', 'qualification', { Amount: 5 }])).map((e) => e.field)).toEqual(['Stage']);
    expectNothingWritten(f, DEALS.length);
  });

  it('the returned state shows the move without reading again', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.emulator.spreadsheet.setActiveRange(f.pipeline.getRange('B3'));
    const result = run(f, 'moveDeal', ['D-000002', 'proposal', { Amount: 1500 }]) as { ok: true; state: SidebarState };
    expect(result.state.selected).toMatchObject({ id: 'D-000002', stage: 'proposal', amount: 1500 });
    expect(result.state.selected!.history.map((h) => h.via)).toEqual(['setup', 'sidebar']);
    expect(result.state.counts!.total).toBe(3);
  });
});
