import { computeAllMetrics } from '../../../src/core/metrics/all-metrics';
import { buildConversionReport, CONVERSION_CHART_COLUMN } from '../../../src/core/reports/conversion-report';
import { buildForecastReport, FORECAST_CHART_COLUMN } from '../../../src/core/reports/forecast-report';
import { lostBreakdown } from '../../../src/core/reports/lost-breakdown';
import type { ReportCell, ReportGrid, ReportRange } from '../../../src/core/reports/report-grid';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, move, utc, utcMonthOf } from '../metrics/make-deal';
import { smallContext, smallMetrics, smallPipeline } from './small-pipeline';

function conversion(language: 'en' | 'fr' = 'en'): ReportGrid {
  const { deals, history } = smallPipeline();
  return buildConversionReport(smallMetrics(), lostBreakdown(deals, history, defaultPipeline()), smallContext(language));
}

const value = (cell: ReportCell | undefined) => cell?.value ?? '';
/** The summary block as label → value. */
const summary = (grid: ReportGrid) => Object.fromEntries(grid.rows.slice(0, grid.summaryRows).map((row) => [row[0].value, row[1].value]));
/** The cells of a range, as values. */
const block = (grid: ReportGrid, range: ReportRange) =>
  grid.rows.slice(range.row - 1, range.row - 1 + range.numRows).map((row) => Array.from({ length: range.numColumns }, (_, c) => value(row[range.column - 1 + c])));

