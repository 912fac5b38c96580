import type { Emulator } from '../../../src/local/emulator';
import type { Runtime } from '../../../src/local/runtime';
import { loadBuiltAddon, putSheet } from '../../helpers/built';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet of leads set up by the add-on (in `locale`), so Pipeline Settings, the dropdown and the formatting exist. */
function setUp(locale: 'en' | 'fr' = 'en'): { emulator: Emulator; runtime: Runtime; pipeline: Sheet; settings: Sheet } {
  const { emulator, runtime } = loadBuiltAddon({}, { userLocale: locale });
  const pipeline = putSheet(emulator, 'Pipeline', [
    ['Deal', 'Stage', 'Amount'],
    ['Acme', 'Proposal', 1000],
    ['Beta', 'Prospecting', 500],
  ]);
  emulator.spreadsheet.setActiveSheet(pipeline);
  runtime.run('setupPipeline');
  const settings = emulator.spreadsheet.getSheets().find((sheet) => sheet.getSheetId() !== pipeline.getSheetId() && /param|settings/i.test(sheet.getName()))!;
  return { emulator, runtime, pipeline, settings };
}

/** The (row, column) of the first cell of `sheet` holding `text`. */
function cellOf(sheet: Sheet, text: string): [number, number] {
  const values = sheet.getDataRange().getValues();
  for (let r = 0; r < values.length; r++) {
    const c = values[r].indexOf(text);
    if (c >= 0) return [r + 1, c + 1];
  }
  throw new Error(`${text} not in ${sheet.getName()}`);
}

const stageColumn = (pipeline: Sheet) => (pipeline.getRange(1, 1, 1, pipeline.getLastColumn()).getValues()[0] as string[]).indexOf('Stage') + 1;
const dropdown = (pipeline: Sheet, row = 2) => pipeline.getRange(row, stageColumn(pipeline)).getDataValidation()?.getCriteriaValues()[0] as string[];
const ownFormulas = (pipeline: Sheet) =>
  pipeline
    .getConditionalFormatRules()
    .map((rule) => String(rule.getBooleanCondition()?.getCriteriaValues()[0]))
    .filter((formula) => formula.includes('sheets-pipeline:'));

