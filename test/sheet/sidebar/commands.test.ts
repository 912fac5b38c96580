import type { CommandResult, SidebarState } from '../../../src/core/sidebar/sidebar-api';
import { countedCalls } from './count-calls';
import { convertedPipeline } from '../enforce/converted-fixture';
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

  it('refuses a Deal ID that is on two rows, naming them, rather than move the first of them', () => {
    const twice = [...DEALS, deal('D-000002', 'Beta copy', 'Qualification', 500, CLOSE)];
    for (const [locale, message] of [
      ['en', 'Deal ID D-000002 is on rows 3, 5: the sidebar cannot tell which deal you mean.'],
      ['fr_FR', 'L’ID affaire D-000002 figure aux lignes 3, 5 : le panneau ne peut pas savoir de quelle affaire il s’agit.'],
    ] as const) {
      const f = pipelineFixture({ deals: twice });
      for (const [name, args] of [['moveDeal', ['D-000002', 'proposal', { Amount: 1500 }]], ['activateDeal', ['D-000002']]] as const) {
        const errors = errorsOf(run(f, name, [...args], locale));
        expect(errors).toHaveLength(1);
        expect(errors[0].message.startsWith(message)).toBe(true);
      }
      expectNothingWritten(f, twice.length);
      expect(f.cell(row(2), COL.stage)).toBe('Qualification');
    }
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
  it('adds a row with a new Deal ID and a history row; the stage given as a label in the user language, written in the column’s', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = run<{ dealId: string }>(f, 'addDeal', [{ Deal: '=HYPERLINK("x")', Stage: 'Premier contact', Notes: '@x', 'Expected close': '2024-11-05' }], 'fr_FR');
    expect(result.ok).toBe(true);
    const id = (result as { dealId: string }).dealId;
    expect(id).toBe('D-000004');
    const r = DEALS.length + 2;
    expect(f.cell(r, COL.id)).toBe(id);
    expect(f.cell(r, COL.deal)).toBe('=HYPERLINK("x")');
    expect(f.pipeline.getRange(r, COL.deal).getFormula()).toBe('');
    expect(f.cell(r, COL.notes)).toBe('@x');
    // The day typed in the form, whatever time zone the script last saw.
    expect(f.cell(r, COL.close)).toEqual(new Date('2024-11-05T00:00:00Z'));
    // The sheet's Stage column is in English (its dropdown too): the stage is written as it spells it.
    expect(f.cell(r, COL.stage)).toBe('First contact');
    expect(f.historyRows()[DEALS.length].slice(1, 6)).toEqual([id, '', 'First contact', 'bob@example.com', 'sidebar']);
    // The answer shows the new deal where it landed.
    const state = (result as { state: SidebarState }).state;
    expect(state.counts!.total).toBe(DEALS.length + 1);
  });

  it('dates a new deal Created today (when the form gives none), in the same row it appends', () => {
    const converted = convertedPipeline(3);
    const before = Date.now();
    const added = converted.runtime.run('addDeal', [{ Deal: 'New', Stage: 'Prospecting' }], { userLocale: 'en' }).value as CommandResult<{ dealId: string }>;
    expect(added.ok).toBe(true);
    const created = converted.sheet.getRange(5, converted.col.Created).getValue() as Date;
    expect(created).toBeInstanceOf(Date);
    expect(created.getTime()).toBeGreaterThanOrEqual(before);
    expect(created.getTime()).toBeLessThanOrEqual(Date.now());
    // Setup left the deals it found without one: when they were created is not known.
    expect(converted.sheet.getRange(2, converted.col.Created, 3, 1).getValues()).toEqual([[''], [''], ['']]);
    const given = converted.runtime.run('addDeal', [{ Deal: 'Older', Stage: 'Prospecting', Created: '2024-05-02' }], { userLocale: 'en' }).value as CommandResult;
    expect(given.ok).toBe(true);
    expect(converted.sheet.getRange(6, converted.col.Created).getValue()).toEqual(new Date('2024-05-02T00:00:00Z'));
  });

  it('on a sheet whose stages are in French, writes the French label', () => {
    const french = [deal('D-000001', 'Acme', 'Prospection'), deal('D-000002', 'Beta', 'Négociation', 10, CLOSE)];
    const f = pipelineFixture({ deals: french, rejectInvalid: false });
    expect(run(f, 'addDeal', [{ Deal: 'X', Stage: 'First contact' }]).ok).toBe(true);
    expect(f.cell(french.length + 2, COL.stage)).toBe('Premier contact');
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
  type Sheetful = { emulator: Fixture['emulator']; runtime: Fixture['runtime'] };
  /** The calls of one action, after the sidebar has loaded (getSidebarState, which remembers the time zone). */
  const measure = (f: Sheetful, name: string, args: unknown[]) => {
    f.runtime.run('getSidebarState', [], { userLocale: 'en' });
    f.emulator.calls.reset();
    const result = f.runtime.run(name, args, { userLocale: 'en', user: 'bob@example.com' }).value as CommandResult;
    if (name !== 'getSidebarState') expect([name, args, result.ok]).toEqual([name, args, true]);
    return countedCalls(f.emulator);
  };
  const reads = { 'SpreadsheetApp.getActiveRange': 1, 'Spreadsheet.getSheets': 1, 'Range.getValues': 3 };
  // A command that names its deal answers about that deal: the user's selection is not read.
  const { 'SpreadsheetApp.getActiveRange': _selection, ...named } = reads;
  // On a sheet of leads converted by setup (Pipeline Settings, Stage History, the appended columns side by side).
  const ACTIONS: [string, unknown[], Record<string, number>][] = [
    ['getSidebarState', [], { ...reads, 'Spreadsheet.getSpreadsheetTimeZone': 1 }],
    ['activateDeal', ['D-000003'], { ...named, 'Range.activate': 1 }],
    ['setNextStep', ['D-000003', 'Call back', '2024-10-01'], { ...named, 'Range.setValues': 1 }],
    // Stage; Stage entered.
    ['moveDeal', ['D-000002', 'negotiation', {}], { ...named, 'Range.setValues': 2, 'Sheet.appendRow': 1 }],
    // Stage, Amount, Expected close (side by side); Stage entered.
    ['moveDeal', ['D-000002', 'proposal', { Amount: 5, 'Expected close': '2024-10-01' }], { ...named, 'Range.setValues': 2, 'Sheet.appendRow': 1 }],
    // The new row in one appendRow, where it landed (getLastRow), the history row.
    ['addDeal', [{ Deal: 'X', Stage: 'Proposal', Amount: 3, 'Expected close': '2024-10-01', Notes: 'n' }], { ...reads, 'Sheet.appendRow': 2, 'Sheet.getLastRow': 1 }],
    // Stage; the user's own Lost reason; Stage entered and Lost at stage: three places, three writes (see below).
    ['moveDeal', ['D-000002', 'closed-lost', { 'Lost reason': 'Price' }], { ...named, 'Range.setValues': 3, 'Sheet.appendRow': 1 }],
  ];

  it.each(ACTIONS)('%s %j: the same calls at 1 000 and 10 000 deals', (name, args, expected) => {
    const [small, large] = [1_000, 10_000].map((n) => measure(convertedPipeline(n), name, args));
    expect(small.byMethod).toEqual(expected);
    expect(large.byMethod).toEqual(small.byMethod);
  });

  it('every action within 8, marking a deal lost with the sheet’s own Lost reason column apart included', () => {
    // There Stage, Lost reason and the add-on's Stage entered | Lost at stage are three runs of the row: one setValues over
    // the span would rewrite the user's cells between them (formulas, links, protected ranges), so each run is its own write.
    for (const [name, args, expected] of ACTIONS) {
      const total = Object.values(expected).reduce((a, b) => a + b, 0);
      expect([name, args, total <= 8]).toEqual([name, args, true]);
    }
  });

  it('without a Settings tab, one read fewer; Lost reason beside Stage entered: marking lost in 8', () => {
    // The hand-made sheet: Stage, Amount, Expected close, Stage entered, Lost reason, Lost at stage, in that order.
    const deals = Array.from({ length: 1000 }, (_, i) => deal(`D-${String(i).padStart(6, '0')}`, `Deal ${i}`, i % 2 ? 'Proposal' : 'Qualification', i, CLOSE));
    const lostWith = (rules?: object) => measure(pipelineFixture({ deals, rules }), 'moveDeal', ['D-000001', 'closed-lost', { 'Lost reason': 'Price' }]);
    expect(lostWith({}).byMethod).toEqual({ ...named, 'Range.setValues': 2, 'Sheet.appendRow': 1 });
    expect(lostWith().byMethod).toEqual({ ...named, 'Range.getValues': 2, 'Range.setValues': 2, 'Sheet.appendRow': 1 });
    expect(measure(pipelineFixture({ deals }), 'addDeal', [{ Deal: 'X', Stage: 'Prospecting' }]).counted).toBe(7);
  });

  it('a command before the sidebar ever read the time zone reads it once (and remembers it)', () => {
    const f = convertedPipeline(100);
    const first = f.runtime.run('moveDeal', ['D-000002', 'negotiation', {}], { userLocale: 'en' });
    expect((first.value as CommandResult).ok).toBe(true);
    expect(countedCalls(f.emulator).byMethod['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
    f.emulator.calls.reset();
    f.runtime.run('moveDeal', ['D-000004', 'negotiation', {}], { userLocale: 'en' });
    expect(countedCalls(f.emulator).byMethod['Spreadsheet.getSpreadsheetTimeZone']).toBeUndefined();
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

  it('a command that names a deal answers about that deal, wherever the active cell is', () => {
    const f = pipelineFixture({ deals: DEALS });
    // The active cell is on another deal's row (row 4), and then on another sheet.
    f.emulator.spreadsheet.setActiveRange(f.pipeline.getRange('B4'));
    const moved = run(f, 'moveDeal', ['D-000002', 'proposal', {}]) as { ok: true; state: SidebarState };
    expect(moved.state.selected?.id).toBe('D-000002');
    f.emulator.spreadsheet.setActiveSheet(f.history);
    const again = run(f, 'moveDeal', ['D-000002', 'negotiation', {}]) as { ok: true; state: SidebarState };
    expect(again.state.selected).toMatchObject({ id: 'D-000002', stage: 'negotiation' });
  });
});
