import { serviceCalls, type ServiceCallCount } from '../../../src/local/bench/service-calls';
import { CLOSE, COL, deal, pipelineFixture } from './pipeline-fixture';

const id = (n: number) => `D-${String(n).padStart(6, '0')}`;

/**
 * Service calls per kind of edit (SPEC §8, counted by `serviceCalls`), on a pipeline of
 * `size` deals with Pipeline Settings and a Stage History of one row per deal.
 */
function measure(size: number): Record<string, ServiceCallCount> {
  const deals = Array.from({ length: size }, (_, i) =>
    deal(id(i + 1), `Deal ${i + 1}`, i % 2 ? 'Qualification' : 'Negotiation', 100 + i, i % 10 === 9 ? '' : CLOSE, i % 4 === 0 ? 'Price' : ''),
  );
  const f = pipelineFixture({ deals, rules: {}, maxRows: size + 100 });
  // Room for the pasted rows' history, so both sizes append alike.
  f.history.insertRowsAfter(f.history.getMaxRows(), 2000);
  const counts: Record<string, ServiceCallCount> = {};
  const run = (label: string, edit: () => unknown) => {
    f.emulator.calls.reset();
    edit();
    counts[label] = serviceCalls(f.emulator.calls);
  };
  run('typed, accepted', () => f.runtime.userEdit('Pipeline', 3, COL.stage, [['First contact']]));
  run('typed, refused', () => f.runtime.userEdit('Pipeline', 5, COL.stage, [['Closed lost']]));
  run('typed, lost (Lost at stage too)', () => f.runtime.userEdit('Pipeline', 2, COL.stage, [['Closed lost']]));
  f.runtime.userEdit('Pipeline', size + 3, COL.deal, [['New deal']]);
  run('typed, new deal (Deal ID generated)', () => f.runtime.userEdit('Pipeline', size + 3, COL.stage, [['Prospecting']]));
  run('beside the Stage column', () => f.runtime.userEdit('Pipeline', 3, COL.amount, [[5]]));
  run('paste of 1 000 rows, some refused', () => f.runtime.userEdit('Pipeline', 10, COL.stage, Array.from({ length: 1000 }, () => ['Proposal'])));
  expect(f.emulator.ui.toasts.at(-1)!.title).toMatch(/^1\d\d stage changes undone$/);
  return counts;
}

describe('service calls of stage enforcement', () => {
  const small = measure(1000);
  const large = measure(10_000);

  it('do not grow with the sheet: the same calls at 1 000 and 10 000 deals, for every kind of edit', () => {
    for (const label of Object.keys(small)) {
      expect([label, large[label].countedByMethod]).toEqual([label, small[label].countedByMethod]);
      expect([label, large[label].total]).toEqual([label, small[label].total]);
    }
  });

  it('a typed stage edit stays within 6 document reads and writes', () => {
    const accepted = small['typed, accepted'];
    expect(accepted.counted).toBeLessThanOrEqual(6);
    expect(accepted.countedByMethod).toEqual({
      // the header check, Pipeline Settings, the edited row
      'Range.getValues': 3,
      // Pipeline Settings and Stage History found at once
      'Spreadsheet.getSheets': 1,
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

  it('stays within 6 when it must say no, and costs a known few more to lose a deal or give it an ID', () => {
    // Put back and the toast, which quotes the text typed (one typed cell gets no note).
    expect(small['typed, refused'].countedByMethod).toEqual({
      'Range.getValues': 3, 'Spreadsheet.getSheets': 1, 'Range.setValues': 1, 'Spreadsheet.toast': 1,
    });
    expect(small['typed, refused'].counted).toBeLessThanOrEqual(6);
    // Stage entered and Lost at stage are two columns.
    expect(small['typed, lost (Lost at stage too)'].counted).toBe(7);
    // The Deal ID column is read to continue after the highest ID, and the ID written.
    expect(small['typed, new deal (Deal ID generated)'].counted).toBe(8);
  });

  it('an edit beside the Stage column only checks the header', () => {
    expect(small['beside the Stage column'].countedByMethod).toEqual({ 'Range.getValues': 1 });
  });

  it('a 1 000-row paste is a fixed handful of calls', () => {
    expect(small['paste of 1 000 rows, some refused'].counted).toBeLessThanOrEqual(16);
  });
});
