import type { CallLog } from '../../../src/local/emulator/api';
import { serviceCalls, type ServiceCallCount } from '../../../src/local/bench/service-calls';
import { convertedPipeline } from './converted-fixture';
import { CLOSE, COL, deal, pipelineFixture } from './pipeline-fixture';

const id = (n: number) => `D-${String(n).padStart(6, '0')}`;

type Counts = Record<string, ServiceCallCount>;

/** The calls `run` makes. */
function counter(calls: CallLog, run: () => unknown): ServiceCallCount {
  calls.reset();
  run();
  return serviceCalls(calls);
}

/** SPEC §8: a single-cell stage edit. */
const EDIT_BUDGET = 6;

/**
 * Service calls per kind of edit (SPEC §8, counted by `serviceCalls`), on a sheet of `size`
 * leads converted by the add-on's own setup (Pipeline Settings, a Stage History of one row
 * per deal, the Deal ID counter, the names of both sheets in the pipeline registry): the
 * layout setup leaves, the columns it appends side by side (… Notes | Deal ID | Stage
 * entered | Lost at stage | Created | Next step | Next step due).
 */
function measure(size: number): Counts {
  const f = convertedPipeline(size, { historyRoom: 2000 });
  const { col } = f;
  const counts: Counts = {};
  const run = (label: string, edit: () => unknown) => {
    counts[label] = counter(f.emulator.calls, edit);
  };
  // Row 3 is deal 2 (Qualification), row 2 deal 1 (Negotiation, Lost reason Price), row 5 deal 4 (Qualification, no Lost reason).
  run('typed, accepted', () => f.runtime.userEdit('Pipeline', 3, col.Stage, [['First contact']]));
  run('typed, refused', () => f.runtime.userEdit('Pipeline', 5, col.Stage, [['Closed lost']]));
  run('typed, lost (Lost at stage too)', () => f.runtime.userEdit('Pipeline', 2, col.Stage, [['Closed lost']]));
  f.runtime.userEdit('Pipeline', size + 3, col.Deal, [['New deal']]);
  run('typed, new deal (Deal ID generated)', () => f.runtime.userEdit('Pipeline', size + 3, col.Stage, [['Prospecting']]));
  run('beside the Stage column', () => f.runtime.userEdit('Pipeline', 3, col.Amount, [[5]]));
  run('a Deal ID typed', () => f.runtime.userEdit('Pipeline', size + 4, col['Deal ID'], [['D-900000']]));
  run('paste of 1 000 rows, some refused', () => f.runtime.userEdit('Pipeline', 10, col.Stage, Array.from({ length: 1000 }, () => ['Proposal'])));
  expect(f.emulator.ui.toasts.at(-1)!.title).toMatch(/^1\d\d stage changes undone$/);
  expect(f.sheet.getRange(size + 3, col['Deal ID']).getValue()).toBe(id(size + 1));
  expect(f.sheet.getRange(2, col['Lost at stage']).getValue()).toBe('Negotiation');
  return counts;
}