describe('Conversion report', () => {
  it('starts with the summary block: exact labels in A, figures in B, a definition in C', () => {
    const grid = conversion();
    const labels = grid.rows.slice(0, grid.summaryRows).map((row) => row[0].value);
    expect(labels.slice(0, 6)).toEqual(['Win rate', 'Won deals', 'Lost deals', 'Open deals', 'Average deal size', 'Median deal size']);
    expect(labels).toEqual(expect.arrayContaining(['Sales cycle (days)', 'Sales velocity (per day)', 'Updated']));
    const figures = summary(grid);
    expect(figures['Win rate']).toBeCloseTo(2 / 3, 12);
    expect(figures).toMatchObject({
      'Won deals': 2, 'Lost deals': 1, 'Open deals': 3, 'Average deal size': 4000, 'Median deal size': 4000, 'Won revenue': 8000,
      'Sales cycle (days)': 25, 'Median sales cycle (days)': 25, 'Sales cycle of lost deals (days)': 10, 'Stale deals': 0, 'Deals without a known stage': 0,
    });
    expect(figures['Sales velocity (per day)']).toBeCloseTo((3 * (2 / 3) * 4000) / 25, 9);
    for (const row of grid.rows.slice(0, grid.summaryRows)) {
      expect(row).toHaveLength(3);
      expect(String(row[2].value).length).toBeGreaterThan(20);
    }
    const formats = Object.fromEntries(grid.rows.slice(0, grid.summaryRows).map((row) => [row[0].value, row[1].format]));
    expect(formats).toMatchObject({ 'Win rate': 'percent', 'Won deals': 'count', 'Average deal size': 'currency', 'Sales cycle (days)': 'days', Updated: 'dateTime' });
  });

  it('labels the summary in French with the glossary words', () => {
    const labels = conversion('fr').rows.slice(0, 6).map((row) => row[0].value);
    expect(labels).toEqual(['Taux de réussite', 'Affaires gagnées', 'Affaires perdues', 'Affaires ouvertes', 'Montant moyen', 'Montant médian']);
    expect(conversion('fr').rows.map((row) => row[0]?.value)).toContain('Cycle de vente (jours)');
  });

  it('writes the funnel: reached, next-step and cumulative conversion per stage, with a title, a note and a bar chart of it', () => {
    const grid = conversion();
    const funnel = grid.tables.funnel!;
    expect(value(grid.rows[funnel.titleRow - 1][0])).toBe('Funnel: deals that reached each stage');
    // The note is the metric definitions of reached, next-step and cumulative conversion.
    expect(String(value(grid.rows[funnel.noteRow - 1][0]))).toContain('deals that reached the next stage ÷ deals that reached this stage');
    expect(grid.boldRows).toEqual(expect.arrayContaining([funnel.titleRow, funnel.range.row]));
    expect(block(grid, funnel.range)).toEqual([
      ['Stage', 'Reached', 'Next-step conversion', 'Cumulative conversion'],
      ['Prospecting', 6, 5 / 6, 1],
      ['Qualification', 5, 4 / 5, 5 / 6],
      ['First contact', 4, 1, 4 / 6],
      ['Proposal', 4, 3 / 4, 4 / 6],
      ['Negotiation', 3, 2 / 3, 3 / 6],
      ['Closed won', 2, 0, 2 / 6],
      ['Onboarding', 0, '', 0],
    ]);
    expect(grid.charts).toEqual([
      {
        type: 'BAR',
        title: 'Deals that reached each stage',
        range: { row: funnel.range.row, column: 1, numRows: 8, numColumns: 2 },
        anchor: { row: funnel.titleRow, column: CONVERSION_CHART_COLUMN },
      },
    ]);
  });

  it('adds lost by stage and reason, time in stage, win rate by quarter and history-fitted probabilities', () => {
    const grid = conversion();
    const { lostByStage, lostByReason, timeInStage, winRateByQuarter, fittedProbability } = grid.tables;
    expect(block(grid, lostByStage!.range)).toEqual([
      ['Stage', 'Lost deals', 'Share of lost deals', 'Lost amount'],
      ['Prospecting', 0, 0, 0],
      ['Qualification', 1, 1, 500],
      ['First contact', 0, 0, 0],
      ['Proposal', 0, 0, 0],
      ['Negotiation', 0, 0, 0],
    ]);
    expect(block(grid, lostByReason!.range)).toEqual([['Lost reason', 'Lost deals', 'Share of lost deals', 'Lost amount'], ['Price', 1, 1, 500]]);
    const times = block(grid, timeInStage!.range);
    expect(times[0]).toEqual([
      'Stage', 'Completed visits', 'Median (days)', 'Mean (days)', 'Latest visit per deal, median (days)', 'Cumulative per deal, median (days)',
      'Open visits', 'Median age of open visits (days)',
    ]);
    expect(times.find((row) => row[0] === 'Prospecting')).toEqual(['Prospecting', 1, 4, 4, 4, 4, 0, '']);
    expect(times.find((row) => row[0] === 'Negotiation')).toEqual(['Negotiation', 1, 10, 10, 10, 10, 0, '']);
    expect(block(grid, winRateByQuarter!.range)).toEqual([['Close quarter', 'Won deals', 'Lost deals', 'Win rate'], ['2024-Q1', 2, 1, 2 / 3]]);
    const fitted = block(grid, fittedProbability!.range);
    expect(fitted[1]).toEqual(['Prospecting', 2 / 3, 3, 2, 0.05]);
    expect(fitted[3]).toEqual(['First contact', 1, 2, 2, 0.2]);
    expect(fitted[7]).toEqual(['Onboarding', '', 0, 0, 1]);
  });

  it('shows per deal the latest visit and the visits added up apart from every visit when a deal was sent back', () => {
    // G: Prospecting 2 days, Proposal 3, sent back: Prospecting 4 days, Proposal since 10 Jan. H: Prospecting 10 days, Proposal since 11 Jan.
    const deals = [makeDeal({ id: 'G', stage: 'proposal' }), makeDeal({ id: 'H', stage: 'proposal' })].map((deal, index) => ({ ...deal, index }));
    const history = [
      move('G', null, 'prospecting', '2024-01-01'),
      move('H', null, 'prospecting', '2024-01-01'),
      move('G', 'prospecting', 'proposal', '2024-01-03'),
      move('G', 'proposal', 'prospecting', '2024-01-06'),
      move('G', 'prospecting', 'proposal', '2024-01-10'),
      move('H', 'prospecting', 'proposal', '2024-01-11'),
    ];
    const metrics = computeAllMetrics(deals, history, defaultPipeline(), { asOf: utc('2024-01-21'), monthOf: utcMonthOf });
    const headers = { en: ['Latest visit per deal, median (days)', 'Cumulative per deal, median (days)'], fr: ['Dernier passage par affaire, médiane (jours)', 'Cumulé par affaire, médiane (jours)'] };
    for (const language of ['en', 'fr'] as const) {
      const grid = buildConversionReport(metrics, lostBreakdown(deals, history, defaultPipeline()), { ...smallContext(language), dealCount: 2, historyCount: 6 });
      const [header, ...times] = block(grid, grid.tables.timeInStage!.range);
      expect(header.slice(4, 6)).toEqual(headers[language]);
      // Visits 2, 4, 10; latest per deal G 4, H 10; added up G 6, H 10.
      expect(times[0]).toEqual([defaultPipeline().stages[0].labels[language], 3, 4, 16 / 3, 7, 8, 0, '']);
      // One completed visit (G, 3 days); G and H still there, for 11 and 10 days as of 21 Jan.
      const proposal = defaultPipeline().stages.findIndex((stage) => stage.key === 'proposal');
      expect(times[proposal]).toEqual([defaultPipeline().stages[proposal].labels[language], 1, 3, 3, 3, 3, 2, 10.5]);
    }
  });

  it('shows the reason instead of a figure when there is none', () => {
    const { deals } = smallPipeline();
    const openOnly = deals.filter((deal) => deal.id === 'A');
    const metrics = computeAllMetrics(openOnly, [], defaultPipeline(), { asOf: new Date(), monthOf: () => '2024-01' });
    const grid = buildConversionReport(metrics, lostBreakdown(openOnly, [], defaultPipeline()), { ...smallContext('en'), dealCount: 1 });
    expect(summary(grid)['Win rate']).toBe('No won or lost deals yet.');
    expect(summary(grid)['Average deal size']).toBe('No won deal with an Amount.');
    expect(block(grid, grid.tables.lostByReason!.range)[1]).toEqual(['No data yet.', '', '', '']);
  });
});

