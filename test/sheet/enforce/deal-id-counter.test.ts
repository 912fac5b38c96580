import { whenLockIsAsked } from '../../helpers/when-lock-is-asked';
import type { CommandResult } from '../../../src/core/sidebar/sidebar-api';
import { SEEN } from '../../../src/sheet/deal-id-counter';
import { loadBuiltAddon } from '../../helpers/built';
import { leads } from '../setup/fixtures';
import { convertedPipeline } from './converted-fixture';
import { CLOSE, COL, dealIdCounter, deal, documentProperties, pipelineFixture, type Fixture } from './pipeline-fixture';

const DEALS = [deal('D-000001', 'Acme', 'Prospecting'), deal('D-000002', 'Beta', 'Qualification', 1000, CLOSE), deal('D-000003', 'Gamma', 'Negotiation', 3000, CLOSE)];

/** Types a new deal on `row`: its name, then its stage (the edit that gives it an ID). Returns the ID it got. */
function typeNewDeal(f: Fixture, row: number, name = 'New'): unknown {
  f.runtime.userEdit('Pipeline', row, COL.deal, [[name]]);
  expect(f.runtime.userEdit('Pipeline', row, COL.stage, [['Prospecting']]).toasts).toEqual([]);
  return f.cell(row, COL.id);
}

function addDeal(f: { runtime: Fixture['runtime'] }, name = 'Added', user = 'bob@example.com'): CommandResult<{ dealId: string }> {
  return f.runtime.run('addDeal', [{ Deal: name, Stage: 'Prospecting' }], { userLocale: 'en', user }).value as CommandResult<{ dealId: string }>;
}

const idOf = (result: CommandResult<{ dealId: string }>): string => {
  expect(result.ok).toBe(true);
  return (result as { dealId: string }).dealId;
};

const seenEntries = (f: { emulator: Fixture['emulator'] }) => Object.keys(documentProperties(f.emulator).getProperties()).filter((key) => key.startsWith(SEEN));

describe('Deal IDs come from a counter that only rises', () => {
  it('a Deal ID typed by hand above the others: the next new deal follows it', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.runtime.userEdit('Pipeline', 5, COL.deal, [['Imported']]);
    f.runtime.userEdit('Pipeline', 5, COL.id, [['D-000050']]);
    expect(typeNewDeal(f, 6)).toBe('D-000051');
    // The typed ID was folded into the counter and its note cleared.
    expect(dealIdCounter(f.emulator)).toBe(51);
    expect(seenEntries(f)).toEqual([]);
  });

  it('Deal IDs pasted into the Deal ID column: the next new deal follows the highest', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.runtime.userEdit('Pipeline', 5, COL.id, [['D-000070'], ['OPP-9'], ['D-000064']]);
    expect(idOf(addDeal(f))).toBe('D-000071');
  });

  it('whole rows pasted with their IDs (Stage included): the counter rises with them', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.runtime.userEdit('Pipeline', 5, 1, [
      ['D-000080', 'Copied', 'ann@example.com', 'Prospecting'],
      ['', 'Fresh', 'ann@example.com', 'Prospecting'],
    ]);
    expect(f.cell(6, COL.id)).toBe('D-000081');
    expect(dealIdCounter(f.emulator)).toBe(81);
    expect(typeNewDeal(f, 7)).toBe('D-000082');
  });

  it('a deleted deal’s ID is never given again, by typing or by the sidebar', () => {
    const f = pipelineFixture({ deals: DEALS });
    expect(typeNewDeal(f, 5)).toBe('D-000004');
    // The user deletes the row of D-000004 and the one of D-000003.
    f.pipeline.deleteRow(5);
    f.pipeline.deleteRow(4);
    expect(typeNewDeal(f, 4, 'Again')).toBe('D-000005');
    expect(idOf(addDeal(f))).toBe('D-000006');
  });

  it('the highest ID the sidebar reads (written where no edit fires) is never given again', () => {
    const f = pipelineFixture({ deals: DEALS });
    // Another tool writes a row: no onEdit.
    f.pipeline.getRange(5, 1, 1, 4).setValues([['D-000200', 'From a sync', 'zed@example.com', 'Prospecting']]);
    f.runtime.run('getSidebarState', [], { userLocale: 'en' });
    expect(typeNewDeal(f, 6)).toBe('D-000201');
  });

  it('a Deal ID typed while another execution holds the lock is still remembered', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.emulator.locks.holdDocumentLock('alice-execution');
    f.runtime.userEdit('Pipeline', 5, COL.id, [['D-000300']]);
    expect(seenEntries(f)).toHaveLength(1);
    f.emulator.locks.release('alice-execution');
    expect(typeNewDeal(f, 6)).toBe('D-000301');
    expect(seenEntries(f)).toEqual([]);
  });

  it('typed new deals and sidebar additions by two users, one after the other: every ID distinct and rising', () => {
    const f = pipelineFixture({ deals: DEALS });
    const ids = [
      typeNewDeal(f, 5, 'Ann 1'),
      idOf(addDeal(f, 'Bob 1')),
      typeNewDeal(f, 7, 'Ann 2'),
      idOf(addDeal(f, 'Bob 2', 'carl@example.com')),
    ];
    expect(ids).toEqual(['D-000004', 'D-000005', 'D-000006', 'D-000007']);
    expect(f.historyRows().slice(DEALS.length).map((row) => row[1])).toEqual(ids);
  });

  it('a spreadsheet set up before the counter: the sidebar’s full read starts it, with no extra read', () => {
    const f = pipelineFixture({ deals: DEALS, noDealIdCounter: true });
    f.history.appendRow([new Date(), 'D-000040', '', 'Prospecting', 'x@example.com', 'edit', '']);
    expect(idOf(addDeal(f))).toBe('D-000041');
    expect(dealIdCounter(f.emulator)).toBe(41);
  });
});

