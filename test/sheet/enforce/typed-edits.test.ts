import { CLOSE, COL, deal, pipelineFixture, SETUP_TIME, writeCalls } from './pipeline-fixture';

/** Deals as setup leaves them: one per stage kind the tests need, each with its setup history row. */
const DEALS = [
  deal('D-000001', 'Acme', 'Prospecting'),
  deal('D-000002', 'Beta', 'Qualification', 1000, CLOSE),
  deal('D-000003', 'Gamma', 'Qualification', 2500),
  deal('D-000004', 'Delta', 'Closed won', 9000, CLOSE),
  deal('D-000005', 'Epsilon', 'Negotiation', 4000, CLOSE, 'Price'),
  deal('D-000006', 'Zeta', 'Negotiation', 3000, CLOSE),
];
const row = (id: number) => id + 1;

function startedAround(at: unknown, before: number): void {
  expect(at).toBeInstanceOf(Date);
  expect((at as Date).getTime()).toBeGreaterThanOrEqual(before);
  expect((at as Date).getTime()).toBeLessThanOrEqual(Date.now());
}

describe('a typed stage edit', () => {
  it('accepted: one history row (from, to, user, via edit, amount) and Stage entered', () => {
    const f = pipelineFixture({ deals: DEALS });
    const before = Date.now();
    const result = f.runtime.userEdit('Pipeline', row(2), COL.stage, [['Proposal']], { user: 'bob@example.com' });
    expect(result).toEqual({ accepted: true, toasts: [] });
    const history = f.historyRows();
    expect(history).toHaveLength(DEALS.length + 1);
    const [at, ...rest] = history[history.length - 1];
    startedAround(at, before);
    expect(rest).toEqual(['D-000002', 'Qualification', 'Proposal', 'bob@example.com', 'edit', 1000]);
    expect(f.cell(row(2), COL.stage)).toBe('Proposal');
    expect(f.cell(row(2), COL.entered)).toEqual(at);
    expect(f.cell(row(1), COL.entered)).toEqual(SETUP_TIME);
    expect(f.note(row(2), COL.stage)).toBe('');
  });

  it('refused when skipping is not allowed by the settings: put back, one toast with every reason and the text typed', () => {
    const f = pipelineFixture({ deals: DEALS, rules: { allowSkipForward: false } });
    const result = f.runtime.userEdit('Pipeline', row(1), COL.stage, [['Proposal']]);
    expect(f.cell(row(1), COL.stage)).toBe('Prospecting');
    expect(result.toasts).toHaveLength(1);
    expect(result.toasts[0].title).toBe('Stage change undone');
    expect(result.toasts[0].message).toBe(
      'D-000001: "Proposal" — Cannot skip Qualification, First contact: this pipeline does not allow skipping stages forward. ' +
        'Amount is required to enter Proposal. Expected close is required to enter Proposal.',
    );
    // One typed cell: the toast quotes the text, so no note is added (SPEC §3 "from the toast or a note").
    expect(f.note(row(1), COL.stage)).toBe('');
    expect(f.historyRows()).toHaveLength(DEALS.length);
    expect(f.cell(row(1), COL.entered)).toEqual(SETUP_TIME);
    // One step at a time is still allowed.
    expect(f.runtime.userEdit('Pipeline', row(1), COL.stage, [['Qualification']]).toasts).toEqual([]);
    expect(f.historyRows().at(-1)!.slice(1, 4)).toEqual(['D-000001', 'Prospecting', 'Qualification']);
  });

  it('refused when a field Proposal requires is missing, naming the field', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = f.runtime.userEdit('Pipeline', row(3), COL.stage, [['Proposal']]);
    expect(result.toasts.map((t) => t.message)).toEqual(['D-000003: "Proposal" — Expected close is required to enter Proposal.']);
    expect(f.cell(row(3), COL.stage)).toBe('Qualification');
    // Filling the field first makes the same move valid.
    f.runtime.userEdit('Pipeline', row(3), COL.close, [['2024-10-31']]);
    expect(f.runtime.userEdit('Pipeline', row(3), COL.stage, [['Proposal']]).toasts).toEqual([]);
    expect(f.historyRows().at(-1)!.slice(1, 7)).toEqual(['D-000003', 'Qualification', 'Proposal', 'me@example.com', 'edit', 2500]);
  });

  it('refused when reopening a Closed won deal', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = f.runtime.userEdit('Pipeline', row(4), COL.stage, [['Negotiation']]);
    expect(result.toasts[0].message).toBe(
      'D-000004: "Negotiation" — Cannot move a closed deal from Closed won to Negotiation: this pipeline does not allow reopening closed deals.',
    );
    expect(f.cell(row(4), COL.stage)).toBe('Closed won');
    expect(f.historyRows()).toHaveLength(DEALS.length);
  });

  it('refused when the text names no stage (a dropdown that allows invalid input); the user’s note is left as it was', () => {
    const f = pipelineFixture({ deals: DEALS, rejectInvalid: false });
    f.pipeline.getRange(row(5), COL.stage).setNote('Decision maker on holiday until May.');
    const result = f.runtime.userEdit('Pipeline', row(5), COL.stage, [['Signed-ish']]);
    expect(result.accepted).toBe(true);
    expect(result.toasts[0].message).toBe('D-000005: "Signed-ish" — Unknown stage "Signed-ish"');
    expect(f.cell(row(5), COL.stage)).toBe('Negotiation');
    expect(f.note(row(5), COL.stage)).toBe('Decision maker on holiday until May.');
  });

  it('never reaches onEdit when the dropdown rejects the input: Sheets refuses it first', () => {
    const f = pipelineFixture({ deals: DEALS });
    const result = f.runtime.userEdit('Pipeline', row(5), COL.stage, [['Signed-ish']]);
    expect(result.accepted).toBe(false);
    expect(writeCalls(f.emulator)).toEqual([]);
  });

  it('speaks the user’s language', () => {
    const f = pipelineFixture({ deals: DEALS, userLocale: 'fr_FR' });
    const result = f.runtime.userEdit('Pipeline', row(4), COL.stage, [['Prospecting']]);
    expect(result.toasts[0]).toMatchObject({
      title: 'Changement d’étape annulé',
      message: 'D-000004 : « Prospecting » — Impossible de passer une affaire close de Gagné à Prospection : ce pipeline n’autorise pas la réouverture des affaires closes.',
    });
    // The value put back is the sheet's own label, not a French one.
    expect(f.cell(row(4), COL.stage)).toBe('Closed won');
  });

  it('is no change when the same stage is typed again, however spelt', () => {
    const f = pipelineFixture({ deals: DEALS, rejectInvalid: false });
    f.runtime.userEdit('Pipeline', row(2), COL.stage, [['qualified']]);
    f.runtime.userEdit('Pipeline', row(6), COL.stage, [['Négociation']]);
    expect(f.historyRows()).toHaveLength(DEALS.length);
    expect([f.cell(row(2), COL.stage), f.cell(row(6), COL.stage)]).toEqual(['qualified', 'Négociation']);
    expect(f.emulator.ui.toasts).toEqual([]);
  });

  it('maintains Lost at stage when a deal is lost, and requires the lost reason', () => {
    const f = pipelineFixture({ deals: DEALS });
    expect(f.runtime.userEdit('Pipeline', row(5), COL.stage, [['Closed lost']]).toasts).toEqual([]);
    expect(f.cell(row(5), COL.lostAt)).toBe('Negotiation');
    expect(f.historyRows().at(-1)!.slice(1, 7)).toEqual(['D-000005', 'Negotiation', 'Closed lost', 'me@example.com', 'edit', 4000]);
    const refused = f.runtime.userEdit('Pipeline', row(6), COL.stage, [['Closed lost']]);
    expect(refused.toasts[0].message).toBe('D-000006: "Closed lost" — Lost reason is required to enter Closed lost.');
    expect([f.cell(row(6), COL.stage), f.cell(row(6), COL.lostAt)]).toEqual(['Negotiation', '']);
  });

  it('clears Lost at stage when a lost deal is reopened, where the settings allow it', () => {
    const f = pipelineFixture({ deals: DEALS, rules: { allowReopen: true } });
    f.runtime.userEdit('Pipeline', row(5), COL.stage, [['Closed lost']]);
    expect(f.cell(row(5), COL.lostAt)).toBe('Negotiation');
    expect(f.runtime.userEdit('Pipeline', row(5), COL.stage, [['Negotiation']]).toasts).toEqual([]);
    expect(f.cell(row(5), COL.lostAt)).toBe('');
    expect(f.historyRows().slice(-2).map((r) => r.slice(2, 4))).toEqual([
      ['Negotiation', 'Closed lost'],
      ['Closed lost', 'Negotiation'],
    ]);
  });

  it('gives a new deal typed on a fresh row its Deal ID, after the highest one, and logs it from blank', () => {
    const f = pipelineFixture({ deals: [...DEALS, deal('D-000041', 'Old', 'Prospecting')] });
    const fresh = DEALS.length + 3;
    f.runtime.userEdit('Pipeline', fresh, COL.deal, [['Eta Corp']]);
    expect(f.historyRows()).toHaveLength(DEALS.length + 1);
    expect(f.runtime.userEdit('Pipeline', fresh, COL.stage, [['Prospecting']]).toasts).toEqual([]);
    expect(f.cell(fresh, COL.id)).toBe('D-000042');
    expect(f.historyRows().at(-1)!.slice(1, 6)).toEqual(['D-000042', '', 'Prospecting', 'me@example.com', 'edit']);
    expect(f.cell(fresh, COL.entered)).toBeInstanceOf(Date);
  });

  it('refuses clearing the stage of a deal, but not emptying a whole row', () => {
    const f = pipelineFixture({ deals: DEALS });
    const cleared = f.runtime.userEdit('Pipeline', row(2), COL.stage, [['']]);
    expect(cleared.toasts[0].message).toBe(
      'D-000002: cleared stage — A deal must have a stage: pick one from the list instead of clearing the cell (to remove the deal, clear its whole row).',
    );
    expect(f.cell(row(2), COL.stage)).toBe('Qualification');
    expect(f.note(row(2), COL.stage)).toBe('');

    const emptied = f.runtime.userEdit('Pipeline', row(3), 1, [new Array(10).fill('')]);
    expect(emptied.toasts).toEqual([]);
    expect(f.pipeline.getRange(row(3), 1, 1, 10).getValues()[0].every((v) => v === '')).toBe(true);
    expect(f.historyRows()).toHaveLength(DEALS.length);
  });

  it('is put back while Pipeline Settings has a mistake, naming the cell: rules nobody wrote are never applied', () => {
    const f = pipelineFixture({ deals: DEALS, rules: {} });
    f.emulator.spreadsheet.getSheetByName('Pipeline Settings')!.getRange('D4').setValue('maybe');
    const result = f.runtime.userEdit('Pipeline', row(2), COL.stage, [['First contact']]);
    expect(result.toasts[0].message).toBe(
      'D-000002: "First contact" — Pipeline Settings has a problem in Pipeline Settings!D4: Unknown kind "maybe": write open, won or lost. ' +
        'Stage changes cannot be checked until it is fixed, so this one was undone.',
    );
    expect(f.cell(row(2), COL.stage)).toBe('Qualification');
    expect(f.historyRows()).toHaveLength(DEALS.length);
  });

  it('creates Stage History with the first change it logs, and leaves the user on the pipeline', () => {
    const f = pipelineFixture({ deals: DEALS });
    f.emulator.spreadsheet.deleteSheet(f.history);
    f.emulator.spreadsheet.setActiveSheet(f.pipeline);
    f.runtime.userEdit('Pipeline', row(2), COL.stage, [['First contact']]);
    const history = f.emulator.spreadsheet.getSheetByName('Stage History')!;
    expect(history.getRange(1, 1, 2, 7).getValues().map((r) => r.slice(1, 6))).toEqual([
      ['Deal ID', 'From', 'To', 'User', 'Via'],
      ['D-000002', 'Qualification', 'First contact', 'me@example.com', 'edit'],
    ]);
    expect(f.emulator.spreadsheet.getActiveSheet().getName()).toBe('Pipeline');
  });
});
