import type { SetupSummary } from '../../../src/core/setup/setup-summary';
import { serviceCalls, type ServiceCallCount } from '../../../src/local/bench/service-calls';
import type { CellValue } from '../../../src/local/emulator/model';
import type { RefreshSummary } from '../../../src/sheet/reports/refresh-reports';
import { loadBuiltAddon } from '../../helpers/built';
import { leads, valuesOf } from '../setup/fixtures';
import { CLOSE } from './pipeline-fixture';

/**
 * A Pipedrive deal export set up by the add-on: Stage beside Status (open, won, lost,
 * deleted), the Stage cell of a closed deal the stage it stood at.
 */
const HEADER = ['Deal - ID', 'Deal - Title', 'Deal - Stage', 'Deal - Status', 'Deal - Value', 'Deal - Expected close date', 'Deal - Lost reason'];
const ROWS: CellValue[][] = [
  [101, 'Open at proposal', 'Proposal Made', 'open', 1000, CLOSE, ''],
  [102, 'Open at negotiation', 'Negotiations Started', 'open', 2000, CLOSE, 'Price'],
  [103, 'Won', 'Negotiations Started', 'won', 3000, CLOSE, ''],
  [104, 'Lost at proposal', 'Proposal Made', 'lost', 4000, CLOSE, 'Competitor'],
  [105, 'Deleted', 'Qualified', 'deleted', 5000, CLOSE, ''],
  [106, 'Qualified, no amount', 'Qualified', '', '', '', ''],
];
const STAGE = 3;
const STATUS = 4;
const row = (id: number) => id - 99;

function pipedrive(userLocale = 'en') {
  const { emulator, runtime } = loadBuiltAddon();
  const sheet = leads(emulator, 'Pipeline', [HEADER, ...ROWS]);
  const result = runtime.run('setupPipeline', [], { userLocale });
  const summary = result.value as SetupSummary;
  if (!summary.ok) throw new Error(summary.message);
  const header = valuesOf(sheet)[0].map(String);
  const col = (name: string) => header.indexOf(name) + 1;
  const history = () => valuesOf(emulator.spreadsheet.getSheetByName('Stage History')!).slice(1);
  const cell = (r: number, c: number) => sheet.getRange(r, c).getValue();
  emulator.calls.reset();
  return { emulator, runtime, sheet, summary, ui: result.ui, col, history, cell };
}

/** A summary figure of a report tab: the value beside its label in column A. */
function figure(emulator: ReturnType<typeof loadBuiltAddon>['emulator'], sheetName: string, label: string): CellValue | undefined {
  return valuesOf(emulator.spreadsheet.getSheetByName(sheetName)!).find((r) => r[0] === label)?.[1];
}