describe('Forecast report', () => {
  it('starts with Open pipeline, Weighted pipeline and the cumulative categories', () => {
    const grid = buildForecastReport(smallMetrics(), smallContext('en'));
    const figures = summary(grid);
    expect(figures).toMatchObject({
      'Open pipeline': 7000, 'Weighted pipeline': 3850, 'Open deals': 3, 'Open deals without an amount': 0,
      Closed: 8000, Commit: 10000, 'Best case': 14000, Pipeline: 15000,
    });
    expect(figures['History-fitted forecast']).toBeCloseTo(1000 * (2 / 3) + 2000 + 4000, 9);
    const fr = summary(buildForecastReport(smallMetrics(), smallContext('fr')));
    expect(Object.keys(fr).slice(0, 2)).toEqual(['Pipeline ouvert', 'Pipeline pondéré']);
    expect(Object.keys(fr)).toEqual(expect.arrayContaining(['Conclu', 'Engagé', 'Meilleur cas', 'Pipeline']));
  });

  it('tabulates by month (dates) and by owner, and charts the dated months', () => {
    const grid = buildForecastReport(smallMetrics(), smallContext('en'));
    const byMonth = grid.tables.forecastByMonth!;
    const months = block(grid, byMonth.range);
    expect(months[0]).toEqual(['Month', 'Open pipeline', 'Weighted pipeline', 'History-fitted forecast', 'Open deals', 'Closed', 'Commit', 'Best case', 'Pipeline']);
    expect(months.slice(1).map((row) => (row[0] as Date).toISOString().slice(0, 7))).toEqual(['2024-01', '2024-02', '2024-07', '2024-08']);
    expect(months[3].slice(1)).toEqual([3000, 1050, 1000 * (2 / 3) + 2000, 2, 0, 2000, 2000, 3000]);
    expect(grid.rows[byMonth.range.row][0].format).toBe('month');
    expect(block(grid, grid.tables.forecastByOwner!.range).map((row) => row[0])).toEqual(['Owner', 'ann', 'bob']);
    expect(grid.charts).toEqual([
      {
        type: 'COLUMN',
        title: 'Open pipeline by expected-close month',
        range: { row: byMonth.range.row, column: 1, numRows: 5, numColumns: 4 },
        anchor: { row: byMonth.titleRow, column: FORECAST_CHART_COLUMN },
      },
    ]);
  });
});
