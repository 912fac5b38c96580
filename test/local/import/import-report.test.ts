import fs from 'node:fs';
import type { ImportResult } from '../../../src/local/import';
import { csv, importFile, pipelineColumn, sheetNamed, tempFolder, writeFile } from './import-helpers';

let folder: string;
beforeAll(() => {
  folder = tempFolder();
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const kinds = (result: ImportResult) => result.problems.map((p) => [p.kind, p.rowText ?? p.row, p.columnName]);

describe('the Import report', () => {
  it('lists every problem, one row each, and never drops a row', async () => {
    const text =
      csv([
        ['Deal ID', 'Deal', 'Stage', 'Amount', 'Expected close', 'Notes'],
        ['A-1', 'One', 'Proposal', '1200', '2024-05-01', ''],
        ['A-1', 'Two', 'Banana', 'n/a', 'someday', ''],
        ['', 'Three', '', '500', '2024-06-31', ''],
        ['', '', '', '', '', ''],
        ['A-4', 'Four', 'Won', '700', '2024-04-01', 'x', 'stray'],
      ]) + 'A-5,Five,Lost,1,2024-04-02,"never closed\nA-6,Six,Won,1,2024-04-03,\n';
    const result = await importFile(writeFile(folder, 'problems.csv', text));
    const pipeline = result.workbook.sheets[0];
    expect(pipeline.values).toHaveLength(7);
    expect(pipelineColumn(result, 'Deal')).toEqual(['One', 'Two', 'Three', '', 'Four', 'Five']);
    expect(kinds(result)).toEqual([
      ['duplicate-id', 2, 'Deal ID'],
      ['duplicate-id', 3, 'Deal ID'],
      ['unknown-stage', 3, 'Stage'],
      ['unreadable', 3, 'Amount'],
      ['unreadable', 3, 'Expected close'],
      ['generated-id', 4, 'Deal ID'],
      ['no-stage', 4, 'Stage'],
      ['unreadable', 4, 'Expected close'],
      ['extra-values', 6, 'G'],
      // Five is lost, and the file has no Lost reason column (setup added it, empty): said once.
      ['missing-field', 7, 'Stage'],
      ['unclosed-quote', 7, 'Notes'],
    ]);
    const messages = result.problems.map((p) => p.message);
    expect(messages[2]).toContain('Unknown stage "Banana"');
    expect(messages[3]).toBe('"n/a" is not a number. The value is kept as it is and left out of the figures.');
    expect(messages[5]).toBe('No Deal ID: setup gave this deal D-000001.');
    expect(messages[8]).toBe('This row has 7 values but the header names 6 columns: the extra values are kept in the columns at the right, which have no header.');
    expect(messages[9]).toBe(
      'Closed lost requires Lost reason, and the file has no Lost reason column: 1 deal in Closed lost has none. It is kept and counted; add the column, or change what Closed lost requires in Pipeline Settings.',
    );
    expect(messages[10]).toContain('line 7');
    expect(pipelineColumn(result, 'Notes')[5]).toBe('never closed\nA-6,Six,Won,1,2024-04-03,\n');
    const report = sheetNamed(result.workbook, 'Import report');
    expect(report.values).toHaveLength(1 + result.problems.length);
    expect(report.frozenRows).toBe(1);
  });

  it('says so in one line when the file has no Deal ID column, rather than one row per deal', async () => {
    const rows = [['Deal', 'Stage'], ...Array.from({ length: 30 }, (_, i) => [`Deal ${i}`, 'Prospecting'])];
    const result = await importFile(writeFile(folder, 'no-ids.csv', csv(rows)));
    expect(kinds(result)).toEqual([['generated-id', '2–31', 'Deal ID']]);
    expect(result.problems[0].message).toBe(
      'The file has no Deal ID column: setup added one and numbered the 30 deals in file order, D-000001 on row 2 to D-000030 on row 31.',
    );
    expect(pipelineColumn(result, 'Deal ID').slice(0, 2)).toEqual(['D-000001', 'D-000002']);
    expect(result.refresh.historyRows).toBe(30);
  });

  it('lists the required fields deals leave empty once per stage and field, with their rows, in English and French', async () => {
    const rows = [
      ['Deal ID', 'Deal', 'Stage', 'Amount', 'Expected close', 'Lost reason'],
      ['A-1', 'One', 'Proposal', '1200', '', ''],
      ['A-2', 'Two', 'Lost', '', '', ''],
      ['A-3', 'Three', 'Proposal', '', '2024-06-01', ''],
      ['A-4', 'Four', 'Lost', '', '', 'Price'],
      ['A-5', 'Five', 'Lost', '', '', ''],
    ];
    const en = await importFile(writeFile(folder, 'required.csv', csv(rows)), 'en');
    expect(en.problems.map((p) => [p.kind, p.rowText ?? p.row, p.columnName, p.value])).toEqual([
      ['missing-field', 2, 'Expected close', 1],
      ['missing-field', '3–6', 'Lost reason', 2],
      ['missing-field', 4, 'Amount', 1],
    ]);
    expect(en.problems[1].message).toBe(
      'Closed lost requires Lost reason, and 2 deals in Closed lost leave it empty (rows 3, 6). They are kept and counted; fill Lost reason in before the next stage change, which the rules would otherwise refuse.',
    );
    expect(en.figures).toMatchObject({ lostDeals: 3, openDeals: 2 });
    const fr = await importFile(writeFile(folder, 'obligatoires.csv', csv(rows)), 'fr');
    expect(fr.problems[0].message).toBe(
      'Proposition exige Clôture prévue, et 1 affaire en Proposition le laisse vide (ligne 2). Elle est conservée et comptée ; remplissez Clôture prévue avant le prochain changement d’étape, que les règles refuseraient sinon.',
    );
  });

  it('says when the locale alone decided how dates or numbers were read, naming a value that reads both ways', async () => {
    const dates = csv([
      ['Deal ID', 'Stage', 'Amount', 'Close Date'],
      ['A1', 'Won', '1000', '03/04/2022'],
      ['A2', 'Lost', '500', '05/06/2022'],
      ['A3', 'Proposal', '700', '01/02/2022'],
    ]);
    const en = await importFile(writeFile(folder, 'ambiguous.csv', dates), 'en');
    expect(en.problems.filter((p) => p.kind === 'locale-guess').map((p) => [p.row, p.columnName, p.message])).toEqual([
      [2, 'Close Date', expect.stringMatching(/^No date in this column or the file tells the day from the month \(such as "03\/04\/2022"\): they were read month first \(MM\/DD\/YYYY\), as the en_US locale/)],
    ]);
    // Midnight of 4 March in the import's time zone (Europe/Paris in these tests).
    expect(pipelineColumn(en, 'Close Date')[0]).toEqual(new Date('2022-03-03T23:00:00Z'));
    const fr = await importFile(writeFile(folder, 'ambigu.csv', dates), 'fr');
    expect(fr.problems.find((p) => p.kind === 'locale-guess')?.message).toMatch(/lues jour d’abord \(JJ\/MM\/AAAA\), comme les écrit la langue fr_FR/);
    // A date that tells (24/03) settles the column: nothing to say.
    const told = csv([['Deal ID', 'Stage', 'Close Date'], ['A1', 'Won', '03/04/2022'], ['A2', 'Lost', '24/03/2022']]);
    expect((await importFile(writeFile(folder, 'told.csv', told), 'en')).problems.filter((p) => p.kind === 'locale-guess')).toEqual([]);

    const amounts = csv([['Opportunity ID', 'Stage', 'Amount'], ['0061', 'Proposal', '12,500'], ['0062', 'Negotiation', '3,000'], ['0063', 'Closed Won', '1,200']]);
    const french = await importFile(writeFile(folder, 'amounts.csv', amounts), 'fr');
    const guess = french.problems.find((p) => p.kind === 'locale-guess');
    expect(guess).toMatchObject({ row: 2, columnName: 'Amount', value: 12.5 });
    expect(guess?.message).toMatch(/^Aucun nombre de cette colonne n’indique si « , » ou « \. » sépare les décimales \(comme « 12,500 »\) : « , » a été lu/);
    // 12,500.00 tells: no guess.
    const clear = csv([['Opportunity ID', 'Stage', 'Amount'], ['0061', 'Proposal', '12,500.00'], ['0062', 'Negotiation', '3,000']]);
    expect((await importFile(writeFile(folder, 'clear.csv', clear), 'fr')).problems.filter((p) => p.kind === 'locale-guess')).toEqual([]);
  });

  it('reports a probability above 100 % instead of reading every percent of its column as a hundred times smaller', async () => {
    const rows = [['Deal ID', 'Stage', 'Amount', 'Expected close', 'Probability'], ['A1', 'Proposal', '1000', '2025-01-10', '50%'], ['A2', 'Proposal', '1000', '2025-01-10', '150%']];
    const result = await importFile(writeFile(folder, 'p150.csv', csv(rows)), 'en');
    expect(pipelineColumn(result, 'Probability')).toEqual([0.5, '150%']);
    expect(result.problems.map((p) => [p.kind, p.row, p.columnName, p.value])).toEqual([['unreadable', 3, 'Probability', '150%']]);
    // 50 % of 1 000, and A2 at its stage's 40 %.
    expect(result.figures.weightedPipeline).toBeCloseTo(500 + 400, 9);
  });

  it('takes the currency its amounts are written in, and reports amounts in several currencies rather than sum them silently', async () => {
    const dollars = csv([['Opportunity ID', 'Stage', 'Amount'], ['0061', 'Proposal', '$12,500.00'], ['0062', 'Closed Won', '$3,000.00']]);
    const us = await importFile(writeFile(folder, 'dollars.csv', dollars), 'en');
    expect(us.currency).toBe('USD');
    const settings = sheetNamed(us.workbook, 'Pipeline Settings').values;
    expect(settings.find((row) => row[0] === 'Currency')?.[1]).toBe('USD');
    expect(us.problems.filter((p) => p.kind === 'mixed-currencies')).toEqual([]);

    const euros = csv([['Deal ID', 'Stage', 'Amount'], ['A1', 'Proposition', '1 200 €'], ['A2', 'Gagné', '300 €']], ';');
    expect((await importFile(writeFile(folder, 'euros.csv', euros), 'fr')).currency).toBe('EUR');

    const mixed = csv([['Deal ID', 'Stage', 'Amount'], ['A1', 'Proposal', '$100'], ['A2', 'Proposal', '€200'], ['A3', 'Proposal', '£300']]);
    const several = await importFile(writeFile(folder, 'mixed.csv', mixed), 'en');
    expect(several.currency).toBe('EUR');
    const notice = several.problems.find((p) => p.kind === 'mixed-currencies');
    expect(notice).toMatchObject({ row: 2, columnName: 'Amount', value: '$100' });
    expect(notice?.message).toBe(
      'Amounts in several currencies ($, €, £): the cells are kept as written, but the figures add them up as if they were one currency. Convert them to one currency, and set it in Pipeline Settings.',
    );
  });

  it('has one line saying all went well when nothing is wrong, in French too', async () => {
    const result = await importFile(writeFile(folder, 'propre.csv', csv([['ID affaire', 'Étape'], ['X-1', 'Gagné']])), 'fr');
    const report = sheetNamed(result.workbook, "Rapport d'import");
    expect(report.values).toEqual([
      ['Ligne', 'Colonne', 'Valeur', 'Problème'],
      ['', '', '', 'Aucun problème : chaque ligne de propre.csv a été importée et configurée telle quelle.'],
    ]);
  });
});

describe('cost', () => {
  it('makes the same number of spreadsheet calls for 3 000 deals as for 1 500: none per row', async () => {
    const { crmExportCsv } = await import('../../../src/local/bench/import-bench');
    const small = await importFile(writeFile(folder, 'small.csv', crmExportCsv(1500)));
    const large = await importFile(writeFile(folder, 'large.csv', crmExportCsv(3000)));
    expect(large.serviceCalls).toEqual(small.serviceCalls);
    expect(small.serviceCalls.setup + small.serviceCalls.reports).toBeLessThan(500);
    expect(large.refresh.deals).toBe(3000);
  });
});
