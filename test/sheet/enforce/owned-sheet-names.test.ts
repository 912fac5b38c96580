import type { CellValue } from '../../../src/local/emulator/model';
import { serviceCalls, type ServiceCallCount } from '../../../src/local/bench/service-calls';
import { REGISTRY_PROPERTY } from '../../../src/sheet/pipeline-registry';
import { loadBuiltAddon } from '../../helpers/built';
import { leads } from '../setup/fixtures';
import { convertedPipeline, LEADS_HEADER, type Converted } from './converted-fixture';
import { documentProperties, pipelineRegistry } from './pipeline-fixture';

/**
 * An edit reaches Pipeline Settings and Stage History by the names the pipeline registry
 * remembers (set by setup), in one counted call; when a name no longer resolves (a sheet
 * renamed or deleted, or a settings sheet narrower than A:Z whose width changed) it searches
 * the sheets as before and remembers what it found. SPEC §8: a single-cell stage edit ≤ 6 calls.
 */

const SIZE = 20;
const ENGLISH = { settings: 'Pipeline Settings', history: 'Stage History' };
const FRENCH = { settings: 'Paramètres du pipeline', history: 'Historique des étapes' };

function counted(f: { emulator: Converted['emulator'] }, edit: () => unknown): ServiceCallCount {
  f.emulator.calls.reset();
  edit();
  return serviceCalls(f.emulator.calls);
}

const ownedSheets = (f: Pick<Converted, 'emulator' | 'sheet'>) => pipelineRegistry(f.emulator)[String(f.sheet.getSheetId())]?.ownedSheets;
const lastHistoryRow = (sheet: GoogleAppsScript.Spreadsheet.Sheet): CellValue[] => sheet.getRange(sheet.getLastRow(), 1, 1, 4).getValues()[0] as CellValue[];
const sheetNames = (f: Converted) => f.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());

/** Typed stage edits of deals 2, 4, 6… (sheet rows 3, 5, 7…, all in Qualification), each to First contact. */
function editor(f: Converted) {
  let row = 3;
  return (): ServiceCallCount => {
    const edited = row;
    row += 2;
    const calls = counted(f, () => f.runtime.userEdit('Pipeline', edited, f.col.Stage, [['First contact']]));
    expect(f.sheet.getRange(edited, f.col.Stage).getValue()).toBe('First contact');
    return calls;
  };
}

const CHEAP = { 'Range.getValues': 3, 'Range.setValues': 1, 'Sheet.appendRow': 1 };

