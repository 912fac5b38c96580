import type { SetupSummary } from '../../../src/core/setup/setup-summary';
import type { Emulator } from '../../../src/local/emulator';
import type { CellValue } from '../../../src/local/emulator/model';
import { convertedPipeline } from '../enforce/converted-fixture';
import { loadBuiltAddon } from '../../helpers/built';
import { columnBelow, leads, valuesOf } from './fixtures';

/** What setupPipeline answers: the core's summary, as google.script.run carries it. */
type Summary = SetupSummary;

function setup(runtime: ReturnType<typeof loadBuiltAddon>['runtime'], userLocale = 'en') {
  const result = runtime.run('setupPipeline', [], { userLocale });
  return { summary: result.value as Summary, ui: result.ui };
}

function header(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number): CellValue[] {
  return valuesOf(sheet)[row - 1];
}

function history(emulator: Emulator, name = 'Stage History'): CellValue[][] {
  const sheet = emulator.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return valuesOf(sheet);
}

function validationOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, column: number) {
  const rule = sheet.getRange(row, column).getDataValidation();
  return rule && { type: String(rule.getCriteriaType()), values: rule.getCriteriaValues(), allowInvalid: rule.getAllowInvalid(), help: rule.getHelpText() };
}

const EN_LABELS = ['Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost', 'Onboarding'];
const FR_LABELS = ['Prospection', 'Qualification', 'Premier contact', 'Proposition', 'Négociation', 'Gagné', 'Perdu', 'Intégration'];

