import type { Emulator } from '../../../src/local/emulator';
import type { CellValue } from '../../../src/local/emulator/model';
import { loadBuiltAddon } from '../../helpers/built';
import { HISTORY_HEADER, writeSheet } from '../reports/workbooks';

type Problem = { kind: string; a1: string; row: number; column: number; message: string; dealId: string };
type Result = { sheet: string; rowsChecked: number; problems: Problem[]; counts: Record<string, number>; markedCells: number; clearedCells: number; summary: string; checkedAt: string };

const HEADER = ['Deal ID', 'Deal', 'Stage', 'Amount', 'Expected close', 'Lost reason', 'Notes'];
const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** One row per kind of problem (rows 2..9), and a clean one (row 10). */
function rows(): CellValue[][] {
  return [
    HEADER,
    ['D-1', 'Acme', 'Negotiation', 100, day('2024-05-01'), '', ''], // history says Proposal
    ['D-2', 'Beta', 'Banana', 100, '', '', ''], // unknown stage
    ['D-3', 'Gamma', '', 100, '', '', ''], // blank stage
    ['D-4', 'Delta', 'Proposal', '', '', '', ''], // Amount and Expected close required
    ['', 'Epsilon', 'Prospecting', 5, '', '', ''], // no Deal ID
    ['D-6', 'Zeta', 'Closed lost', 'lots', '', '', ''], // unreadable Amount, Lost reason required
    ['D-6', 'Eta', 'Prospecting', 1, 'soon', '', ''], // duplicate ID, unreadable date
    ['D-8', 'Theta', 'Qualification', 1, '', '', ''], // clean
  ];
}

function setUp(userLocale = 'en'): { emulator: Emulator; run: () => Result } {
  const { emulator, runtime } = loadBuiltAddon();
  const pipeline = writeSheet(emulator, 'Pipeline', rows());
  // What must survive untouched: a dropdown that allows invalid input, formats.
  const app = emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const stages = app.newDataValidation().requireValueInList(['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closed lost'], true).setAllowInvalid(true).build();
  pipeline.getRange('C2:C9').setDataValidation(stages);
  pipeline.getRange('D2:D9').setNumberFormat('#,##0');
  pipeline.getRange('A1:G1').setFontWeight('bold');
  writeSheet(emulator, 'Stage History', [HISTORY_HEADER, [day('2024-01-01'), 'D-1', '', 'Proposal', 'ann', 'edit', 100]]);
  return { emulator, run: () => runtime.run('validateAllRows', [], { userLocale }).value as Result };
}

const pipeline = (emulator: Emulator) => emulator.spreadsheet.getSheetByName('Pipeline')!;
const note = (emulator: Emulator, a1: string) => pipeline(emulator).getRange(a1).getNote();
/** Everything in the model but notes: values, formats, validations, protections... */
function withoutNotes(emulator: Emulator): string {
  return JSON.stringify(emulator.toModel().sheets.map((sheet) => ({ ...sheet, notes: [] })));
}

