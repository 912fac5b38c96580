import type { CommandResult, SidebarState } from '../../../src/core/sidebar/sidebar-api';
import { convertedPipeline } from './converted-fixture';
import { CLOSE, COL, deal, pipelineFixture, SETUP_TIME } from './pipeline-fixture';

const DEALS = [
  deal('D-000001', 'Acme', 'Prospecting'),
  deal('D-000002', 'Beta', 'Qualification', 1000, CLOSE),
  deal('D-000003', 'Gamma', 'Negotiation', 3000, CLOSE, 'Price'),
];

const command = (f: { runtime: ReturnType<typeof pipelineFixture>['runtime'] }, name: string, args: unknown[]) =>
  f.runtime.run(name, args, { userLocale: 'en' }).value as CommandResult;

describe('Pipeline Settings edited by hand (no edit event for a sort, a deleted row, a restored version)', () => {
  it('the very next typed edit and sidebar command follow the new rules', () => {
    const f = pipelineFixture({ deals: DEALS, rules: {} });
    const settings = f.emulator.spreadsheet.getSheetByName('Pipeline Settings')!;
    // Skipping forward no longer allowed (B12), and the Onboarding stage (row 10) deleted.
    settings.getRange('B12').setValue(false);
    settings.deleteRow(10);
    const typed = f.runtime.userEdit('Pipeline', 2, COL.stage, [['First contact']]);
    expect(typed.toasts[0].message).toMatch(/does not allow skipping stages forward/);
    expect(f.cell(2, COL.stage)).toBe('Prospecting');
    const moved = command(f, 'moveDeal', ['D-000001', 'first-contact', {}]);
    expect(moved.ok).toBe(false);
    expect(command(f, 'moveDeal', ['D-000003', 'onboarding', {}]).ok).toBe(false);
    expect(f.runtime.userEdit('Pipeline', 4, COL.stage, [['Onboarding']], { user: 'x@example.com' }).toasts).toHaveLength(1);
    // And back (the rule is on row 11 now): allowed again at once.
    expect(settings.getRange('A11').getValue()).toBe('Allow skipping stages forward');
    settings.getRange('B11').setValue(true);
    expect(command(f, 'moveDeal', ['D-000001', 'first-contact', {}]).ok).toBe(true);
    expect(f.historyRows().at(-1)!.slice(1, 4)).toEqual(['D-000001', 'Prospecting', 'First contact']);
  });
});

describe('columns inserted by the user', () => {
  it('a typed edit and a sidebar command write Stage entered and Lost at stage where those columns now are, nothing else', () => {
    const f = convertedPipeline(4);
    // A column inserted before Stage, and one between the user's columns and the add-on's.
    f.sheet.insertColumnsBefore(f.col.Stage, 1);
    f.sheet.getRange(1, f.col.Stage).setValue('Region');
    f.sheet.insertColumnsBefore(f.col['Deal ID'] + 1, 1);
    f.sheet.getRange(1, f.col['Deal ID'] + 1).setValue('Score');
    const header = f.sheet.getRange(1, 1, 1, f.sheet.getLastColumn()).getValues()[0].map(String);
    const at = (name: string) => header.indexOf(name) + 1;
    const before = f.sheet.getRange(1, 1, 6, header.length).getValues();

    // Row 2 is deal 1, Negotiation with a Lost reason; row 3 deal 2, Qualification.
    expect(f.runtime.userEdit('Pipeline', 2, at('Stage'), [['Closed lost']]).toasts).toEqual([]);
    expect(command(f, 'moveDeal', ['D-000002', 'first-contact', {}]).ok).toBe(true);

    const after = f.sheet.getRange(1, 1, 6, header.length).getValues();
    const changed: string[] = [];
    after.forEach((row, r) => row.forEach((value, c) => {
      const was = before[r][c];
      if (!(value instanceof Date && was instanceof Date ? value.getTime() === was.getTime() : value === was)) changed.push(`${header[c]}@${r + 1}`);
    }));
    expect(changed.sort()).toEqual(['Lost at stage@2', 'Stage entered@2', 'Stage entered@3', 'Stage@2', 'Stage@3'].sort());
    expect(after[1][at('Lost at stage') - 1]).toBe('Negotiation');
    expect(after[2][at('Stage') - 1]).toBe('First contact');
  });
});