describe('Pipeline Settings edited by hand (onEdit)', () => {
  it('a stage renamed in its cell: the Stage dropdown offers the new name, to the bottom of the sheet, with a toast', () => {
    const { runtime, pipeline, settings } = setUp();
    const [row, column] = cellOf(settings, 'Negotiation');
    const result = runtime.userEdit(settings.getName(), row, column, [['Contract negotiation']]);
    expect(result.accepted).toBe(true);
    expect(result.triggerError).toBeUndefined();
    for (const at of [2, pipeline.getMaxRows()]) {
      expect(dropdown(pipeline, at)).toContain('Contract negotiation');
      expect(dropdown(pipeline, at)).not.toContain('Negotiation');
    }
    expect(result.toasts.map((t) => [t.title, t.message])).toEqual([
      ['Pipeline Settings', 'The Stage dropdown and the stale and overdue highlighting of Pipeline now follow Pipeline Settings.'],
    ]);
    // The dropdown takes the new name at once, and the rules know it (the edit path reads the settings afresh):
    // Beta is refused for its missing Expected close, not for an unknown stage.
    const typed = runtime.userEdit('Pipeline', 3, stageColumn(pipeline), [['Contract negotiation']]);
    expect(typed.accepted).toBe(true);
    expect(typed.toasts.map((t) => t.message)).toEqual(['D-000002: "Contract negotiation" — Expected close is required to enter Contract negotiation.']);
  });

  it('stale days changed: the stale highlighting uses them; the user’s own rule stays first', () => {
    const { emulator, runtime, pipeline, settings } = setUp();
    const app = emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const own = app.newConditionalFormatRule().whenFormulaSatisfied('=$C2>900').setBackground('#00ff00').setRanges([pipeline.getRange('C2:C10')]).build();
    pipeline.setConditionalFormatRules([own, ...pipeline.getConditionalFormatRules()]);
    const before = ownFormulas(pipeline);
    const [, staleColumn] = cellOf(settings, 'Stale after (days)');
    const [proposalRow] = cellOf(settings, 'Proposal');
    const result = runtime.userEdit(settings.getName(), proposalRow, staleColumn, [[3]]);
    expect(result.triggerError).toBeUndefined();
    const after = ownFormulas(pipeline);
    expect(after).not.toEqual(before);
    expect(after.join('\n')).toMatch(/\b3\b/);
    expect(String(pipeline.getConditionalFormatRules()[0].getBooleanCondition()!.getCriteriaValues()[0])).toBe('=$C2>900');
  });

  it('the add-on’s highlighting removed by the user stays removed; their own rule stays as it was', () => {
    const { emulator, runtime, pipeline, settings } = setUp();
    const app = emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const own = app.newConditionalFormatRule().whenFormulaSatisfied('=$C2>900').setBackground('#00ff00').setRanges([pipeline.getRange('C2:C10')]).build();
    pipeline.setConditionalFormatRules([own]);
    const [, staleColumn] = cellOf(settings, 'Stale after (days)');
    const [proposalRow] = cellOf(settings, 'Proposal');
    const result = runtime.userEdit(settings.getName(), proposalRow, staleColumn, [[3]]);
    expect(result.triggerError).toBeUndefined();
    expect(ownFormulas(pipeline)).toEqual([]);
    expect(pipeline.getConditionalFormatRules().map((rule) => rule.getBooleanCondition()!.getCriteriaValues()[0])).toEqual(['=$C2>900']);
  });

  it('an edit that changes neither (a lost reason) rewrites nothing and says nothing', () => {
    const { emulator, runtime, pipeline, settings } = setUp();
    const [row, column] = cellOf(settings, 'Price');
    const rulesBefore = ownFormulas(pipeline);
    emulator.calls.reset();
    const result = runtime.userEdit(settings.getName(), row, column, [['Price too high']]);
    expect(result.toasts).toEqual([]);
    const calls = emulator.calls.byMethod();
    expect(calls['Range.setDataValidation']).toBeUndefined();
    expect(calls['Sheet.setConditionalFormatRules']).toBeUndefined();
    expect(ownFormulas(pipeline)).toEqual(rulesBefore);
  });

  it('a mistake: the toast names the cell and the problem; the dropdown stays as it was', () => {
    const { runtime, pipeline, settings } = setUp();
    const listed = dropdown(pipeline);
    const [row, column] = cellOf(settings, 'Negotiation');
    // Two stages named alike.
    const result = runtime.userEdit(settings.getName(), row, column, [['Proposal']]);
    expect(result.toasts).toHaveLength(1);
    expect(result.toasts[0].message).toMatch(new RegExp(`^Pipeline Settings has a problem in Pipeline Settings!\\w+\\d+: .+ Until it is fixed, stage changes on Pipeline are undone`));
    expect(dropdown(pipeline)).toEqual(listed);
  });

  it('in French: the French settings sheet, the dropdown stays in French, the toast in French', () => {
    const { runtime, pipeline, settings } = setUp('fr');
    expect(settings.getName()).toBe('Paramètres du pipeline');
    expect(dropdown(pipeline)).toContain('Négociation');
    const [row, column] = cellOf(settings, 'Négociation');
    const result = runtime.userEdit(settings.getName(), row, column, [['Négociation du contrat']]);
    expect(dropdown(pipeline)).toContain('Négociation du contrat');
    expect(dropdown(pipeline)).not.toContain('Contract negotiation');
    expect(result.toasts[0].message).toMatch(/^La liste des étapes .* de Pipeline suivent maintenant les paramètres du pipeline\.$/);
  });

  it('an edit of any other sheet reads nothing', () => {
    const { emulator, runtime } = setUp();
    putSheet(emulator, 'Notes', [['a']]);
    emulator.calls.reset();
    runtime.userEdit('Notes', 1, 1, [['b']]);
    const counted = Object.keys(emulator.calls.byMethod()).filter((m) => /^(Range|Sheet|Spreadsheet)\./.test(m) && !/get(Sheet|Name|SheetId|Row|Column|NumRows|NumColumns|Range)$/.test(m));
    expect(counted).toEqual([]);
  });
});
