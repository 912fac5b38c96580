import type { CommandResult, SettingsData, SidebarState } from '../../../src/core/sidebar/sidebar-api';
import type { Emulator } from '../../../src/local/emulator';
import { loadBuiltAddon, putSheet } from '../../helpers/built';
import { countedCalls } from './count-calls';

/** Puts a conditional-format rule of the user's own first on `sheet`; returns its formula. */
function putOwnRule(emulator: Emulator, sheet: GoogleAppsScript.Spreadsheet.Sheet): string {
  const formula = '=$C2>900';
  const rule = (emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground('#00ff00').setRanges([sheet.getRange('C2:C10')]).build();
  sheet.setConditionalFormatRules([rule, ...sheet.getConditionalFormatRules()]);
  return formula;
}

type Accepted = { ok: true; state: SidebarState; settings: SettingsData };

/** A pipeline made by the add-on's own setup, so Pipeline Settings and Stage History exist. */
function setUp() {
  const { emulator, runtime } = loadBuiltAddon();
  putSheet(emulator, 'Pipeline', [
    ['Deal', 'Stage', 'Amount'],
    ['Acme', 'Proposal', 1000],
    ['Beta', 'Prospecting', 500],
  ]);
  emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Pipeline')!);
  runtime.run('setupPipeline');
  return { emulator, runtime };
}

const settingsValues = (emulator: ReturnType<typeof setUp>['emulator']) => emulator.spreadsheet.getSheetByName('Pipeline Settings')!.getDataRange().getValues();

describe('getSettings / saveSettings (built bundle)', () => {
  it('round trip: a renamed stage keeps its old name as an alias, so deals and history still match', () => {
    const { emulator, runtime } = setUp();
    const settings = runtime.run('getSettings').value as SettingsData;
    expect(settings.stages.map((s) => s.labels.en)).toEqual([
      'Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost', 'Onboarding',
    ]);
    const proposal = settings.stages.find((s) => s.key === 'proposal')!;
    proposal.labels.en = 'Quote sent';
    proposal.probability = 0.45;

    const saved = runtime.run('saveSettings', [settings]).value as CommandResult<{ settings: SettingsData }>;
    expect(saved.ok).toBe(true);
    const again = (saved as Accepted).settings.stages.find((s) => s.key === 'proposal')!;
    expect(again.labels.en).toBe('Quote sent');
    expect(again.probability).toBe(0.45);
    expect(again.aliases).toContain('Proposal');
    // Read back from the sheet by a fresh call, not from memory.
    const reread = runtime.run('getSettings').value as SettingsData;
    expect(reread.stages.find((s) => s.key === 'proposal')!.labels.en).toBe('Quote sent');
    expect(settingsValues(emulator).flat()).toContain('Quote sent');
    // The deal still written "Proposal" is still in that stage.
    const state = runtime.run('getSidebarState').value as SidebarState;
    expect(state.counts!.stages.find((s) => s.key === 'proposal')!.count).toBe(1);
    expect(state.counts!.unrecognised).toEqual([]);
  });

  it('updates the Stage dropdown and the stale formatting to the saved stages, in a fixed handful of calls', () => {
    const { emulator, runtime } = setUp();
    const pipeline = emulator.spreadsheet.getSheetByName('Pipeline')!;
    const header = pipeline.getRange(1, 1, 1, pipeline.getLastColumn()).getValues()[0] as string[];
    const stageCell = () => pipeline.getRange(3, header.indexOf('Stage') + 1);
    const settings = runtime.run('getSettings').value as SettingsData;
    settings.stages.find((s) => s.key === 'negotiation')!.labels.en = 'Contract negotiation';
    settings.stages.find((s) => s.key === 'proposal')!.staleDays = 3;
    // A rule of the user's own, which must survive.
    const own = putOwnRule(emulator, pipeline);
    emulator.calls.reset();
    // The sidebar names the deal it shows (none here), so the user's selection is not read.
    expect((runtime.run('saveSettings', [settings, null]).value as CommandResult).ok).toBe(true);
    const { counted, byMethod } = countedCalls(emulator);
    // The one read of every command (tabs, Pipeline Settings, pipeline, history), the block written in place (its
    // percent format is there already), then the dropdown and the formatting, which both changed here, open-ended to
    // the bottom of the sheet (no size asked): the user's rules are read once to keep them.
    expect(byMethod).toEqual({
      'Spreadsheet.getSheets': 1, 'Range.getValues': 3, 'Range.setValues': 1,
      'Range.setDataValidation': 1, 'Sheet.getConditionalFormatRules': 1, 'Sheet.setConditionalFormatRules': 1,
    });
    expect(counted).toBe(8);
    // Both run to the last row of the sheet, rows added later included.
    const lastRow = pipeline.getMaxRows();
    expect(pipeline.getRange(lastRow, header.indexOf('Stage') + 1).getDataValidation()?.getCriteriaValues()[0]).toContain('Contract negotiation');
    const ranges = pipeline.getConditionalFormatRules().slice(1).flatMap((rule) => rule.getRanges().map((range) => range.getLastRow()));
    expect(ranges.length).toBeGreaterThan(0);
    expect(new Set(ranges)).toEqual(new Set([lastRow]));
    const offered = stageCell().getDataValidation()!.getCriteriaValues()[0] as string[];
    expect(offered).toContain('Contract negotiation');
    expect(offered).not.toContain('Negotiation');
    const rules = pipeline.getConditionalFormatRules();
    expect(rules[0].getBooleanCondition()!.getCriteriaValues()[0]).toBe(own);
    expect(rules.map((r) => r.getBooleanCondition()!.getCriteriaValues()[0]).join('\n')).toMatch(/3/);
  });

  it('a stage added: within 8 calls too, its probability shown as percent like the others', () => {
    const { emulator, runtime } = setUp();
    const settings = runtime.run('getSettings').value as SettingsData;
    const at = settings.stages.findIndex((s) => s.key === 'negotiation');
    settings.stages.splice(at + 1, 0, { key: 'legal', labels: { en: 'Legal review', fr: 'Revue juridique' }, kind: 'open', probability: 0.7, staleDays: 5, requiredFields: [], aliases: [] });
    emulator.calls.reset();
    expect((runtime.run('saveSettings', [settings, null]).value as CommandResult).ok).toBe(true);
    expect(countedCalls(emulator).counted).toBeLessThanOrEqual(8);
    expect(countedCalls(emulator).byMethod['Range.setNumberFormat']).toBeUndefined();
    const sheet = emulator.spreadsheet.getSheetByName('Pipeline Settings')!;
    const row = settingsValues(emulator).findIndex((r) => r[1] === 'Legal review') + 1;
    expect(row).toBeGreaterThan(0);
    expect(sheet.getRange(row, 5).getNumberFormat()).toBe('0%');
    expect(sheet.getRange(row, 5).getDisplayValue()).toBe('70%');
  });

  it('keeps the add-on’s highlighting removed when the user removed it, as a hand edit of the settings does', () => {
    const { emulator, runtime } = setUp();
    const pipeline = emulator.spreadsheet.getSheetByName('Pipeline')!;
    pipeline.setConditionalFormatRules([]);
    const own = putOwnRule(emulator, pipeline);
    const settings = runtime.run('getSettings').value as SettingsData;
    settings.stages.find((s) => s.key === 'proposal')!.staleDays = 3;
    emulator.calls.reset();
    expect((runtime.run('saveSettings', [settings, null]).value as CommandResult).ok).toBe(true);
    expect(countedCalls(emulator).byMethod['Sheet.setConditionalFormatRules']).toBeUndefined();
    expect(pipeline.getConditionalFormatRules().map((rule) => rule.getBooleanCondition()!.getCriteriaValues()[0])).toEqual([own]);
    // Saved all the same: the settings say 3 days.
    expect((runtime.run('getSettings').value as SettingsData).stages.find((s) => s.key === 'proposal')!.staleDays).toBe(3);
  });

  it('leaves the dropdown and the formatting alone when the saved settings do not change them', () => {
    const { emulator, runtime } = setUp();
    const settings = runtime.run('getSettings').value as SettingsData;
    settings.stages.find((s) => s.key === 'proposal')!.probability = 0.55;
    emulator.calls.reset();
    expect((runtime.run('saveSettings', [settings]).value as CommandResult).ok).toBe(true);
    const { counted, byMethod } = countedCalls(emulator);
    expect(byMethod['Range.setDataValidation']).toBeUndefined();
    expect(byMethod['Sheet.setConditionalFormatRules']).toBeUndefined();
    // Without the deal the sidebar shows, the answer shows the active row's: the selection is read.
    expect(byMethod['SpreadsheetApp.getActiveRange']).toBe(1);
    expect(counted).toBe(6);
  });

  it('refuses invalid settings with errors on the agreed fields, writing nothing', () => {
    const { emulator, runtime } = setUp();
    const settings = runtime.run('getSettings').value as SettingsData;
    settings.stages[0].labels.en = '';
    settings.stages[1].probability = 1.5;
    const before = JSON.stringify(settingsValues(emulator));
    const result = runtime.run('saveSettings', [settings]).value as CommandResult;
    expect(result.ok).toBe(false);
    const fields = (result as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['stages.0.labels.en', 'stages.1.probability']));
    expect(JSON.stringify(settingsValues(emulator))).toBe(before);
  });

  it('refuses to remove a stage deals are in, naming it and how many, in the user’s language; an unused stage goes', () => {
    const { emulator, runtime } = setUp();
    const settings = runtime.run('getSettings').value as SettingsData;
    const before = JSON.stringify(settingsValues(emulator));
    const withoutProposal = { ...settings, stages: settings.stages.filter((stage) => stage.key !== 'proposal') };
    for (const [userLocale, message] of [
      ['en', 'Proposal is the stage of 1 deal: move it to another stage before removing Proposal, or rename Proposal instead.'],
      ['fr_FR', 'Proposition est l’étape de 1 affaire : déplacez-la vers une autre étape avant de supprimer Proposition, ou renommez plutôt Proposition.'],
    ] as const) {
      const result = runtime.run('saveSettings', [withoutProposal], { userLocale }).value as CommandResult;
      expect(result.ok).toBe(false);
      const errors = (result as { errors: { field: string; message: string }[] }).errors;
      expect(errors.map((e) => e.field)).toEqual(['stages']);
      expect(errors[0].message.startsWith(message)).toBe(true);
    }
    expect(JSON.stringify(settingsValues(emulator))).toBe(before);
    // Qualification has no deal: it can go.
    const withoutQualification = { ...settings, stages: settings.stages.filter((stage) => stage.key !== 'qualification') };
    expect((runtime.run('saveSettings', [withoutQualification]).value as CommandResult).ok).toBe(true);
  });

  it('refuses arguments that are not settings at all', () => {
    const { runtime } = setUp();
    for (const bad of [null, 'x', 42, { stages: 'nope' }]) {
      expect((runtime.run('saveSettings', [bad]).value as CommandResult).ok).toBe(false);
    }
    const settings = runtime.run('getSettings').value as SettingsData;
    for (const bad of [42, {}, 'x'.repeat(101)]) {
      const result = runtime.run('saveSettings', [settings, bad]).value as CommandResult;
      expect([bad, result.ok]).toEqual([bad, false]);
    }
  });

  it('answers with the deal the sidebar names, wherever the active cell is', () => {
    const { emulator, runtime } = setUp();
    const pipeline = emulator.spreadsheet.getSheetByName('Pipeline')!;
    const header = pipeline.getRange(1, 1, 1, pipeline.getLastColumn()).getValues()[0] as string[];
    const id = pipeline.getRange(3, header.indexOf('Deal ID') + 1).getValue() as string;
    emulator.spreadsheet.setActiveRange(pipeline.getRange('A2'));
    const settings = runtime.run('getSettings').value as SettingsData;
    const saved = runtime.run('saveSettings', [settings, id]).value as Accepted;
    expect(saved.ok).toBe(true);
    expect(saved.state.selected?.id).toBe(id);
    // A deal gone meanwhile: saved all the same, no deal shown.
    expect((runtime.run('saveSettings', [settings, 'D-999999']).value as Accepted).state.selected).toBeNull();
  });
});