describe('setup and the counter', () => {
  it('setup on a sheet with existing IDs starts the counter after the highest (sheet or history); new deals follow', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const log = emulator.spreadsheet.insertSheet('Stage History');
    log.getRange(1, 1, 2, 7).setValues([
      ['Timestamp', 'Deal ID', 'From', 'To', 'User', 'Via', 'Amount'],
      [new Date(Date.UTC(2024, 0, 5)), 'D-000120', '', 'Prospecting', 'x@example.com', 'edit', ''],
    ]);
    const sheet = leads(emulator, 'Pipeline', [
      ['Deal ID', 'Deal', 'Stage'],
      ['D-000007', 'A', 'Prospecting'],
      ['', 'B', 'Prospecting'],
      ['D-000099', 'C', 'Qualification'],
    ]);
    expect((runtime.run('setupPipeline').value as { ok: boolean }).ok).toBe(true);
    expect(sheet.getRange('A3').getValue()).toBe('D-000121');
    expect(dealIdCounter(emulator)).toBe(121);
    runtime.userEdit('Pipeline', 5, 2, [['D']]);
    const stage = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('Stage') + 1;
    runtime.userEdit('Pipeline', 5, stage, [['Prospecting']]);
    expect(sheet.getRange('A5').getValue()).toBe('D-000122');
  });

  it('setup again after deals and their history were deleted: IDs go on after the counter, never back', () => {
    const f = convertedPipeline(3);
    const idColumn = f.col['Deal ID'];
    expect(f.sheet.getRange(2, idColumn, 3, 1).getValues().map((r) => r[0])).toEqual(['D-000001', 'D-000002', 'D-000003']);
    // Everything cleared by hand, then two new leads set up again.
    f.sheet.getRange(2, 1, 3, f.header.length).clearContent();
    f.history.deleteRows(2, 3);
    f.sheet.getRange(2, 1, 2, 3).setValues([['X', 'ann@example.com', 'Prospecting'], ['Y', 'ann@example.com', 'Prospecting']]);
    expect((f.runtime.run('setupPipeline').value as { ok: boolean }).ok).toBe(true);
    expect(f.sheet.getRange(2, idColumn, 2, 1).getValues().map((r) => r[0])).toEqual(['D-000004', 'D-000005']);
  });
});

describe('two users adding deals at the same moment', () => {
  it('Alice adds a deal from the sidebar while Bob’s typed new deal waits for the lock: two IDs, in order', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.runtime.userEdit('Pipeline', 6, COL.deal, [['Bob typed']]);
    let alice: CommandResult<{ dealId: string }> | null = null;
    whenLockIsAsked(f, () => {
      alice = addDeal(f, 'Alice added', 'alice@example.com');
    });
    f.runtime.userEdit('Pipeline', 6, COL.stage, [['Prospecting']], { user: 'bob@example.com' });
    expect(idOf(alice!)).toBe('D-000004');
    expect(f.cell(6, COL.id)).toBe('D-000005');
    // Added below the last row with anything in it (Bob's, typed before).
    expect(f.pipeline.getRange(7, 1, 1, 2).getValues()[0]).toEqual(['D-000004', 'Alice added']);
    expect(f.historyRows().slice(DEALS.length).map((row) => [row[1], row[4]])).toEqual([
      ['D-000004', 'alice@example.com'],
      ['D-000005', 'bob@example.com'],
    ]);
  });

  it('Alice types a new deal while Bob’s sidebar addition waits for the lock: Bob reads after her, two IDs', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.runtime.userEdit('Pipeline', 5, COL.deal, [['Alice typed']]);
    whenLockIsAsked(f, () => {
      f.runtime.userEdit('Pipeline', 5, COL.stage, [['Prospecting']], { user: 'alice@example.com' });
    });
    expect(idOf(addDeal(f, 'Bob added'))).toBe('D-000005');
    expect(f.pipeline.getRange(5, 1, 2, 2).getValues()).toEqual([['D-000004', 'Alice typed'], ['D-000005', 'Bob added']]);
  });
});