describe('setup of a Pipedrive export (Stage and Status columns)', () => {
  const f = pipedrive();

  it('logs each deal at the stage its Status puts it at: lost and won deals closed, the deleted one not at all', () => {
    expect(f.history().map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      [101, '', 'Proposal', 'setup'],
      [102, '', 'Negotiation', 'setup'],
      [103, '', 'Closed won', 'setup'],
      [104, '', 'Closed lost', 'setup'],
      [106, '', 'Qualification', 'setup'],
    ]);
  });

  it('keeps every Stage and Status cell as it was', () => {
    const values = valuesOf(f.sheet).slice(1);
    expect(values.map((r) => [r[STAGE - 1], r[STATUS - 1]])).toEqual(ROWS.map((r) => [r[STAGE - 1], r[STATUS - 1]]));
  });

  it('says what the Status column did, and lists Proposal Made as a spelling, not as where the lost deal is', () => {
    expect(f.summary.statusRows).toEqual({ won: 1, lost: 1, deleted: 1 });
    expect(f.summary.unrecognisedStages).toEqual([]);
    expect(f.summary.message).toContain('Status column: deals counted as won: 1, as lost: 1; their Stage cell is kept as the stage they were at');
    expect(f.summary.message).toContain('Status deleted: 1 deal kept in the sheet but left out of the Stage History and of every figure.');
    // The stale and overdue highlighting passes over deals the Status closes.
    const formulas = f.sheet.getConditionalFormatRules().map((rule) => String(rule.getBooleanCondition()?.getCriteriaValues()[0]));
    expect(formulas).toHaveLength(2);
    for (const formula of formulas) expect(formula).toContain('NOT(OR(TRIM($D2)="won",');
    // Stage entered is filled for every deal but the deleted one.
    expect(valuesOf(f.sheet).slice(1).map((r) => r[f.col('Stage entered') - 1] instanceof Date)).toEqual([true, true, true, true, false, true]);
  });

  it('gives reports that count won and lost deals as closed, the lost one at its stage, and leave the deleted one out', () => {
    const refresh = f.runtime.run('refreshReports', [], { userLocale: 'en' }).value as RefreshSummary;
    expect([refresh.deals, refresh.deletedDeals]).toEqual([5, 1]);
    expect(figure(f.emulator, 'Conversion', 'Won deals')).toBe(1);
    expect(figure(f.emulator, 'Conversion', 'Lost deals')).toBe(1);
    expect(figure(f.emulator, 'Conversion', 'Open deals')).toBe(3);
    expect(figure(f.emulator, 'Conversion', 'Win rate')).toBe(0.5);
    expect(figure(f.emulator, 'Forecast', 'Open pipeline')).toBe(3000);
    const conversion = valuesOf(f.emulator.spreadsheet.getSheetByName('Conversion')!);
    expect(conversion.some((r) => r.some((c) => typeof c === 'string' && c.includes('Left out: 1 deal whose Status is deleted')))).toBe(true);
    // Lost by stage: the lost deal at Proposal, from its Stage cell.
    const lostAt = conversion.findIndex((r) => r[0] === 'Proposal' && r[1] === 1);
    expect(lostAt).toBeGreaterThan(0);
  });

  it('shows the sidebar the closed deals at their closed stage and the deleted one nowhere', () => {
    const state = f.runtime.run('getSidebarState', [], { userLocale: 'en' }).value as { counts: { stages: { key: string; count: number }[]; total: number } };
    const count = (key: string) => state.counts.stages.find((s) => s.key === key)?.count;
    expect([count('proposal'), count('negotiation'), count('closed-won'), count('closed-lost'), count('qualification'), state.counts.total]).toEqual([1, 1, 1, 1, 1, 5]);
  });
});

function counted(f: ReturnType<typeof pipedrive>, edit: () => unknown): ServiceCallCount {
  f.emulator.calls.reset();
  edit();
  return serviceCalls(f.emulator.calls);
}