describe('setupPipeline on a sheet with extra columns in between and French headers, for a French user', () => {
  const rows: CellValue[][] = [
    ['Entreprise', 'Couleur préférée', 'Étape', 'Remarque interne', 'Montant', 'Responsable', 'Besoin', 'Budget'],
    ['Acme', 'bleu', 'Proposition', 'appeler lundi', 12000, 'Ann', true, false],
    ['Beta', 'vert', 'Gagnée', '', 5000, 'Bob', '', true],
    ['Gamma', '', 'Devis envoyé', 'x', '', 'Bob', false, ''],
    ['Delta', 'rouge', 'Chaud', '', 800, 'Ann', '', ''],
  ];

  it('maps the columns by name, keeps them where they are and appends the missing ones in French at the right', () => {
    const { emulator, runtime } = loadBuiltAddon({ locale: 'fr_FR' });
    const sheet = leads(emulator, 'Prospects', rows);
    const { summary, ui } = setup(runtime, 'fr');

    expect(summary.ok).toBe(true);
    expect(summary.headerRow).toBe(1);
    expect(summary.dealsFound).toBe(4);
    const after = valuesOf(sheet);
    // The user's eight columns are untouched, values and headers alike.
    expect(after.map((row) => row.slice(0, 8))).toEqual(rows);
    // Appended in an order that keeps side by side what a stage change writes together (Deal ID, Stage entered, Lost at stage, Lost reason).
    expect(header(sheet, 1).slice(8)).toEqual([
      'Clôture prévue', 'ID affaire', "Entrée dans l'étape", "Perdue à l'étape", 'Motif de perte', 'Créée le', 'Prochaine action', 'Échéance',
    ]);
    expect(summary.columnsAdded).toHaveLength(8);
    expect(columnBelow(sheet, 1, 10)).toEqual(['D-000001', 'D-000002', 'D-000003', 'D-000004']);

    // Settings and history in French; the user stays on the sheet being set up.
    expect(emulator.spreadsheet.getSheetByName('Paramètres du pipeline')).not.toBeNull();
    expect(emulator.spreadsheet.getSheetByName('Paramètres du pipeline')!.getRange('A1').getValue()).toBe('Pipeline : Default');
    expect(history(emulator, 'Historique des étapes')[0]).toEqual(['Horodatage', 'ID affaire', 'De', 'Vers', 'Utilisateur', 'Via', 'Montant']);
    expect(emulator.spreadsheet.getActiveSheet().getName()).toBe('Prospects');

    // The dropdown lists the French labels and rejects anything else; help text names the stages.
    expect(validationOf(sheet, 2, 3)).toEqual({
      type: 'VALUE_IN_LIST',
      values: [FR_LABELS, true],
      allowInvalid: false,
      help: `Choisissez une étape : ${FR_LABELS.join(', ')}.`,
    });
    expect(validationOf(sheet, sheet.getMaxRows(), 3)?.type).toBe('VALUE_IN_LIST');
    expect(validationOf(sheet, 1, 3)).toBeNull();
    // Checkboxes on the BANT columns the sheet has (Besoin = Need, Budget).
    expect(validationOf(sheet, 2, 7)?.type).toBe('CHECKBOX');
    expect(validationOf(sheet, 5, 8)?.type).toBe('CHECKBOX');
    expect(summary.checkboxColumns).toEqual(['Besoin', 'Budget']);
    expect(sheet.getFrozenRows()).toBe(1);

    // Unrecognised and differently spelt stages are listed in French and left alone.
    expect(summary.unrecognisedStages).toEqual([{ text: 'Chaud', canonical: null, rows: [5], count: 1 }]);
    expect(summary.differentlySpeltStages).toEqual([
      { text: 'Gagnée', canonical: 'Gagné', rows: [3], count: 1 },
      { text: 'Devis envoyé', canonical: 'Proposition', rows: [4], count: 1 },
    ]);
    expect(ui.alerts).toHaveLength(1);
    expect(ui.alerts[0].title).toBe('Pipeline configuré');
    expect(ui.alerts[0].prompt).toContain('Affaires trouvées : 4.');
    expect(ui.alerts[0].prompt).toContain('ID d’affaire générés : 4 (de D-000001 à D-000004).');
    expect(ui.alerts[0].prompt).toContain('Étapes non reconnues, laissées telles quelles : « Chaud » (ligne 5).');
    expect(ui.alerts[0].prompt).toContain('« Gagnée » = Gagné (ligne 3); « Devis envoyé » = Proposition (ligne 4)');

    // One history row per recognised deal, from blank, via setup, stage as its French label.
    const log = history(emulator, 'Historique des étapes').slice(1);
    expect(log.map((row) => row.slice(1))).toEqual([
      ['D-000001', '', 'Proposition', 'me@example.com', 'setup', 12000],
      ['D-000002', '', 'Gagné', 'me@example.com', 'setup', 5000],
      ['D-000003', '', 'Proposition', 'me@example.com', 'setup', ''],
    ]);
    expect(summary.historyRowsAdded).toBe(3);
    // Stage entered filled on the rows with a recognised stage only; Created, not known, left blank.
    expect(columnBelow(sheet, 1, 14).slice(0, 4)).toEqual(['', '', '', '']);
    expect(summary.stageEnteredFilled).toBe(3);
    // A person typing something else into a Stage cell is refused; a label is accepted.
    expect(runtime.userEdit('Prospects', 6, 3, [['Chaud']], { userLocale: 'fr' }).accepted).toBe(false);
    expect(runtime.userEdit('Prospects', 6, 3, [['Négociation']], { userLocale: 'fr' }).accepted).toBe(true);
  });

  it('is idempotent: a second run changes nothing in the workbook', () => {
    const { emulator, runtime } = loadBuiltAddon({ locale: 'fr_FR' });
    leads(emulator, 'Prospects', rows);
    setup(runtime, 'fr');
    const before = emulator.toModel();
    const { summary, ui } = setup(runtime, 'fr');
    expect(emulator.toModel()).toEqual(before);
    expect(summary.changed).toBe(false);
    expect(summary.idsGenerated + summary.columnsAdded.length + summary.historyRowsAdded + summary.stageEnteredFilled).toBe(0);
    // The stages still needing attention are listed again.
    expect(ui.alerts[0].prompt).toContain('Déjà configuré : rien à changer.');
    expect(ui.alerts[0].prompt).toContain('« Chaud »');
  });
});