describe('the owned sheets by their remembered names', () => {
  it('setup remembers them; an edit then reaches both by name: 5 calls, no getSheets', () => {
    const f = convertedPipeline(SIZE);
    expect(ownedSheets(f)).toEqual(ENGLISH);
    const calls = editor(f)();
    expect(calls.countedByMethod).toEqual(CHEAP);
    expect(calls.counted).toBe(5);
    expect(lastHistoryRow(f.history).slice(1)).toEqual(['D-000002', 'Qualification', 'First contact']);
  });

  it('Pipeline Settings renamed after setup: the edit finds it by searching (6 calls) and remembers it; the next is 5 again', () => {
    const f = convertedPipeline(SIZE);
    const edit = editor(f);
    const settings = f.emulator.spreadsheet.getSheetByName('Pipeline Settings')!;
    settings.setName(FRENCH.settings);
    const first = edit();
    expect(first.countedByMethod).toEqual({ ...CHEAP, 'Spreadsheet.getSheets': 1 });
    expect(first.counted).toBe(6);
    expect(ownedSheets(f)).toEqual({ settings: FRENCH.settings, history: ENGLISH.history });
    expect(edit().countedByMethod).toEqual(CHEAP);
    // Its rules are the ones applied, and a mistake in it is named with the sheet's new name.
    settings.getRange('D4').setValue('maybe');
    const refused = counted(f, () => f.runtime.userEdit('Pipeline', 9, f.col.Stage, [['First contact']]));
    expect(f.emulator.ui.toasts.at(-1)!.message).toMatch(/Paramètres du pipeline!D4: Unknown kind "maybe"/);
    expect(f.sheet.getRange(9, f.col.Stage).getValue()).toBe('Qualification');
    expect(refused.countedByMethod).toEqual({ 'Range.getValues': 3, 'Range.setValues': 1, 'Spreadsheet.toast': 1 });
  });

  it('Pipeline Settings deleted: edits follow the default pipeline, as before, and the names stay remembered', () => {
    const f = convertedPipeline(SIZE);
    const edit = editor(f);
    f.emulator.spreadsheet.deleteSheet(f.emulator.spreadsheet.getSheetByName('Pipeline Settings')!);
    f.emulator.spreadsheet.setActiveSheet(f.sheet);
    // No settings to read: the search, the header check and the row.
    expect(edit().countedByMethod).toEqual({ 'Range.getValues': 2, 'Spreadsheet.getSheets': 1, 'Range.setValues': 1, 'Sheet.appendRow': 1 });
    expect(lastHistoryRow(f.history).slice(1)).toEqual(['D-000002', 'Qualification', 'First contact']);
    expect(ownedSheets(f)).toEqual(ENGLISH);
    expect(edit().countedByMethod['Spreadsheet.getSheets']).toBe(1);
  });

  it('Stage History renamed: the history row goes to the renamed sheet (found by searching, then by its new name)', () => {
    const f = convertedPipeline(SIZE);
    const edit = editor(f);
    f.history.setName(FRENCH.history);
    const first = edit();
    expect(first.countedByMethod).toEqual({ ...CHEAP, 'Spreadsheet.getSheets': 1 });
    expect(lastHistoryRow(f.history).slice(1)).toEqual(['D-000002', 'Qualification', 'First contact']);
    expect(ownedSheets(f)).toEqual({ settings: ENGLISH.settings, history: FRENCH.history });
    const second = edit();
    expect(second.countedByMethod).toEqual(CHEAP);
    expect(lastHistoryRow(f.history).slice(1)).toEqual(['D-000004', 'Qualification', 'First contact']);
    expect(sheetNames(f)).not.toContain('Stage History');
  });

  it('Stage History renamed to a name of the user’s: the first change creates a new one, as before, then it is reached by name', () => {
    const f = convertedPipeline(SIZE);
    const edit = editor(f);
    f.history.setName('Old log');
    const rowsBefore = f.history.getLastRow();
    expect(edit().countedByMethod['Spreadsheet.getSheets']).toBe(1);
    const created = f.emulator.spreadsheet.getSheetByName('Stage History')!;
    expect(created.getSheetId()).not.toBe(f.history.getSheetId());
    expect(lastHistoryRow(created).slice(1)).toEqual(['D-000002', 'Qualification', 'First contact']);
    expect(f.history.getLastRow()).toBe(rowsBefore);
    expect(f.emulator.spreadsheet.getActiveSheet().getName()).toBe('Pipeline');
    expect(ownedSheets(f)).toEqual(ENGLISH);
    expect(edit().countedByMethod).toEqual(CHEAP);
    expect(lastHistoryRow(created).slice(1)).toEqual(['D-000004', 'Qualification', 'First contact']);
  });

  it('a Pipeline Settings narrower than A:Z: searched once, its width remembered, then read whole by name; columns added or removed send the edit back to the search', () => {
    const f = convertedPipeline(SIZE);
    const edit = editor(f);
    const settings = f.emulator.spreadsheet.getSheetByName('Pipeline Settings')!;
    const lastToast = () => f.emulator.ui.toasts.at(-1)!.message;
    settings.deleteColumns(9, settings.getMaxColumns() - 8);
    const first = edit();
    // Once: the search, and the sheet's width (7 calls, what every such edit took before the width was remembered).
    expect(first.countedByMethod).toEqual({ ...CHEAP, 'Spreadsheet.getSheets': 1, 'Sheet.getMaxColumns': 1 });
    expect(first.counted).toBe(7);
    expect(ownedSheets(f)).toEqual({ ...ENGLISH, settingsColumns: 8 });
    const byName = edit();
    expect(byName.countedByMethod).toEqual(CHEAP);
    expect(byName.counted).toBe(5);

    // Read by name, a mistake is still named by its cell.
    settings.getRange('D4').setValue('maybe');
    const refused = counted(f, () => f.runtime.userEdit('Pipeline', 9, f.col.Stage, [['First contact']]));
    expect(refused.countedByMethod['Spreadsheet.getSheets']).toBeUndefined();
    expect(lastToast()).toMatch(/Pipeline Settings!D4: Unknown kind "maybe"/);
    settings.getRange('D4').setValue('open');

    // Columns inserted: Kind moves to column I, beyond the width remembered; the edit searches and reads it there.
    settings.insertColumnsBefore(2, 5);
    settings.getRange('I4').setValue('maybe');
    const wider = counted(f, () => f.runtime.userEdit('Pipeline', 11, f.col.Stage, [['First contact']]));
    expect(wider.countedByMethod['Spreadsheet.getSheets']).toBe(1);
    expect(lastToast()).toMatch(/Pipeline Settings!I4: Unknown kind "maybe"/);
    expect(ownedSheets(f)).toEqual({ ...ENGLISH, settingsColumns: 13 });
    settings.getRange('I4').setValue('open');
    expect(edit().countedByMethod).toEqual(CHEAP);

    // Columns deleted: the read of the old width no longer resolves; one search, then by name again.
    settings.deleteColumns(2, 5);
    expect(edit().countedByMethod['Spreadsheet.getSheets']).toBe(1);
    expect(ownedSheets(f)).toEqual({ ...ENGLISH, settingsColumns: 8 });
    expect(edit().countedByMethod).toEqual(CHEAP);

    // As wide as A:Z again: one search, and the width is forgotten.
    settings.insertColumnsAfter(8, 30);
    expect(edit().countedByMethod['Spreadsheet.getSheets']).toBe(1);
    expect(ownedSheets(f)).toEqual(ENGLISH);
    expect(edit().countedByMethod).toEqual(CHEAP);
  });

  it('a registry entry from before the names were remembered: the first edit searches and remembers them', () => {
    const f = convertedPipeline(SIZE);
    const edit = editor(f);
    const registry = pipelineRegistry(f.emulator);
    delete registry[String(f.sheet.getSheetId())].ownedSheets;
    documentProperties(f.emulator).setProperty(REGISTRY_PROPERTY, JSON.stringify(registry));
    expect(edit().countedByMethod).toEqual({ ...CHEAP, 'Spreadsheet.getSheets': 1 });
    expect(ownedSheets(f)).toEqual(ENGLISH);
    expect(edit().countedByMethod).toEqual(CHEAP);
  });

  it('the header registered again (a column renamed) keeps the names', () => {
    const f = convertedPipeline(SIZE);
    const edit = editor(f);
    const notes = f.col.Notes;
    f.runtime.userEdit('Pipeline', 1, notes, [['Comments']]);
    expect(pipelineRegistry(f.emulator)[String(f.sheet.getSheetId())].headers[notes - 1]).toBe('Comments');
    expect(ownedSheets(f)).toEqual(ENGLISH);
    expect(edit().countedByMethod).toEqual(CHEAP);
  });
});

