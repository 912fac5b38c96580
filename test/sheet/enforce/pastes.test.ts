import { serviceCalls } from '../../../src/local/bench/service-calls';
import { CLOSE, COL, deal, HEADER, pipelineFixture, setupRow, writeCalls } from './pipeline-fixture';

const id = (n: number) => `D-${String(n).padStart(6, '0')}`;

/** `count` deals in Qualification with an Amount; every tenth lacks the Expected close that Proposal requires. */
function qualifiedDeals(count: number) {
  return Array.from({ length: count }, (_, i) => deal(id(i + 1), `Deal ${i + 1}`, 'Qualification', 100 + i, i % 10 === 9 ? '' : CLOSE));
}

describe('a paste or fill over the Stage column', () => {
  it('1 000 rows with 100 invalid: exactly those put back, the 900 logged once each, one toast', () => {
    const f = pipelineFixture({ deals: qualifiedDeals(1000) });
    const before = f.historyRows().length;
    const result = f.runtime.userEdit('Pipeline', 2, COL.stage, Array.from({ length: 1000 }, () => ['Proposal']), { user: 'bob@example.com' });

    const stages = f.stages(1000);
    const refused = stages.flatMap((stage, i) => (stage === 'Qualification' ? [i + 1] : []));
    expect(refused).toEqual(Array.from({ length: 100 }, (_, k) => 10 * k + 10));
    expect(stages.filter((s) => s === 'Proposal')).toHaveLength(900);

    const logged = f.historyRows().slice(before);
    expect(logged).toHaveLength(900);
    expect(new Set(logged.map((r) => r[1])).size).toBe(900);
    expect(logged.every((r) => r[2] === 'Qualification' && r[3] === 'Proposal' && r[4] === 'bob@example.com' && r[5] === 'paste')).toBe(true);
    expect(logged.some((r) => refused.includes(Number(String(r[1]).slice(2))))).toBe(false);
    expect(logged[0].slice(1)).toEqual([id(1), 'Qualification', 'Proposal', 'bob@example.com', 'paste', 100]);

    expect(result.toasts).toHaveLength(1);
    expect(result.toasts[0].title).toBe('100 stage changes undone');
    const lines = result.toasts[0].message.split('\n');
    expect(lines[0]).toBe('D-000010: "Proposal" — Expected close is required to enter Proposal.');
    expect(lines.slice(-2)).toEqual(['…and 95 more. Each undone cell has a note with what was entered.', '900 other stage changes were saved.']);

    // Stage entered moved for the accepted rows only; notes only on the refused ones.
    const entered = f.pipeline.getRange(2, COL.entered, 1000, 1).getValues().map((r) => r[0] as Date);
    const at = logged[0][0] as Date;
    entered.forEach((date, i) => expect(date.getTime() === at.getTime()).toBe(!refused.includes(i + 1)));
    const notes = f.pipeline.getRange(2, COL.stage, 1000, 1).getNotes().map((r) => r[0]);
    notes.forEach((note, i) => expect(note !== '').toBe(refused.includes(i + 1)));
    expect(notes[9]).toContain('"Proposal" was undone. Expected close is required to enter Proposal.');
  });

  it('is a constant number of calls, whatever the number of rows pasted', () => {
    const counts = [100, 1000].map((rows) => {
      const f = pipelineFixture({ deals: qualifiedDeals(1000), maxRows: 2000 });
      f.history.insertRowsAfter(f.history.getMaxRows(), 3000);
      f.runtime.userEdit('Pipeline', 2, COL.stage, Array.from({ length: rows }, () => ['Proposal']));
      return serviceCalls(f.emulator.calls);
    });
    expect(counts[1].countedByMethod).toEqual(counts[0].countedByMethod);
    expect(counts[1].counted).toBeLessThanOrEqual(16);
  });

  it('a fill-down over 50 rows: valid rows kept and logged, a closed deal in the way put back', () => {
    const deals = Array.from({ length: 50 }, (_, i) => deal(id(i + 1), `Deal ${i + 1}`, i === 20 ? 'Closed won' : 'Qualification', 500));
    const f = pipelineFixture({ deals });
    const result = f.runtime.userEdit('Pipeline', 2, COL.stage, Array.from({ length: 50 }, () => ['First contact']));
    const stages = f.stages(50);
    expect(stages[20]).toBe('Closed won');
    expect(stages.filter((s) => s === 'First contact')).toHaveLength(49);
    expect(f.historyRows().slice(50).map((r) => r[1])).toEqual(deals.filter((_, i) => i !== 20).map((d) => d[0]));
    expect(result.toasts[0].message.split('\n')).toEqual([
      'D-000021: "First contact" — Cannot move a closed deal from Closed won to First contact: this pipeline does not allow reopening closed deals.',
      '49 other stage changes were saved.',
    ]);
  });

  it('pasted rows of several columns: new deals get IDs in order and enter from blank; a known deal is judged by its history', () => {
    const f = pipelineFixture({ deals: [deal('D-000007', 'Known', 'Negotiation', 800, CLOSE)], rejectInvalid: false });
    const pasted = [
      ['', 'New one', 'kim@example.com', 'Prospecting'],
      ['', 'New two', 'kim@example.com', 'Qualified'],
      ['D-000007', 'Known', 'ann@example.com', 'Prospecting'],
      ['', 'New three', 'kim@example.com', 'Proposal'],
    ];
    const result = f.runtime.userEdit('Pipeline', 3, 1, pasted);
    expect(f.pipeline.getRange(3, 1, 4, 4).getValues()).toEqual([
      ['D-000008', 'New one', 'kim@example.com', 'Prospecting'],
      ['D-000009', 'New two', 'kim@example.com', 'Qualified'],
      ['D-000007', 'Known', 'ann@example.com', 'Prospecting'],
      ['', 'New three', 'kim@example.com', ''],
    ]);
    expect(f.historyRows().slice(1).map((r) => r.slice(1, 6))).toEqual([
      ['D-000008', '', 'Prospecting', 'me@example.com', 'paste'],
      ['D-000009', '', 'Qualification', 'me@example.com', 'paste'],
      ['D-000007', 'Negotiation', 'Prospecting', 'me@example.com', 'paste'],
    ]);
    expect(result.toasts[0].message.split('\n')).toEqual([
      'row 6: "Proposal" — Amount is required to enter Proposal. Expected close is required to enter Proposal.',
      '3 other stage changes were saved.',
    ]);
  });

  it('compares a deal the history has never seen with nothing: it enters (and, refused, goes back to blank with its note)', () => {
    const f = pipelineFixture({ deals: [deal('D-000001', 'Acme', 'Prospecting'), deal('CRM-17', 'Imported', '', 10)], history: [setupRow('D-000001', 'Prospecting')] });
    f.runtime.userEdit('Pipeline', 2, COL.stage, [['Prospecting'], ['Negotiation']]);
    expect(f.stages(2)).toEqual(['Prospecting', '']);
    expect(f.note(3, COL.stage)).toContain('"Negotiation" was undone. Expected close is required to enter Negotiation.');
    expect(f.emulator.ui.toasts.map((t) => t.message)).toEqual(['CRM-17: "Negotiation" — Expected close is required to enter Negotiation.']);
    f.runtime.userEdit('Pipeline', 3, COL.close, [['2024-12-01']]);
    f.runtime.userEdit('Pipeline', 2, COL.stage, [['Prospecting'], ['Negotiation']]);
    expect(f.historyRows().slice(1).map((r) => r.slice(1, 4))).toEqual([['CRM-17', '', 'Negotiation']]);
  });

  it('writes nothing for edits beside the Stage column', () => {
    const f = pipelineFixture({ deals: qualifiedDeals(20) });
    f.runtime.userEdit('Pipeline', 2, COL.amount, [[5]]);
    f.runtime.userEdit('Pipeline', 2, COL.owner, Array.from({ length: 20 }, () => ['zoe@example.com']));
    f.runtime.userEdit('Pipeline', 2, COL.amount, Array.from({ length: 20 }, () => [1, 2, 3, 'x', 'y', 'z']));
    expect(writeCalls(f.emulator)).toEqual([]);
    expect(f.historyRows()).toHaveLength(20);
  });

  it('writes nothing, and reads no sheet, for edits on other sheets', () => {
    const f = pipelineFixture({ deals: qualifiedDeals(20) });
    f.emulator.spreadsheet.insertSheet('Notes').getRange(1, 1, 1, 4).setValues([HEADER.slice(0, 4)]);
    f.emulator.calls.reset();
    f.runtime.userEdit('Notes', 2, 4, [['Proposal']]);
    f.runtime.userEdit('Stage History', 5, 4, [['Won']]);
    const calls = serviceCalls(f.emulator.calls);
    expect(writeCalls(f.emulator)).toEqual([]);
    expect(calls.counted).toBe(0);
    // Per edit: the document registry (2 Properties calls) and getters on the edited range.
    expect(calls.otherServices).toEqual({ 'PropertiesService.getDocumentProperties': 2, 'Properties.getProperty': 2 });
  });

  it('works on a French workbook: sheets found by their French names, stages written back in French', () => {
    const f = pipelineFixture({
      deals: [deal('D-000001', 'Acme', 'Qualification', 100, CLOSE), deal('D-000002', 'Beta', 'Gagné', 200, CLOSE)],
      history: [setupRow('D-000001', 'Qualification'), setupRow('D-000002', 'Gagné')],
      rejectInvalid: false,
      userLocale: 'fr',
    });
    f.history.setName('Historique des étapes');
    f.runtime.userEdit('Pipeline', 2, COL.stage, [['Proposition'], ['Négociation']]);
    expect(f.stages(2)).toEqual(['Proposition', 'Gagné']);
    expect(f.historyRows().at(-1)!.slice(1, 6)).toEqual(['D-000001', 'Qualification', 'Proposition', 'me@example.com', 'paste']);
    expect(f.emulator.ui.toasts.at(-1)).toMatchObject({
      title: 'Changement d’étape annulé',
      message: 'D-000002 : « Négociation » — Impossible de passer une affaire close de Gagné à Négociation : ce pipeline n’autorise pas la réouverture des affaires closes.\n1 autre changement d’étape a été enregistré.',
    });
  });
});