describe('setupPipeline on awkward sheets', () => {
  it('skips blank rows between deals: they get no ID and stay blank', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = leads(emulator, 'Leads', [
      ['Deal', 'Stage', 'Amount'],
      ['One', 'Prospecting', 10],
      ['', '', ''],
      ['', '', ''],
      ['Two', 'Qualification', 20],
      ['', '', ''],
      ['Three', '', 30],
    ]);
    const { summary } = setup(runtime);
    expect(summary.dealsFound).toBe(3);
    const ids = columnBelow(sheet, 1, 5);
    expect(ids).toEqual(['D-000001', '', '', 'D-000002', '', 'D-000003']);
    expect(valuesOf(sheet)[2].every((v) => v === '')).toBe(true);
    // The deal without a stage gets an ID but no dates and no history row.
    expect(columnBelow(sheet, 1, 6)[5]).toBe('');
    expect(columnBelow(sheet, 1, 9)[5]).toBe('');
    expect(history(emulator).slice(1).map((row) => row[1])).toEqual(['D-000001', 'D-000002']);
  });

  it('finds the header under a title row, reading "Stage " and "ÉTAPE" as Stage, and freezes down to it', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const rows: CellValue[][] = [
      ['PIPELINE Q3 — do not sort', '', '', '', ''],
      ['', '', '', '', ''],
      ['Deal ', 'Stage ', 'ÉTAPE', ' Amount', 'Notes'],
      ['Acme', 'Proposal', 'x', 100, ''],
      ['Beta', 'Negotiation', '', 200, 'n'],
    ];
    const sheet = leads(emulator, 'Leads', rows);
    const { summary } = setup(runtime);
    expect(summary.headerRow).toBe(3);
    expect(valuesOf(sheet).map((row) => row.slice(0, 5))).toEqual(rows);
    expect(sheet.getFrozenRows()).toBe(3);
    // The leftmost Stage-like header wins; the dropdown goes on it, from the first data row.
    expect(validationOf(sheet, 4, 2)?.type).toBe('VALUE_IN_LIST');
    expect(validationOf(sheet, 4, 3)).toBeNull();
    expect(validationOf(sheet, 3, 2)).toBeNull();
    expect(summary.unrecognisedStages).toEqual([]);
    expect(header(sheet, 3).slice(5, 7)).toEqual(['Expected close', 'Deal ID']);
    expect(header(sheet, 1).slice(5).every((v) => v === '')).toBe(true);
    // Registered as readPipelineLayout compares it: header texts trimmed, so later edits find it without a scan; with the
    // names of the settings and history sheets setup created, so later edits reach them without listing the sheets.
    const registry = JSON.parse(emulator.toModel().properties.document['sheetsPipeline.pipelines']) as Record<string, unknown>;
    expect(registry[String(sheet.getSheetId())]).toEqual({
      headerRow: 3,
      headers: ['Deal', 'Stage', 'ÉTAPE', 'Amount', 'Notes', 'Expected close', 'Deal ID', 'Stage entered', 'Lost at stage', 'Lost reason', 'Created', 'Next step', 'Next step due'],
      block: 'Default',
      ownedSheets: { settings: 'Pipeline Settings', history: 'Stage History' },
    });
  });

  it('appends a Stage column when the sheet has none, to the row naming the most deal columns', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const rows: CellValue[][] = [
      ['Contacts exported 2024-05-01'],
      ['Company', 'Contact', 'Email', 'Favourite fruit'],
      ['Acme', 'Ann', 'ann@acme.test', 'pear'],
      ['Beta', 'Bob', 'bob@beta.test', ''],
    ];
    const sheet = leads(emulator, 'Contacts', rows);
    const { summary } = setup(runtime);
    expect(summary.headerRow).toBe(2);
    expect(header(sheet, 2).slice(4)).toEqual([
      'Amount', 'Expected close', 'Stage', 'Deal ID', 'Stage entered', 'Lost at stage', 'Lost reason', 'Created', 'Next step', 'Next step due',
    ]);
    expect(columnBelow(sheet, 2, 8)).toEqual(['D-000001', 'D-000002']);
    // No stage yet: no dates, no history; the new Stage column gets the dropdown.
    expect(summary.historyRowsAdded).toBe(0);
    expect(columnBelow(sheet, 2, 9)).toEqual(['', '']);
    expect(validationOf(sheet, 3, 7)?.values).toEqual([EN_LABELS, true]);
    expect(valuesOf(sheet).map((row) => row.slice(0, 4))).toEqual(rows.map((row) => [...row, '', '', ''].slice(0, 4)));
  });

  it('takes the first non-blank row as the header when no row names a deal column', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = leads(emulator, 'Odd', [
      ['', ''],
      ['Client', 'Chiffre'],
      ['Acme', 3],
    ]);
    const { summary } = setup(runtime);
    expect(summary.headerRow).toBe(2);
    expect(header(sheet, 2).slice(0, 5)).toEqual(['Client', 'Chiffre', 'Amount', 'Expected close', 'Stage']);
  });

  it('gives a blank sheet the whole header and nothing else', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = emulator.spreadsheet.getSheetByName('Sheet1')!;
    emulator.spreadsheet.setActiveSheet(sheet);
    const { summary, ui } = setup(runtime);
    expect(valuesOf(sheet)).toEqual([
      [
        'Deal', 'Company', 'Contact', 'Owner', 'Amount', 'Expected close', 'Stage', 'Deal ID', 'Stage entered', 'Lost at stage',
        'Lost reason', 'Created', 'Next step', 'Next step due', 'Notes',
      ],
    ]);
    expect(summary.dealsFound).toBe(0);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(validationOf(sheet, 2, 7)?.type).toBe('VALUE_IN_LIST');
    expect(sheet.getRange(2, 9).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange(2, 12).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(ui.toasts).toHaveLength(1);
    expect(ui.alerts).toHaveLength(0);
    // A blank sheet set up twice is still the same.
    const before = emulator.toModel();
    setup(runtime);
    expect(emulator.toModel()).toEqual(before);
  });

  it('refuses to set up a sheet of its own and changes nothing', () => {
    const { emulator, runtime } = loadBuiltAddon();
    leads(emulator, 'Leads', [['Deal', 'Stage'], ['A', 'Proposal']]);
    setup(runtime);
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Stage History')!);
    const before = emulator.toModel();
    const { summary, ui } = setup(runtime);
    expect(summary.ok).toBe(false);
    expect(ui.alerts[0].prompt).toContain('The sheet "Stage History" belongs to Sheets Pipeline');
    expect(emulator.toModel()).toEqual(before);
  });

  it('lists BANT columns holding other values instead of marking them invalid', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = leads(emulator, 'Leads', [
      ['Deal', 'Stage', 'Need', 'Timing'],
      ['A', 'Proposal', 'yes', true],
    ]);
    const { summary } = setup(runtime);
    expect(validationOf(sheet, 2, 3)).toBeNull();
    expect(validationOf(sheet, 2, 4)?.type).toBe('CHECKBOX');
    expect(summary.checkboxColumnsSkipped).toEqual([{ column: 'Need', row: 2, value: 'yes' }]);
    expect(summary.message).toContain('No checkboxes on "Need": it holds other values (row 2: "yes").');
  });
});