describe('typing in the Status column is a stage change', () => {
  it('open → lost: Closed lost from the Stage cell’s stage, logged via edit, Lost at stage kept up to date, in 5 calls', () => {
    const f = pipedrive();
    let result: ReturnType<typeof f.runtime.userEdit> | undefined;
    const calls = counted(f, () => (result = f.runtime.userEdit('Pipeline', row(102), STATUS, [['lost']])));
    expect(result?.toasts).toEqual([]);
    expect(f.history().at(-1)!.slice(1, 4)).toEqual([102, 'Negotiation', 'Closed lost']);
    expect(f.history().at(-1)![5]).toBe('edit');
    expect(f.cell(row(102), f.col('Lost at stage'))).toBe('Negotiation');
    expect(f.cell(row(102), STAGE)).toBe('Negotiations Started');
    expect(f.cell(row(102), STATUS)).toBe('lost');
    expect(calls.counted).toBe(5);
    expect(calls.countedByMethod).toEqual({ 'Range.getValues': 3, 'Range.setValues': 1, 'Sheet.appendRow': 1 });
  });

  it('open → won: Closed won, in 5 calls', () => {
    const f = pipedrive();
    const calls = counted(f, () => f.runtime.userEdit('Pipeline', row(101), STATUS, [['won']]));
    expect(f.history().at(-1)!.slice(1, 4)).toEqual([101, 'Proposal', 'Closed won']);
    expect(f.cell(row(101), f.col('Stage entered'))).toBeInstanceOf(Date);
    expect(calls.counted).toBe(5);
  });

  it('refused as typing the stage would be: a missing Lost reason, put back with a toast quoting what was typed, in 5 calls', () => {
    const f = pipedrive();
    let result: ReturnType<typeof f.runtime.userEdit> | undefined;
    const calls = counted(f, () => (result = f.runtime.userEdit('Pipeline', row(101), STATUS, [['Perdu']])));
    expect(f.cell(row(101), STATUS)).toBe('open');
    expect(f.cell(row(101), STAGE)).toBe('Proposal Made');
    expect(result?.toasts.map((t) => t.message)).toEqual(['101: "Perdu" — Lost reason is required to enter Closed lost.']);
    expect(f.history()).toHaveLength(5);
    expect(calls.countedByMethod).toEqual({ 'Range.getValues': 3, 'Range.setValues': 1, 'Spreadsheet.toast': 1 });
  });

  it('won → open, or a won Status cleared, is a reopen: refused by default, the Status put back', () => {
    const f = pipedrive();
    const reopened = f.runtime.userEdit('Pipeline', row(103), STATUS, [['open']]);
    expect(reopened.toasts[0].message).toContain('Cannot move a closed deal from Closed won to Negotiation');
    expect(f.cell(row(103), STATUS)).toBe('won');
    const cleared = f.runtime.userEdit('Pipeline', row(103), STATUS, [['']]);
    expect(cleared.toasts[0].message).toContain('Cannot move a closed deal from Closed won to Negotiation');
    expect(f.cell(row(103), STATUS)).toBe('won');
    expect(f.history()).toHaveLength(5);
  });

  it('a blank Status typed to won (Sheets gives no old value) is judged from the Stage cell', () => {
    const f = pipedrive();
    f.runtime.userEdit('Pipeline', row(106), STATUS, [['gagné']]);
    expect(f.history().at(-1)!.slice(1, 4)).toEqual([106, 'Qualification', 'Closed won']);
  });

  it('the Stage of a closed deal is where it stood: changing it is no stage change', () => {
    const f = pipedrive();
    const result = f.runtime.userEdit('Pipeline', row(104), STAGE, [['Negotiation']]);
    expect(result).toEqual({ accepted: true, toasts: [] });
    expect(f.cell(row(104), STAGE)).toBe('Negotiation');
    expect(f.history()).toHaveLength(5);
  });

  it('a paste into the Status column: each row judged against its history, the refused ones put back in the column’s words with a note', () => {
    const f = pipedrive();
    const result = f.runtime.userEdit('Pipeline', row(102), STATUS, [['won'], ['open']]);
    expect(f.cell(row(102), STATUS)).toBe('won');
    expect(f.history().at(-1)!.slice(1, 4)).toEqual([102, 'Negotiation', 'Closed won']);
    expect(f.history().at(-1)![5]).toBe('paste');
    expect(f.cell(row(103), STATUS)).toBe('won');
    expect(result.toasts[0].message).toContain('103: "open"');
    expect(f.sheet.getRange(row(103), STATUS).getNote()).toContain('"open"');
    expect(f.sheet.getRange(row(103), STAGE).getNote()).toBe('');
  });

  it('a deleted deal brought back, or a deal deleted, moves no stage and logs nothing', () => {
    const f = pipedrive();
    expect(f.runtime.userEdit('Pipeline', row(105), STATUS, [['open']]).toasts).toEqual([]);
    expect(f.runtime.userEdit('Pipeline', row(101), STATUS, [['deleted']]).toasts).toEqual([]);
    expect(f.history()).toHaveLength(5);
  });
});

describe('a sidebar move on a sheet with a Status column', () => {
  it('sets a Status that no longer agrees with the stage, and sees a won deal as already won', () => {
    const f = pipedrive();
    const moved = f.runtime.run('moveDeal', ['101', 'closed-won', {}], { userLocale: 'en' }).value as { ok: boolean };
    expect(moved.ok).toBe(true);
    expect([f.cell(row(101), STAGE), f.cell(row(101), STATUS)]).toEqual(['Closed won', 'won']);
    const again = f.runtime.run('moveDeal', ['103', 'closed-won', {}], { userLocale: 'en' }).value as { ok: boolean };
    expect(again.ok).toBe(false);
    expect(f.cell(row(103), STATUS)).toBe('won');
  });

  it('leaves a blank Status blank', () => {
    const f = pipedrive();
    f.runtime.run('moveDeal', ['106', 'first-contact', {}], { userLocale: 'en' });
    expect([f.cell(row(106), STAGE), f.cell(row(106), STATUS)]).toEqual(['First contact', '']);
  });
});
