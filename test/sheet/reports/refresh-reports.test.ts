import { Emulator } from '../../../src/local/emulator';
import { createDemoWorkbook } from '../../../src/local/demo';
import { RangeImpl } from '../../../src/local/emulator/range';
import { SpreadsheetImpl } from '../../../src/local/emulator/spreadsheet';
import { Runtime } from '../../../src/local/runtime';
import { loadBuiltAddon, readDist } from '../../helpers/built';
import { smallPipelineSheets, writeWorkbook } from './workbooks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NOW = new Date('2024-06-01T12:00:00Z');

beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
afterEach(() => jest.useRealTimers());

function smallAddon(options: { locale?: string; userLocale?: string } = {}) {
  const { emulator } = loadBuiltAddon({ locale: options.locale ?? 'en_US', timeZone: 'Etc/UTC' });
  const runtime = new Runtime(emulator, readDist('Code.js'), { userLocale: options.userLocale ?? 'en' });
  writeWorkbook(emulator, smallPipelineSheets());
  return { emulator, runtime };
}

function demoAddon(locale: 'en' | 'fr') {
  const emulator = new Emulator(createDemoWorkbook({ now: NOW, locale }), { htmlFiles: {} });
  return { emulator, runtime: new Runtime(emulator, readDist('Code.js'), { userLocale: locale }) };
}