describe('Deal IDs', () => {
  it('keeps existing IDs, continues after the highest (sheet or history), never reuses one, and lists duplicates', () => {
    const { emulator, runtime } = loadBuiltAddon();
    // D-000120 was deleted from the sheet but is still in the history: it is never given again.
    const log = emulator.spreadsheet.insertSheet('Stage History');
    log.getRange(1, 1, 2, 7).setValues([
      ['Timestamp', 'Deal ID', 'From', 'To', 'User', 'Via', 'Amount'],
      [new Date(Date.UTC(2024, 0, 5)), 'D-000120', '', 'Prospecting', 'x@example.com', 'edit', ''],
    ]);
    const sheet = leads(emulator, 'Leads', [
      ['ID', 'Deal', 'Stage'],
      ['D-000007', 'A', 'Prospecting'],
      ['', 'B', 'Prospecting'],
      ['OPP-17', 'C', 'Proposal'],
      ['00042', 'D', ''],
      ['D-000099', 'E', 'Lost'],
      ['', 'F', ''],
      ['D-000007', 'G', 'Won'],
    ]);
    sheet.getRange('A5').setNumberFormat('@').setValue('00042');
    const before = columnBelow(sheet, 1, 1);
    const { summary } = setup(runtime);
    const ids = columnBelow(sheet, 1, 1);
    expect(ids).toEqual(['D-000007', 'D-000121', 'OPP-17', '00042', 'D-000099', 'D-000122', 'D-000007']);
    expect(before[3]).toBe('00042');
    expect(summary.firstIdGenerated).toBe('D-000121');
    expect(summary.duplicateIds).toEqual([{ id: 'D-000007', rows: [2, 8], count: 2 }]);
    expect(summary.message).toContain('Deal IDs on more than one row (the history cannot tell these deals apart): D-000007 (rows 2, 8).');
    // History: one row per deal with a stage and no history yet; the duplicate is logged once.
    expect(history(emulator).slice(2).map((row) => [row[1], row[3]])).toEqual([
      ['D-000007', 'Prospecting'],
      ['D-000121', 'Prospecting'],
      ['OPP-17', 'Proposal'],
      ['D-000099', 'Closed lost'],
    ]);
  });

  it('never overwrites a formula cell, and writes the cells between the new IDs back exactly (text stays text)', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = leads(emulator, 'Leads', [
      ['Deal ID', 'Deal', 'Stage', 'Created'],
      ['', 'A', 'Prospecting', ''],
      ['', 'B', 'Prospecting', ''],
      ['', 'C', 'Prospecting', ''],
      ['', 'D', 'Prospecting', ''],
      ['', 'E', 'Prospecting', ''],
    ]);
    sheet.getRange('A3').setFormula('=""');
    sheet.getRange('A4').setNumberFormat('@').setValue('0017');
    sheet.getRange('A5').setValue("'TRUE");
    sheet.getRange('D3').setFormula('=DATE(2024,1,1)');
    setup(runtime);
    expect(sheet.getRange('A3').getFormula()).toBe('=""');
    expect(sheet.getRange('D3').getFormula()).toBe('=DATE(2024,1,1)');
    expect(columnBelow(sheet, 1, 1)).toEqual(['D-000001', '', '0017', 'TRUE', 'D-000002']);
    expect(typeof sheet.getRange('A5').getValue()).toBe('string');
  });
});

