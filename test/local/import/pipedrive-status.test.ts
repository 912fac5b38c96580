import fs from 'node:fs';
import type { Language } from '../../../src/core/i18n/language';
import type { ImportResult } from '../../../src/local/import';
import { importSummary } from '../../../src/local/import/summary-text';
import { csv, importFile, pipelineColumn, sheetNamed, tempFolder, writeFile } from './import-helpers';

let folder: string;
beforeAll(() => {
  folder = tempFolder();
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/**
 * A Pipedrive deal export: Stage is where the deal stands (a won deal's last stage, a lost
 * deal's stage when lost) and Status says open, won, lost or deleted. Amounts with decimal
 * commas, day-first dates. The same deals in English and in French.
 */
function pipedriveRows(language: Language): string[][] {
  const en = language === 'en';
  const status = (word: 'open' | 'won' | 'lost' | 'deleted') => (en ? word : { open: 'ouvert', won: 'gagné', lost: 'perdu', deleted: 'supprimé' }[word]);
  const header = en
    ? ['Deal - ID', 'Deal - Title', 'Deal - Stage', 'Deal - Status', 'Deal - Value', 'Deal - Expected close date', 'Deal - Lost reason', 'Deal - Deal created']
    : ['Affaire - ID', 'Affaire - Titre', 'Affaire - Étape', 'Affaire - Statut', 'Affaire - Valeur', 'Affaire - Date de clôture prévue', 'Affaire - Raison de la perte', 'Affaire - Date de création'];
  return [
    header,
    ['1', 'Audit', 'Qualified', status('open'), '1.000,00', '24/05/2024', '', '02/02/2024'],
    ['2', 'CRM', 'Proposal Made', status('open'), '2.000,50', '25/05/2024', '', '03/02/2024'],
    ['3', 'Licences', 'Negotiations Started', status('won'), '3.000,00', '13/03/2024', '', '04/01/2024'],
    ['4', 'Site', 'Proposal Made', status('lost'), '4.000,00', '14/03/2024', 'Price', '05/01/2024'],
    ['5', 'Formation', 'Contact Made', status('lost'), '500,00', '15/03/2024', 'No budget', '06/01/2024'],
    ['6', 'Doublon', 'Qualified', status('deleted'), '9.999,00', '16/03/2024', '', '07/01/2024'],
  ];
}

describe.each([
  ['en', 'Pipeline', 'Conversion', 'Forecast', 'Stage History', 'Import report'],
  ['fr', 'Pipeline', 'Conversion', 'Prévisions', 'Historique des étapes', "Rapport d'import"],
] as const)('a Pipedrive export with a Status column (%s)', (language, pipelineName, conversionName, forecastName, historyName, reportName) => {
  const rows = pipedriveRows(language);
  const [, , stageHeader, statusHeader, valueHeader] = rows[0];
  let result: ImportResult;
  beforeAll(async () => {
    result = await importFile(writeFile(folder, `pipedrive-${language}.csv`, csv(rows, ';')), language);
  });

  it('keeps the Stage and Status cells as the file has them, amounts with decimal commas read as numbers', () => {
    expect(result.workbook.sheets[0].name).toBe(pipelineName);
    expect(pipelineColumn(result, stageHeader)).toEqual(rows.slice(1).map((r) => r[2]));
    expect(pipelineColumn(result, statusHeader)).toEqual(rows.slice(1).map((r) => r[3]));
    expect(pipelineColumn(result, valueHeader)).toEqual([1000, 2000.5, 3000, 4000, 500, 9999]);
    // 24/05/2024, day first, midnight in Paris (CEST).
    expect(pipelineColumn(result, rows[0][5])[0]).toEqual(new Date('2024-05-23T22:00:00Z'));
  });

  it('counts the won and lost deals as closed and leaves the deleted one out of every figure', () => {
    expect(result.refresh.deals).toBe(5);
    expect(result.refresh.deletedDeals).toBe(1);
    expect(result.figures).toMatchObject({ wonDeals: 1, lostDeals: 2, openDeals: 2, unknownStageDeals: 0 });
    expect(result.figures.winRate).toBeCloseTo(1 / 3, 10);
    expect(result.figures.openPipeline).toBe(3000.5);
    // Qualification 10 %, Proposal 40 %: the closed deals are no longer weighted at their last stage.
    expect(result.figures.weightedPipeline).toBeCloseTo(1000 * 0.1 + 2000.5 * 0.4, 6);
    // The Lost deals by stage table: each lost deal at the stage its Stage cell names.
    const conversion = sheetNamed(result.workbook, conversionName).values;
    const table = conversion.findIndex((r) => r[0] === (language === 'en' ? 'Lost deals by stage' : 'Affaires perdues par étape'));
    expect(table).toBeGreaterThan(0);
    const lostByStage = (label: string) => conversion.slice(table).find((r) => r[0] === label)?.[1];
    expect(lostByStage(language === 'en' ? 'Proposal' : 'Proposition')).toBe(1);
    expect(lostByStage(language === 'en' ? 'First contact' : 'Premier contact')).toBe(1);
    expect(sheetNamed(result.workbook, forecastName).values.length).toBeGreaterThan(1);
  });

  it('logs one history row per deal, via import, at the stage its Status puts it at, none for the deleted one', () => {
    const history = sheetNamed(result.workbook, historyName).values.slice(1);
    const labels = language === 'en' ? ['Qualification', 'Proposal', 'Closed won', 'Closed lost', 'Closed lost'] : ['Qualification', 'Proposition', 'Gagné', 'Perdu', 'Perdu'];
    expect(history.map((r) => [String(r[1]), r[3], r[5]])).toEqual(labels.map((label, i) => [String(i + 1), label, 'import']));
  });

  it('says in the Import report how many deals the Status closed, and lists the deleted one', () => {
    expect(result.problems.map((p) => [p.kind, p.rowText ?? p.row, p.columnName, p.value])).toEqual([
      ['status-closed', '4–6', statusHeader, 3],
      ['deleted', 7, statusHeader, rows[6][3]],
    ]);
    const report = sheetNamed(result.workbook, reportName).values;
    expect(report).toHaveLength(3);
    if (language === 'en') {
      expect(result.problems[0].message).toMatch(/^Not a problem: the Status column closes 3 deals \(won: 1, lost: 2\)\. They count as won or lost/);
      expect(result.problems[1].message).toMatch(/^Deleted in the CRM: the row is kept/);
    } else {
      expect(result.problems[0].message).toMatch(/^Pas un problème : la colonne Statut clôt 3 affaires \(gagnées : 1, perdues : 2\)\. Elles comptent/);
      expect(result.problems[1].message).toMatch(/^Supprimée dans le CRM/);
    }
  });

  it('prints the Status counts, and counts the notice as no problem', () => {
    const lines = importSummary(result, 'out.xlsx', language).split('\n');
    if (language === 'en') {
      expect(lines).toContain('Deals: 5 (won: 1, lost: 2, open: 2).');
      expect(lines).toContain('Status column: closed as won: 1, closed as lost: 2; deleted, left out: 1.');
      expect(lines).toContain('Problems: 1, listed in the "Import report" sheet.');
    } else {
      expect(lines).toContain('Colonne Statut : closes gagnées : 1, closes perdues : 2 ; supprimées, exclues : 1.');
    }
  });
});

describe('a Pipedrive lost deal at a stage no one knows, and a status no one knows', () => {
  it('counts the deal lost, says its stage is unknown, and reports the bad status with its cell', async () => {
    const rows = [
      ['Deal - ID', 'Deal - Title', 'Deal - Stage', 'Deal - Status', 'Deal - Value'],
      ['1', 'A', 'Site visit', 'lost', '100'],
      ['2', 'B', 'Qualified', 'archived', '200'],
    ];
    const result = await importFile(writeFile(folder, 'pipedrive-odd.csv', csv(rows)), 'en');
    expect(result.figures).toMatchObject({ lostDeals: 1, openDeals: 1, wonDeals: 0 });
    expect(result.problems.map((p) => [p.kind, p.row, p.columnName, p.value])).toEqual([
      ['unknown-stage', 2, 'Deal - Stage', 'Site visit'],
      ['missing-field', 2, 'Deal - Stage', 1],
      ['status-closed', 2, 'Deal - Status', 1],
      ['unreadable', 3, 'Deal - Status', 'archived'],
    ]);
    expect(result.problems[0].message).toMatch(/^Unknown stage "Site visit": the deal counts as Closed lost from its Status column/);
    expect(result.problems[3].message).toBe('Unknown status "archived": write open, won, lost or deleted. The value is kept as it is and left out of the figures.');
  });
});