describe('service calls of stage enforcement, on a sheet as setup leaves it', () => {
  const small = measure(1000);
  const large = measure(10_000);

  it('do not grow with the sheet: the same calls at 1 000 and 10 000 deals, for every kind of edit', () => {
    for (const label of Object.keys(small)) {
      expect([label, large[label].countedByMethod]).toEqual([label, small[label].countedByMethod]);
      expect([label, large[label].otherServices]).toEqual([label, small[label].otherServices]);
    }
  });

  it('a typed stage edit, accepted, is 5 document reads and writes', () => {
    const accepted = small['typed, accepted'];
    expect(accepted.counted).toBe(5);
    expect(accepted.countedByMethod).toEqual({
      // the header check, Pipeline Settings (by the name the registry remembers; Stage History likewise, a handle: no read), the edited row
      'Range.getValues': 3,
      // Stage entered
      'Range.setValues': 1,
      // the history row
      'Sheet.appendRow': 1,
    });
    expect(accepted.otherServices).toEqual({
      'PropertiesService.getDocumentProperties': 1, 'Properties.getProperty': 1, 'Session.getActiveUserLocale': 1, 'Session.getActiveUser': 1, 'User.getEmail': 1,
      'LockService.getDocumentLock': 1, 'Lock.waitLock': 1, 'Lock.releaseLock': 1,
    });
  });

  it('refused, lost or a new deal: 5 as well', () => {
    // Put back and the toast, which quotes the text typed (one typed cell gets no note).
    expect(small['typed, refused'].countedByMethod).toEqual({ 'Range.getValues': 3, 'Range.setValues': 1, 'Spreadsheet.toast': 1 });
    // Stage entered and Lost at stage are side by side: one write.
    expect(small['typed, lost (Lost at stage too)'].countedByMethod).toEqual({ 'Range.getValues': 3, 'Range.setValues': 1, 'Sheet.appendRow': 1 });
    // The Deal ID comes from the counter (document properties), written with Stage entered beside it.
    const fresh = small['typed, new deal (Deal ID generated)'];
    expect(fresh.countedByMethod).toEqual({ 'Range.getValues': 3, 'Range.setValues': 1, 'Sheet.appendRow': 1 });
    expect(fresh.otherServices).toMatchObject({ 'Properties.getProperties': 1, 'Properties.setProperty': 1 });
    for (const label of ['typed, accepted', 'typed, refused', 'typed, lost (Lost at stage too)', 'typed, new deal (Deal ID generated)']) {
      expect([label, small[label].counted]).toEqual([label, 5]);
      expect(small[label].counted).toBeLessThanOrEqual(EDIT_BUDGET);
    }
  });

  it('an edit beside the Stage column only checks the header; a Deal ID typed is noted, no more', () => {
    expect(small['beside the Stage column'].countedByMethod).toEqual({ 'Range.getValues': 1 });
    expect(small['a Deal ID typed'].countedByMethod).toEqual({ 'Range.getValues': 1 });
    expect(small['a Deal ID typed'].otherServices).toMatchObject({ 'Properties.setProperty': 1 });
  });

  it('a 1 000-row paste is a fixed handful of calls', () => {
    const paste = small['paste of 1 000 rows, some refused'];
    expect(paste.countedByMethod).toEqual({
      // header check, settings, the rows, the history (last stages, its columns read open-ended); where to append, and room
      'Range.getValues': 4, 'Sheet.getLastRow': 1, 'Sheet.getMaxRows': 1,
      // put back (one block, the rows between written back with their formulas), Stage entered, the history rows
      'Range.getFormulas': 1, 'Range.setValues': 3,
      // notes on the refused cells, the toast
      'Range.getNotes': 1, 'Range.setNotes': 1, 'Spreadsheet.toast': 1,
    });
    expect(paste.counted).toBe(13);
  });
});

describe('service calls of a typed Status cell (Pipedrive’s open / won / lost), a stage change like any other', () => {
  function status(size: number): Counts {
    const f = convertedPipeline(size, { historyRoom: 100, status: (i) => (i === 5 ? 'won' : 'open') });
    const counts: Counts = {};
    const run = (label: string, edit: () => unknown) => {
      counts[label] = counter(f.emulator.calls, edit);
    };
    // Row 2 is deal 1 (Negotiation, Lost reason Price), row 5 deal 4 (Qualification, no Lost reason), row 7 deal 6 (won).
    run('open → lost (Lost at stage too)', () => f.runtime.userEdit('Pipeline', 2, f.col.Status, [['lost']]));
    run('open → won', () => f.runtime.userEdit('Pipeline', 3, f.col.Status, [['won']]));
    run('open → lost, refused', () => f.runtime.userEdit('Pipeline', 5, f.col.Status, [['lost']]));
    run('won → open, refused', () => f.runtime.userEdit('Pipeline', 7, f.col.Status, [['open']]));
    expect(f.sheet.getRange(2, f.col['Lost at stage']).getValue()).toBe('Negotiation');
    expect([f.sheet.getRange(5, f.col.Status).getValue(), f.sheet.getRange(7, f.col.Status).getValue()]).toEqual(['open', 'won']);
    return counts;
  }
  const small = status(1000);
  const large = status(10_000);

  it('5 calls, accepted or refused, the same at 1 000 and 10 000 deals', () => {
    const logged = { 'Range.getValues': 3, 'Range.setValues': 1, 'Sheet.appendRow': 1 };
    const refused = { 'Range.getValues': 3, 'Range.setValues': 1, 'Spreadsheet.toast': 1 };
    expect(small['open → lost (Lost at stage too)'].countedByMethod).toEqual(logged);
    expect(small['open → won'].countedByMethod).toEqual(logged);
    expect(small['open → lost, refused'].countedByMethod).toEqual(refused);
    expect(small['won → open, refused'].countedByMethod).toEqual(refused);
    for (const label of Object.keys(small)) {
      expect([label, small[label].counted]).toEqual([label, 5]);
      expect([label, large[label].countedByMethod]).toEqual([label, small[label].countedByMethod]);
    }
  });
});