describe('service calls', () => {
  function sheetOf(n: number): CellValue[][] {
    const rows: CellValue[][] = [['Deal', 'Company', 'Stage', 'Amount', 'Owner', 'Need', 'Created']];
    const stages = ['Prospecting', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Hot lead', ''];
    for (let i = 0; i < n; i++) {
      rows.push([`Deal ${i}`, `Company ${i % 37}`, stages[i % stages.length], 1000 + i, i % 2 ? 'Ann' : 'Bob', i % 3 === 0, i % 4 === 0 ? new Date(Date.UTC(2024, 0, 1 + (i % 28))) : '']);
    }
    return rows;
  }

  function callsFor(n: number): { total: number; byMethod: Record<string, number> } {
    const { emulator, runtime } = loadBuiltAddon();
    leads(emulator, 'Leads', sheetOf(n));
    emulator.calls.reset();
    setup(runtime);
    return { total: emulator.calls.count(), byMethod: emulator.calls.byMethod() };
  }

  it('shows every Stage History timestamp the same way, below the sheet’s first thousand rows too', () => {
    const { history } = convertedPipeline(1_500);
    expect(history.getLastRow()).toBe(1_501);
    for (const row of [2, 1_000, 1_001, 1_501]) expect([row, history.getRange(row, 1).getNumberFormat()]).toEqual([row, 'yyyy-mm-dd hh:mm:ss']);
  });

  it('makes exactly the same calls for 10 000 rows as for 100, none per row', () => {
    const small = callsFor(100);
    const large = callsFor(10_000);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(large.total).toBe(small.total);
    // About a hundred fixed calls (two sheets created, validations, formatting); a per-row setup would make tens of thousands.
    expect(small.total).toBeLessThan(120);
    // Header, Deal IDs, Stage entered, Pipeline Settings, Stage History header and rows (setup never fills Created).
    expect(small.byMethod['Range.setValues']).toBe(6);
  });
});

describe('conditional formatting', () => {
  function userRule(emulator: Emulator, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    // Through the Node view: the user's own rule, made in the Sheets UI.
    const rule = SpreadsheetAppOf(emulator).newConditionalFormatRule().whenTextEqualTo('VIP').setBold(true).setRanges([sheet.getRange('A2:A50')]).build();
    sheet.setConditionalFormatRules([rule]);
  }

  function SpreadsheetAppOf(emulator: Emulator): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
    return emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }

  it('keeps the user’s own rule after setup and after a second setup, adding its two rules after it', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = leads(emulator, 'Leads', [
      ['Deal', 'Stage', 'Stage entered', 'Next step due'],
      ['VIP', 'Proposal', new Date(Date.UTC(2024, 0, 1)), ''],
    ]);
    userRule(emulator, sheet);
    setup(runtime);
    const first = emulator.toModel().sheets.find((s) => s.name === 'Leads')!.conditionalFormats;
    expect(first).toHaveLength(3);
    expect(first[0]).toEqual({ ranges: [{ row: 2, column: 1, numRows: 49, numColumns: 1 }], condition: { type: 'TEXT_EQUAL_TO', values: ['VIP'] }, format: { bold: true } });
    expect(String(first[1].condition.values[0])).toContain('ISTEXT("sheets-pipeline:overdue")');
    expect(first[1].ranges).toEqual([{ row: 2, column: 4, numRows: 999, numColumns: 1 }]);
    expect(String(first[2].condition.values[0])).toContain('ISTEXT("sheets-pipeline:stale")');
    expect(first[2].ranges).toEqual([{ row: 2, column: 1, numRows: 999, numColumns: 11 }]);
    setup(runtime);
    expect(emulator.toModel().sheets.find((s) => s.name === 'Leads')!.conditionalFormats).toEqual(first);
  });

  it('rebuilds only its own rules, in place, when the settings change', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = leads(emulator, 'Leads', [
      ['Deal', 'Stage', 'Stage entered', 'Next step due'],
      ['A', 'Proposal', new Date(Date.UTC(2024, 0, 1)), ''],
    ]);
    setup(runtime);
    // The user adds a rule after setup: it stays after the add-on's.
    const rules = sheet.getConditionalFormatRules();
    const mine = SpreadsheetAppOf(emulator).newConditionalFormatRule().whenCellEmpty().setBackground('#eeeeee').setRanges([sheet.getRange('B2:B9')]).build();
    sheet.setConditionalFormatRules([...rules, mine]);
    // Proposal goes stale after 30 days instead of 21.
    const settings = emulator.spreadsheet.getSheetByName('Pipeline Settings')!;
    const proposalRow = valuesOf(settings).findIndex((row) => row[0] === 'proposal') + 1;
    settings.getRange(proposalRow, 6).setValue(30);
    setup(runtime);
    const after = emulator.toModel().sheets.find((s) => s.name === 'Leads')!.conditionalFormats;
    expect(after).toHaveLength(3);
    expect(String(after[1].condition.values[0])).toContain('NOW()-$C2>30');
    expect(String(after[1].condition.values[0])).not.toContain('>21');
    expect(after[2].condition).toEqual({ type: 'CELL_EMPTY', values: [] });
  });
});
