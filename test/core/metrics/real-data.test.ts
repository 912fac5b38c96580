import { join } from 'path';
import type { Deal } from '../../../src/core/deals/deal';
import { computeAllMetrics, type AllMetrics } from '../../../src/core/metrics/all-metrics';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { stageMatcher } from '../../../src/core/stages/match-stage';
import { readUnquotedCsv } from '../../helpers/csv';
import { crmDataFolder, NO_DATA_REASON } from '../../helpers/shared-data';
import { makeDeal, utcMonthOf } from './make-deal';

/** `2017-03-01` or `3/1/2017` as a UTC date; '' as no date. */
function parseDate(text: string): Date | null {
  if (text === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!mdy) throw new Error(`Not a date: ${text}`);
  return new Date(Date.UTC(Number(mdy[3]), Number(mdy[1]) - 1, Number(mdy[2])));
}

/** Rows as records keyed by the header row. */
function readRecords(path: string): Record<string, string>[] {
  const [header, ...rows] = readUnquotedCsv(path);
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

function loadDeals(path: string): Deal[] {
  const match = stageMatcher(defaultPipeline());
  return readRecords(path).map((row, index) =>
    makeDeal({
      index,
      id: row.opportunity_id,
      owner: row.sales_agent,
      company: row.account,
      stageText: row.deal_stage,
      stage: match(row.deal_stage)?.key ?? null,
      created: parseDate(row.engage_date),
      expectedClose: parseDate(row.close_date),
      amount: row.close_value === '' ? null : Number(row.close_value),
    }),
  );
}

/** The dataset's funnel: Prospecting > Engaging > Won (Engaging is First contact's alias). */
const ORDER = ['Prospecting', 'Engaging', 'Won'].map((name) => stageMatcher(defaultPipeline())(name)?.key ?? name);

function metricsOf(file: string): { deals: Deal[]; metrics: AllMetrics } {
  const deals = loadDeals(file);
  const metrics = computeAllMetrics(deals, [], defaultPipeline(), { order: ORDER, asOf: new Date(Date.UTC(2018, 0, 1)), monthOf: utcMonthOf });
  return { deals, metrics };
}

const folder = crmDataFolder();
const percent = (value: number | null) => (value === null ? null : Number((value * 100).toFixed(2)));
const round2 = (value: number | null) => (value === null ? null : Number(value.toFixed(2)));

if (!folder) test.skip(`published figures of CRM Sales Opportunities (${NO_DATA_REASON})`, () => undefined);
else describe('published figures of CRM Sales Opportunities', () => {
  for (const file of ['sales_pipeline.csv', 'sales_pipeline_mdy.csv']) {
    describe(file, () => {
      const { deals, metrics } = metricsOf(join(folder as string, file));

      it('counts deals per stage: Won 4 238, Lost 2 473, Engaging 1 589, Prospecting 500', () => {
        const counts: Record<string, number> = {};
        for (const deal of deals) counts[deal.stageText] = (counts[deal.stageText] ?? 0) + 1;
        expect(counts).toEqual({ Won: 4238, Lost: 2473, Engaging: 1589, Prospecting: 500 });
        expect(deals.every((deal) => deal.stage !== null)).toBe(true);
      });

      it('gives a win rate of 63.15 % (4 238 / 6 711)', () => {
        expect(metrics.winRate).toMatchObject({ numerator: 4238, denominator: 6711 });
        expect(percent(metrics.winRate.value)).toBe(63.15);
      });

      it('gives won revenue 10 005 534, average won deal 2 360.91, median 1 117', () => {
        expect(metrics.dealSize.total).toBe(10005534);
        expect(round2(metrics.dealSize.mean)).toBe(2360.91);
        expect(metrics.dealSize.median).toBe(1117);
      });

      it('gives days engage → close: closed 47.99 / 45, won 51.78 / 57, lost 41.48 / 14', () => {
        const { closed, won, lost } = metrics.salesCycle;
        expect([round2(closed.mean), closed.median, closed.count]).toEqual([47.99, 45, 6711]);
        expect([round2(won.mean), won.median]).toEqual([51.78, 57]);
        expect([round2(lost.mean), lost.median]).toEqual([41.48, 14]);
      });

      it('gives win rates by close quarter 2017: 82.07 %, 61.71 %, 61.41 %, 60.25 %', () => {
        expect(metrics.winRateByQuarter.map((row) => [row.period, percent(row.winRate.value)])).toEqual([
          ['2017-Q1', 82.07], ['2017-Q2', 61.71], ['2017-Q3', 61.41], ['2017-Q4', 60.25],
        ]);
      });

      it('gives reached Engaging 8 300 of 8 800 (94.32 %), lost deals counted as lost at Engaging', () => {
        expect(metrics.reached.map((row) => row.reached)).toEqual([8800, 8300, 4238]);
        expect(percent(metrics.conversion[1].cumulative.value)).toBe(94.32);
      });
    });
  }

  it('gives identical figures from the ISO and the M/D/YYYY files', () => {
    // The stale deals compared as their list (the metrics hold a function that makes it).
    const figures = (file: string) => {
      const metrics = metricsOf(join(folder as string, file)).metrics;
      return { ...metrics, stale: { ...metrics.stale, list: metrics.stale.list() } };
    };
    expect(figures('sales_pipeline_mdy.csv')).toEqual(figures('sales_pipeline.csv'));
  });
});