describe('service calls when the add-on columns a change writes are not side by side', () => {
  /**
   * The hand-arranged sheet of pipeline-fixture.ts: the user's own Stage entered, Lost
   * reason and Lost at stage columns, in that order, and Deal ID first. A lost deal's Stage
   * entered and Lost at stage, a new deal's Deal ID and Stage entered, are two writes: one
   * `setValues` over the span would rewrite the user's Lost reason (or Deal, Owner, Stage,
   * Amount, Expected close) cells, breaking a formula, an ARRAYFORMULA spilling there, a link
   * or a protected range, and undoing a colleague's typing. So 6, one more than side by side,
   * and still within the budget.
   */
  function hand(size: number): Counts {
    const deals = Array.from({ length: size }, (_, i) =>
      deal(id(i + 1), `Deal ${i + 1}`, i % 2 ? 'Qualification' : 'Negotiation', 100 + i, i % 10 === 9 ? '' : CLOSE, i % 4 === 0 ? 'Price' : ''),
    );
    const f = pipelineFixture({ deals, rules: {}, maxRows: size + 100 });
    const counts: Counts = {};
    const run = (label: string, edit: () => unknown) => {
      counts[label] = counter(f.emulator.calls, edit);
    };
    run('typed, accepted', () => f.runtime.userEdit('Pipeline', 3, COL.stage, [['First contact']]));
    run('typed, lost', () => f.runtime.userEdit('Pipeline', 2, COL.stage, [['Closed lost']]));
    f.runtime.userEdit('Pipeline', size + 3, COL.deal, [['New deal']]);
    run('typed, new deal', () => f.runtime.userEdit('Pipeline', size + 3, COL.stage, [['Prospecting']]));
    expect(f.cell(size + 3, COL.id)).toBe(id(size + 1));
    return counts;
  }
  const small = hand(1000);
  const large = hand(10_000);

  it('accepted 5; lost and new deal 6, two writes; the same at 10 000 deals; all within the budget', () => {
    expect(small['typed, accepted'].countedByMethod).toEqual({ 'Range.getValues': 3, 'Range.setValues': 1, 'Sheet.appendRow': 1 });
    for (const label of ['typed, lost', 'typed, new deal']) {
      expect([label, small[label].countedByMethod]).toEqual([label, { 'Range.getValues': 3, 'Range.setValues': 2, 'Sheet.appendRow': 1 }]);
      expect([label, large[label].countedByMethod]).toEqual([label, small[label].countedByMethod]);
    }
    for (const label of Object.keys(small)) expect([label, small[label].counted <= EDIT_BUDGET]).toEqual([label, true]);
  });
});

describe('the Deal ID counter, the first time', () => {
  it('a spreadsheet set up before the counter existed: its first new deal reads the Deal ID and history columns once (2 more calls)', () => {
    const deals = [deal(id(1), 'A', 'Prospecting'), deal(id(7), 'B', 'Qualification')];
    const f = pipelineFixture({ deals, rules: {}, noDealIdCounter: true });
    // D-000009 was deleted from the sheet but is still in the history.
    f.history.appendRow([new Date(), id(9), '', 'Prospecting', 'x@example.com', 'edit', '']);
    f.emulator.calls.reset();
    f.runtime.userEdit('Pipeline', 5, COL.deal, [['New']]);
    const first = counter(f.emulator.calls, () => f.runtime.userEdit('Pipeline', 5, COL.stage, [['Prospecting']]));
    expect(f.cell(5, COL.id)).toBe(id(10));
    expect(first.countedByMethod).toEqual({ 'Range.getValues': 5, 'Range.setValues': 2, 'Sheet.appendRow': 1 });
    f.runtime.userEdit('Pipeline', 6, COL.deal, [['Newer']]);
    const second = counter(f.emulator.calls, () => f.runtime.userEdit('Pipeline', 6, COL.stage, [['Prospecting']]));
    expect(f.cell(6, COL.id)).toBe(id(11));
    expect(second.countedByMethod['Range.getValues']).toBe(3);
  });
});