const tab = (emulator: Emulator, name: string): Sheet => {
  const sheet = emulator.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab "${name}"`);
  return sheet;
};
const names = (emulator: Emulator) => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
const values = (sheet: Sheet) => sheet.getDataRange().getValues();
const display = (sheet: Sheet) => sheet.getDataRange().getDisplayValues();
/** Summary block rows (label in A until the first blank row). */
function summaryOf(sheet: Sheet): Record<string, unknown> {
  const rows = values(sheet);
  const end = rows.findIndex((row) => row[0] === '');
  return Object.fromEntries(rows.slice(0, end).map((row) => [row[0], row[1]]));
}
/** The rows of the table titled `title`: header and data, up to the next blank row. */
function tableOf(sheet: Sheet, title: string, width: number): { firstRow: number; rows: unknown[][] } {
  const rows = values(sheet);
  const titleIndex = rows.findIndex((row) => row[0] === title);
  if (titleIndex < 0) throw new Error(`no table "${title}"`);
  const start = titleIndex + 2;
  let end = start;
  while (end < rows.length && rows[end][0] !== '') end++;
  return { firstRow: start + 1, rows: rows.slice(start, end).map((row) => row.slice(0, width)) };
}

describe('refreshReports (built bundle against the emulator)', () => {
  it('writes exact figures for a small hand-made pipeline, with their definitions, in English', () => {
    const { emulator, runtime } = smallAddon();
    const result = runtime.run('refreshReports').value as Record<string, unknown>;
    expect(result).toEqual({
      tabs: [
        { name: 'Conversion', rows: expect.any(Number), columns: 8, charts: 1 },
        { name: 'Forecast', rows: expect.any(Number), columns: 9, charts: 1 },
      ],
      sheet: 'Pipeline',
      deals: 6,
      deletedDeals: 0,
      historyRows: 4,
      unreadableCells: 0,
      language: 'en',
      refreshedAt: NOW.toISOString(),
    });
    expect(names(emulator)).toEqual(['Pipeline', 'Pipeline Settings', 'Stage History', 'Conversion', 'Forecast']);

    const conversion = tab(emulator, 'Conversion');
    const summary = summaryOf(conversion);
    expect(summary['Win rate']).toBeCloseTo(2 / 3, 12);
    expect(summary).toMatchObject({
      'Won deals': 2, 'Lost deals': 1, 'Open deals': 3, 'Average deal size': 4000, 'Median deal size': 4000,
      'Won revenue': 8000, 'Sales cycle (days)': 25, 'Median sales cycle (days)': 25, Updated: NOW,
    });
    expect(summary['Sales velocity (per day)']).toBeCloseTo(320, 9);
    const rows = values(conversion);
    expect(rows[0][2]).toMatch(/^Win rate: won ÷ \(won \+ lost\)/);
    expect(rows[4][2]).toBe('Average deal size: mean Amount of won deals (deals without an Amount are left out).');

    const funnel = tableOf(conversion, 'Funnel: deals that reached each stage', 4);
    expect(funnel.rows).toEqual([
      ['Stage', 'Reached', 'Next-step conversion', 'Cumulative conversion'],
      ['Prospecting', 6, 5 / 6, 1],
      ['Qualification', 5, 4 / 5, 5 / 6],
      ['First contact', 4, 1, 4 / 6],
      ['Proposal', 4, 3 / 4, 4 / 6],
      ['Negotiation', 3, 2 / 3, 3 / 6],
      ['Closed won', 2, 0, 2 / 6],
      ['Onboarding', 0, '', 0],
    ]);

    const forecast = summaryOf(tab(emulator, 'Forecast'));
    expect(forecast).toMatchObject({ 'Open pipeline': 7000, 'Weighted pipeline': 3850, Closed: 8000, Commit: 10000, 'Best case': 14000, Pipeline: 15000 });
  });

  it('formats figures as values with number formats: percent, currency in the locale, days, dates', () => {
    const { emulator, runtime } = smallAddon();
    runtime.run('refreshReports');
    const conversion = tab(emulator, 'Conversion');
    expect(conversion.getRange('B1:B14').getFormulas().flat().every((formula) => formula === '')).toBe(true);
    const shown = Object.fromEntries(display(conversion).slice(0, 14).map((row) => [row[0], row[1]]));
    expect(shown).toMatchObject({
      'Win rate': '66.7%', 'Won deals': '2', 'Average deal size': '€4,000', 'Sales cycle (days)': '25.0',
      'Sales velocity (per day)': '€320', Updated: '2024-06-01 12:00',
    });
    expect(conversion.getRange('B1').getNumberFormat()).toBe('0.0%');
    expect(conversion.getRange('B5').getNumberFormat()).toBe('[$€]#,##0');
    const funnel = tableOf(conversion, 'Funnel: deals that reached each stage', 4);
    expect(conversion.getRange(funnel.firstRow + 1, 3).getDisplayValue()).toBe('83.3%');
    expect(conversion.getRange(funnel.firstRow, 1).getFontWeight()).toBe('bold');
    const forecast = tab(emulator, 'Forecast');
    const months = tableOf(forecast, 'Forecast by expected-close month', 9);
    expect(forecast.getRange(months.firstRow + 1, 1, 4, 1).getDisplayValues().flat()).toEqual(['2024-01', '2024-02', '2024-07', '2024-08']);
    expect(forecast.getRange(months.firstRow + 3, 2).getDisplayValue()).toBe('€3,000');
  });

  it('shows amounts in the currency of Pipeline Settings', () => {
    const { emulator, runtime } = smallAddon();
    const settings = tab(emulator, 'Pipeline Settings');
    const row = values(settings).findIndex((line) => line[0] === 'Currency') + 1;
    settings.getRange(row, 2).setValue('USD');
    runtime.run('refreshReports');
    expect(tab(emulator, 'Conversion').getRange('B5').getDisplayValue()).toBe('$4,000');
    expect(tab(emulator, 'Forecast').getRange('B1').getDisplayValue()).toBe('$7,000');
  });

  it('writes the tabs in French for a French user, currency after the number in a French spreadsheet', () => {
    const { emulator, runtime } = smallAddon({ locale: 'fr_FR', userLocale: 'fr_FR' });
    runtime.run('refreshReports');
    expect(names(emulator)).toEqual(['Pipeline', 'Pipeline Settings', 'Stage History', 'Conversion', 'Prévisions']);
    const conversion = tab(emulator, 'Conversion');
    const labels = values(conversion).slice(0, 8).map((row) => row[0]);
    expect(labels.slice(0, 6)).toEqual(['Taux de réussite', 'Affaires gagnées', 'Affaires perdues', 'Affaires ouvertes', 'Montant moyen', 'Montant médian']);
    expect(labels).toContain('Cycle de vente (jours)');
    expect(summaryOf(conversion)['Affaires gagnées']).toBe(2);
    // French groups thousands with a narrow no-break space.
    expect(conversion.getRange('B5').getDisplayValue().replace(/\s/gu, ' ')).toBe('4 000 €');
    const funnel = tableOf(conversion, 'Entonnoir : affaires ayant atteint chaque étape', 4);
    expect(funnel.rows[0]).toEqual(['Étape', 'Atteinte', 'Conversion vers l’étape suivante', 'Conversion cumulée']);
    expect(funnel.rows[1]).toEqual(['Prospection', 6, 5 / 6, 1]);
    const forecast = summaryOf(tab(emulator, 'Prévisions'));
    expect(forecast).toMatchObject({ 'Pipeline ouvert': 7000, 'Pipeline pondéré': 3850, Conclu: 8000, Engagé: 10000 });
  });

  it.each(['en', 'fr'] as const)('refreshes the demo workbook (%s): every table, and charts built from the tables’ ranges', (locale) => {
    const { emulator, runtime } = demoAddon(locale);
    const result = runtime.run('refreshReports').value as { deals: number; tabs: { name: string }[] };
    const forecastName = locale === 'fr' ? 'Prévisions' : 'Forecast';
    expect(result.tabs.map((t) => t.name)).toEqual(['Conversion', forecastName]);
    expect(result.deals).toBeGreaterThan(50);

    const conversion = tab(emulator, 'Conversion');
    const column = values(conversion).map((row) => row[0]);
    const titles = locale === 'en'
      ? ['Funnel: deals that reached each stage', 'Lost deals by stage', 'Lost deals by reason', 'Time in stage (days)', 'Win rate by close quarter', 'History-fitted probability by stage']
      : ['Entonnoir : affaires ayant atteint chaque étape', 'Affaires perdues par étape', 'Affaires perdues par motif', 'Temps par étape (jours)', 'Taux de réussite par trimestre de clôture', 'Probabilité historique par étape'];
    for (const title of titles) expect(column).toContain(title);

    const [funnelChart] = conversion.getCharts();
    expect(conversion.getCharts()).toHaveLength(1);
    const funnel = tableOf(conversion, titles[0], 2);
    const funnelRange = funnelChart.getRanges()[0];
    expect(funnelRange.getSheet().getName()).toBe('Conversion');
    expect(funnelRange.getA1Notation()).toBe(`A${funnel.firstRow}:B${funnel.firstRow + funnel.rows.length - 1}`);
    expect(funnelRange.getValues()).toEqual(funnel.rows);
    expect(String(funnelChart.getOptions().get('title'))).toBe(locale === 'en' ? 'Deals that reached each stage' : 'Affaires ayant atteint chaque étape');

    const forecast = tab(emulator, forecastName);
    const [monthChart] = forecast.getCharts();
    expect(forecast.getCharts()).toHaveLength(1);
    const months = tableOf(forecast, locale === 'en' ? 'Forecast by expected-close month' : 'Prévisions par mois de clôture prévue', 4);
    const monthRange = monthChart.getRanges()[0];
    expect(monthRange.getRow()).toBe(months.firstRow);
    expect(monthRange.getNumColumns()).toBe(4);
    const dated = months.rows.filter((row) => row[0] instanceof Date).length;
    expect(monthRange.getNumRows()).toBe(dated + 1);
    expect(monthRange.getValues()[0]).toEqual(months.rows[0]);
    expect(monthChart.getContainerInfo().getAnchorColumn()).toBeGreaterThan(9);
  });

  it('gives the same tabs when run twice, and keeps the tabs where the user put them', () => {
    const { emulator, runtime } = demoAddon('en');
    const spreadsheet = emulator.spreadsheet;
    // The user keeps Forecast first and a tab of their own between the pipeline and its history.
    spreadsheet.insertSheet('Forecast', 0).getRange('A1').setValue('old figures');
    spreadsheet.insertSheet('My notes', 2);
    const order = names(emulator);
    expect(order).toEqual(['Forecast', 'Pipeline', 'My notes', 'Stage History']);
    runtime.run('refreshReports');
    expect(names(emulator)).toEqual([...order, 'Conversion']);
    const before = { conversion: values(tab(emulator, 'Conversion')), forecast: values(tab(emulator, 'Forecast')) };
    expect(before.forecast[0][0]).toBe('Open pipeline');

    runtime.run('refreshReports');
    expect(names(emulator)).toEqual([...order, 'Conversion']);
    expect(values(tab(emulator, 'Conversion'))).toEqual(before.conversion);
    expect(values(tab(emulator, 'Forecast'))).toEqual(before.forecast);
    expect(tab(emulator, 'Conversion').getCharts()).toHaveLength(1);
    expect(tab(emulator, 'Forecast').getCharts()).toHaveLength(1);
  });

  it('replaces report tabs named in another language or case, and leaves a user’s look-alike tab alone', () => {
    const { emulator, runtime } = demoAddon('fr');
    emulator.spreadsheet.insertSheet('forecast', 0).getRange('A1').setValue('old English forecast');
    emulator.spreadsheet.insertSheet('Previsions', 1).getRange('A1').setValue('my own notes');
    runtime.run('refreshReports');
    expect(names(emulator)).toEqual(['Prévisions', 'Previsions', 'Pipeline', 'Historique des étapes', 'Conversion']);
    expect(values(tab(emulator, 'Previsions'))).toEqual([['my own notes']]);
    expect(values(tab(emulator, 'Prévisions'))[0][0]).toBe('Pipeline ouvert');
  });

  describe('with a failure halfway through', () => {
    const original = RangeImpl.prototype.setFontWeights;
    afterEach(() => {
      RangeImpl.prototype.setFontWeights = original;
    });

    /** Makes the n-th `setFontWeights` of the script throw, as a quota or service error would. */
    function failOnCall(n: number): void {
      let calls = 0;
      RangeImpl.prototype.setFontWeights = function (this: RangeImpl, ...args: Parameters<RangeImpl['setFontWeights']>) {
        calls++;
        if (calls === n) throw new Error('Service Spreadsheets failed while accessing document');
        return original.apply(this, args);
      };
    }

    it.each([
      ['while building Conversion', 1],
      ['while building Forecast, Conversion already built', 2],
    ])('leaves the previous tabs intact and no temporary sheet (%s)', (_when, n) => {
      const { emulator, runtime } = demoAddon('en');
      runtime.run('refreshReports');
      const order = names(emulator);
      const before = { conversion: values(tab(emulator, 'Conversion')), forecast: values(tab(emulator, 'Forecast')) };
      const model = JSON.stringify(emulator.toModel().sheets.filter((sheet) => ['Conversion', 'Forecast'].includes(sheet.name)));

      // New data, so that a refresh would change the figures.
      tab(emulator, 'Pipeline').getRange('H2').setValue(123456);
      failOnCall(n);
      expect(() => runtime.run('refreshReports')).toThrow('Service Spreadsheets failed');

      expect(names(emulator)).toEqual(order);
      expect(values(tab(emulator, 'Conversion'))).toEqual(before.conversion);
      expect(values(tab(emulator, 'Forecast'))).toEqual(before.forecast);
      expect(JSON.stringify(emulator.toModel().sheets.filter((sheet) => ['Conversion', 'Forecast'].includes(sheet.name)))).toBe(model);
    });

    it('keeps the old tabs when one cannot be deleted at swap time (say, protected)', () => {
      const { emulator, runtime } = demoAddon('en');
      runtime.run('refreshReports');
      const order = names(emulator);
      const before = values(tab(emulator, 'Conversion'));
      const deleteSheet = SpreadsheetImpl.prototype.deleteSheet;
      try {
        SpreadsheetImpl.prototype.deleteSheet = function (this: SpreadsheetImpl, sheet: Sheet) {
          if (sheet.getName() === 'Conversion') throw new Error('You are trying to edit a protected sheet.');
          return deleteSheet.call(this, sheet);
        };
        expect(() => runtime.run('refreshReports')).toThrow('protected');
      } finally {
        SpreadsheetImpl.prototype.deleteSheet = deleteSheet;
      }
      expect(names(emulator)).toEqual(order);
      expect(values(tab(emulator, 'Conversion'))).toEqual(before);
    });

    it('removes a half-built tab left by a run Apps Script killed, on the next refresh', () => {
      const { emulator, runtime } = demoAddon('en');
      emulator.spreadsheet.insertSheet('Conversion (updating…)', 0).getRange('A1').setValue('half');
      runtime.run('refreshReports');
      expect(names(emulator)).toEqual(['Pipeline', 'Stage History', 'Conversion', 'Forecast']);
    });

    it('creates no tab at all when the first refresh fails', () => {
      const { emulator, runtime } = demoAddon('en');
      failOnCall(2);
      expect(() => runtime.run('refreshReports')).toThrow('Service Spreadsheets failed');
      expect(names(emulator)).toEqual(['Pipeline', 'Stage History']);
    });
  });

  it('says so when there is no pipeline sheet, or a mistake in Pipeline Settings', () => {
    const { runtime } = loadBuiltAddon();
    expect(() => runtime.run('refreshReports')).toThrow('No Pipeline sheet yet');
    const { emulator, runtime: other } = smallAddon();
    tab(emulator, 'Pipeline Settings').getRange('D3').setValue('maybe');
    expect(() => other.run('refreshReports')).toThrow(/Pipeline Settings sheet has a problem in Pipeline Settings!D3/);
    expect(names(emulator)).toEqual(['Pipeline', 'Pipeline Settings', 'Stage History']);
  });
});