describe('a French workbook', () => {
  /** The leads of converted-fixture.ts set up by a French-speaking user: the sheets setup creates have French names. */
  function french() {
    const { emulator, runtime } = loadBuiltAddon({}, { userLocale: 'fr' });
    const rows: CellValue[][] = [LEADS_HEADER];
    for (let i = 0; i < SIZE; i++) rows.push([`Affaire ${i + 1}`, 'ann@example.com', i % 2 ? 'Qualification' : 'Négociation', 100 + i, '', '', '']);
    emulator.spreadsheet.getSheetByName('Sheet1')!.setName('Pipeline');
    const sheet = leads(emulator, 'Pipeline', rows);
    const result = runtime.run('setupPipeline').value as { ok: boolean; message: string };
    if (!result.ok) throw new Error(result.message);
    emulator.calls.reset();
    return { emulator, runtime, sheet, stage: LEADS_HEADER.indexOf('Stage') + 1 };
  }

  it('setup remembers the French names; an edit reaches them by name in 5 calls, its history row in Historique des étapes', () => {
    const f = french();
    expect(f.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Pipeline', FRENCH.settings, FRENCH.history]);
    expect(ownedSheets(f)).toEqual(FRENCH);
    const calls = counted(f, () => f.runtime.userEdit('Pipeline', 3, f.stage, [['Premier contact']]));
    expect(f.sheet.getRange(3, f.stage).getValue()).toBe('Premier contact');
    expect(calls.countedByMethod).toEqual(CHEAP);
    const history = f.emulator.spreadsheet.getSheetByName(FRENCH.history)!;
    expect(lastHistoryRow(history).slice(1)).toEqual(['D-000002', 'Qualification', 'Premier contact']);
  });

  it('its settings renamed to the English name: found by searching, remembered, then by name', () => {
    const f = french();
    f.emulator.spreadsheet.getSheetByName(FRENCH.settings)!.setName(ENGLISH.settings);
    const first = counted(f, () => f.runtime.userEdit('Pipeline', 3, f.stage, [['Premier contact']]));
    expect(first.countedByMethod).toEqual({ ...CHEAP, 'Spreadsheet.getSheets': 1 });
    expect(ownedSheets(f)).toEqual({ settings: ENGLISH.settings, history: FRENCH.history });
    const second = counted(f, () => f.runtime.userEdit('Pipeline', 5, f.stage, [['Premier contact']]));
    expect(second.countedByMethod).toEqual(CHEAP);
    expect(lastHistoryRow(f.emulator.spreadsheet.getSheetByName(FRENCH.history)!).slice(1)).toEqual(['D-000004', 'Qualification', 'Premier contact']);
  });
});