describe('cells between the columns a change writes are never rewritten', () => {
  it('a formula in Lost reason (between Stage entered and Lost at stage) survives a typed lost and a sidebar lost', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.pipeline.getRange(4, COL.lostReason).setFormula('="Pri"&"ce"');
    f.pipeline.getRange(3, COL.lostReason).setFormula('="Tim"&"ing"');
    f.pipeline.getRange(3, COL.amount).setFormula('=500*2');
    expect(f.runtime.userEdit('Pipeline', 4, COL.stage, [['Closed lost']]).toasts).toEqual([]);
    expect(command(f, 'moveDeal', ['D-000002', 'closed-lost', { 'Lost reason': 'Timing' }]).ok).toBe(true);
    expect(f.pipeline.getRange(4, COL.lostReason).getFormula()).toBe('="Pri"&"ce"');
    expect(f.pipeline.getRange(3, COL.amount).getFormula()).toBe('=500*2');
    expect([f.cell(4, COL.lostAt), f.cell(3, COL.lostAt)]).toEqual(['Negotiation', 'Qualification']);
    expect(f.cell(4, COL.entered)).not.toEqual(SETUP_TIME);
  });

  it('a paste over many rows: Stage entered and Lost at stage in one block, a formula inside it written back as a formula', () => {
    const f = convertedPipeline(6);
    const { col } = f;
    // Rows 2..7: deals 1..6; deals 1, 5 have a Lost reason. A formula sits in Lost at stage of row 4 (deal 3, no reason: refused).
    f.sheet.getRange(4, col['Lost at stage']).setFormula('=""');
    f.emulator.calls.reset();
    const result = f.runtime.userEdit('Pipeline', 2, col.Stage, Array.from({ length: 6 }, () => ['Closed lost']));
    expect(result.toasts[0].title).toBe('4 stage changes undone');
    expect(f.sheet.getRange(4, col['Lost at stage']).getFormula()).toBe('=""');
    expect(f.sheet.getRange(2, col['Lost at stage'], 6, 1).getValues().map((r) => r[0])).toEqual(['Negotiation', '', '', '', 'Negotiation', '']);
    // Stage entered and Lost at stage side by side: one setValues for both, one for the put-back stages, one for the history.
    expect(f.emulator.calls.count('Range.setValues')).toBe(3);
  });
});

describe('the time zone the sidebar remembers', () => {
  it('changed after the sidebar loaded: a date from a form is still the day typed, and the next load remembers the new zone', () => {
    const f = convertedPipeline(3);
    const { col } = f;
    f.runtime.run('getSidebarState', [], { userLocale: 'en' });
    f.emulator.spreadsheet.setSpreadsheetTimeZone('Pacific/Auckland');
    expect(command(f, 'moveDeal', ['D-000002', 'proposal', { Amount: 10, 'Expected close': '2024-10-01' }]).ok).toBe(true);
    // Midnight of that day in Auckland (the user's column keeps its own date format).
    expect(f.sheet.getRange(3, col['Expected close']).getValue()).toEqual(new Date('2024-09-30T11:00:00Z'));
    expect(command(f, 'setNextStep', ['D-000002', 'Call', '2024-10-02']).ok).toBe(true);
    expect(f.sheet.getRange(3, col['Next step due']).getDisplayValue()).toBe('2024-10-02');
    const state = f.runtime.run('getSidebarState', [], { userLocale: 'en' }).value as SidebarState;
    f.emulator.spreadsheet.setActiveRange(f.sheet.getRange(3, 1));
    const after = command(f, 'activateDeal', ['D-000002']) as { ok: true; state: SidebarState };
    expect(after.state.selected?.expectedClose).toBe('2024-10-01');
    expect(after.state.selected?.nextStepDue).toBe('2024-10-02');
    expect(after.state.today).toBe(state.today);
  });
});