describe('validateAllRows (built bundle against the emulator)', () => {
  it('marks each kind of problem with a note on the offending cell, and changes no data', () => {
    const { emulator, run } = setUp();
    const before = withoutNotes(emulator);
    const result = run();
    expect(withoutNotes(emulator)).toBe(before);

    expect(result.rowsChecked).toBe(8);
    expect(result.problems.map((p) => `${p.a1} ${p.kind}`)).toEqual([
      'C2 history-mismatch',
      'C3 unknown-stage',
      'C4 unknown-stage',
      'D5 missing-field',
      'E5 missing-field',
      'A6 missing-id',
      'A7 duplicate-id',
      'D7 unreadable',
      'F7 missing-field',
      'A8 duplicate-id',
      'E8 unreadable',
    ]);
    expect(result.counts).toEqual({ 'unknown-stage': 2, 'missing-field': 3, 'missing-id': 1, 'duplicate-id': 2, 'history-mismatch': 1, unreadable: 2 });
    expect(result.markedCells).toBe(11);
    for (const problem of result.problems) expect(note(emulator, problem.a1)).toBe(`⚠ Sheets Pipeline: ${problem.message}`);
    expect(note(emulator, 'C2')).toBe('⚠ Sheets Pipeline: Stage is Negotiation, but the Stage History last moved this deal to Proposal.');
    expect(note(emulator, 'A7')).toBe('⚠ Sheets Pipeline: Deal ID D-6 is also used on row 8: each deal needs its own ID.');
    expect(pipeline(emulator).getRange('A9:G9').getNotes()).toEqual([['', '', '', '', '', '', '']]);
    expect(result.summary).toBe(
      'Rows checked: 8. Problems: 11, on 7 of them (2 × unknown or blank stage, 3 × missing required field, 1 × missing Deal ID, 2 × duplicate Deal ID, 1 × stage differs from the Stage History, 2 × unreadable cell), each marked with a note starting "⚠ Sheets Pipeline". No data was changed.',
    );
    expect(pipeline(emulator).getRange('C3').getDataValidation()).not.toBeNull();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('keeps the user’s notes, and a later run after a fix takes off only its own marks', () => {
    const { emulator, run } = setUp();
    const sheet = pipeline(emulator);
    sheet.getRange('C3').setNote('Ask Bob which stage');
    sheet.getRange('B3').setNote('Key account');
    run();
    expect(note(emulator, 'C3')).toMatch(/^Ask Bob which stage\n⚠ Sheets Pipeline: Unknown stage "Banana"/);
    expect(note(emulator, 'B3')).toBe('Key account');

    // The user adds to a marked note, then fixes two rows.
    sheet.getRange('C3').setNote(`${note(emulator, 'C3')}\nand call him`);
    sheet.getRange('C3').setValue('Qualification');
    sheet.getRange('A6').setValue('D-5');
    const before = withoutNotes(emulator);
    const result = run();
    expect(withoutNotes(emulator)).toBe(before);
    expect(note(emulator, 'C3')).toBe('Ask Bob which stage\nand call him');
    expect(note(emulator, 'A6')).toBe('');
    expect(note(emulator, 'B3')).toBe('Key account');
    expect(note(emulator, 'C2')).toMatch(/^⚠ Sheets Pipeline: Stage is Negotiation/);
    expect(result.clearedCells).toBe(2);
    expect(result.problems.map((p) => p.a1)).not.toContain('C3');
  });

  it('writes the notes in one setNotes call and reads the sheet once, whatever its size', () => {
    const { emulator, run } = setUp();
    emulator.calls.reset();
    run();
    const calls = emulator.calls.byMethod();
    expect(calls['Range.setNotes']).toBe(1);
    expect(calls['Range.getNotes']).toBe(1);
    expect(calls['Range.setNote']).toBeUndefined();
    expect(calls['Range.getValues']).toBe(2);
    // A second run with nothing new to mark writes no note.
    emulator.calls.reset();
    run();
    expect(emulator.calls.count('Range.setNotes')).toBe(0);
  });

  it('makes the same calls for 1 000 and 10 000 rows', () => {
    const callsFor = (count: number) => {
      const { emulator, runtime } = loadBuiltAddon();
      const body: CellValue[][] = Array.from({ length: count }, (_, i) => [`D-${i}`, `Deal ${i}`, i % 10 === 0 ? 'Banana' : 'Prospecting', i, '', '', '']);
      writeSheet(emulator, 'Pipeline', [HEADER, ...body]);
      emulator.calls.reset();
      const result = runtime.run('validateAllRows').value as Result;
      expect(result.problems).toHaveLength(count / 10);
      return emulator.calls.byMethod();
    };
    const small = callsFor(1_000);
    expect(callsFor(10_000)).toEqual(small);
    expect(small['Range.setNotes']).toBe(1);
  });

  it('answers in French for a French user, and says when all is well', () => {
    const { emulator, run } = setUp('fr_FR');
    const result = run();
    expect(note(emulator, 'C3')).toMatch(/^⚠ Sheets Pipeline : Étape inconnue « Banana »/);
    expect(result.summary).toMatch(/^Lignes vérifiées : 8\. Problèmes : 11, sur 7 d’entre elles/);

    const clean = loadBuiltAddon();
    writeSheet(clean.emulator, 'Pipeline', [HEADER, ['D-1', 'Acme', 'Prospecting', 1, '', '', '']]);
    const answer = clean.runtime.run('validateAllRows', [], { userLocale: 'fr' });
    expect((answer.value as Result).summary).toBe('Lignes vérifiées : 1. Aucun problème.');
    expect(answer.ui.toasts).toEqual([{ message: 'Lignes vérifiées : 1. Aucun problème.', title: 'Valider toutes les lignes', timeoutSeconds: 15 }]);
  });
});