describe('setNextStep (built bundle)', () => {
  it('sets, clears and refuses a bad date, keeping formula-looking text as text', () => {
    const { emulator, runtime } = setUp();
    const state = runtime.run('getSidebarState').value as SidebarState;
    const pipeline = emulator.spreadsheet.getSheetByName('Pipeline')!;
    const header = pipeline.getRange(1, 1, 1, pipeline.getLastColumn()).getValues()[0] as string[];
    const ids = pipeline.getRange(2, header.indexOf('Deal ID') + 1, 2, 1).getValues().map((r) => r[0] as string);
    expect(state.pipelineSheet).toBe('Pipeline');

    const set = runtime.run('setNextStep', [ids[0], '=HYPERLINK("x")', '2030-01-15']).value as CommandResult;
    expect(set.ok).toBe(true);
    const stepCell = pipeline.getRange(2, header.indexOf('Next step') + 1);
    expect(stepCell.getValue()).toBe('=HYPERLINK("x")');
    expect(stepCell.getFormula()).toBe('');
    const due = pipeline.getRange(2, header.indexOf('Next step due') + 1).getValue() as Date;
    expect(due).toBeInstanceOf(Date);

    expect((runtime.run('setNextStep', [ids[0], 'Call', 'not a date']).value as CommandResult).ok).toBe(false);
    expect(stepCell.getValue()).toBe('=HYPERLINK("x")');

    expect((runtime.run('setNextStep', [ids[0], '', '']).value as CommandResult).ok).toBe(true);
    expect(stepCell.getValue()).toBe('');
  });
});
