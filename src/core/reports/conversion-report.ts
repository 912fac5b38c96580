import { translate } from '../i18n/strings';
import type { AllMetrics } from '../metrics/all-metrics';
import { metricDefinition, noValueReason } from '../metrics/definitions';
import { NO_PERIOD } from '../metrics/period';
import { rate } from '../metrics/rate';
import type { LostBreakdown } from './lost-breakdown';
import {
  dealsOfKindDefinition,
  figureCell,
  metricNote,
  rateCell,
  statCell,
  tableRateCell,
  updatedDefinition,
  type ReportContext,
} from './report-context';
import { numberCell, ReportBuilder, text, type ReportCell, type ReportGrid } from './report-grid';

/** Column where the charts of the Conversion tab start, right of its widest table. */
export const CONVERSION_CHART_COLUMN = 10;

const count = (value: number): ReportCell => ({ value, format: 'count' });
const money = (value: number): ReportCell => ({ value, format: 'currency' });

/**
 * The Conversion tab: a summary block (label, value, definition), then the funnel, lost
 * deals by stage and by reason, time in stage, win rate by close quarter and the
 * history-fitted probability of each stage, each table with its title and a note on how it
 * is computed; a bar chart of the funnel beside it.
 */
export function buildConversionReport(metrics: AllMetrics, lost: LostBreakdown, context: ReportContext): ReportGrid {
  const { language } = context;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const won = metrics.winRate.numerator;
  const lostDeals = metrics.winRate.denominator - metrics.winRate.numerator;
  const open = metrics.weightedPipeline.openDeals;
  const wonMissing = noValueReason('no-won-deals', language);
  const cycleMissing = noValueReason('no-sales-cycle', language);
  const builder = new ReportBuilder();

  builder
    .summary(t('report.summary.winRate'), rateCell(metrics.winRate, language), metricDefinition('winRate', language))
    .summary(t('report.summary.wonDeals'), count(won), dealsOfKindDefinition(context, 'won'))
    .summary(t('report.summary.lostDeals'), count(lostDeals), dealsOfKindDefinition(context, 'lost'))
    .summary(t('report.summary.openDeals'), count(open), dealsOfKindDefinition(context, 'open'))
    .summary(t('report.summary.averageDealSize'), statCell(metrics.dealSize.mean, 'currency', wonMissing), metricDefinition('averageDealSize', language))
    .summary(t('report.summary.medianDealSize'), statCell(metrics.dealSize.median, 'currency', wonMissing), metricDefinition('medianDealSize', language))
    .summary(t('report.summary.wonRevenue'), money(metrics.dealSize.total), metricDefinition('wonRevenue', language))
    .summary(t('report.summary.salesCycle'), statCell(metrics.salesCycle.won.mean, 'days', cycleMissing), metricDefinition('salesCycle', language))
    .summary(t('report.summary.medianSalesCycle'), statCell(metrics.salesCycle.won.median, 'days', cycleMissing), metricDefinition('salesCycle', language))
    .summary(
      t('report.summary.lostCycle'),
      statCell(metrics.salesCycle.lost.mean, 'days', t('report.reason.noLostCycle')),
      metricDefinition('salesCycleLost', language),
    )
    .summary(t('report.summary.salesVelocity'), figureCell(metrics.salesVelocity, 'currency', language), metricDefinition('salesVelocity', language))
    .summary(t('report.summary.staleDeals'), count(metrics.stale.count), metricDefinition('staleDeal', language, { date: context.asOfDay }))
    .summary(t('report.summary.unknownStage'), count(Math.max(0, context.dealCount - won - lostDeals - open)), t('report.def.unknownStage'))
    .summary(t('report.summary.updated'), { value: context.asOf, format: 'dateTime' }, updatedDefinition(context));

  const stageLabel = (stage: { labels: Record<string, string> } | null) => (stage === null ? t('report.none.stage') : stage.labels[language]);
  const empty = t('report.empty');

  const funnel = builder.table(
    'funnel',
    t('report.funnel.title'),
    metricNote(language, ['reached', 'nextStepConversion', 'cumulativeConversion']),
    [t('fn.header.stage'), translate(language, 'fn.header.reached'), translate(language, 'fn.header.nextStep'), translate(language, 'fn.header.cumulative')],
    metrics.conversion.map((row) => [text(stageLabel(row.stage)), count(row.reached), tableRateCell(row.nextStep), tableRateCell(row.cumulative)]),
    empty,
  );
  if (metrics.conversion.length > 0) {
    builder.chart({
      type: 'BAR',
      title: t('report.chart.funnel'),
      range: { ...funnel.range, numColumns: 2 },
      anchor: { row: funnel.titleRow, column: CONVERSION_CHART_COLUMN },
    });
  }

  const share = (n: number) => tableRateCell(rate(n, lost.lost, 'no-closed-deals'));
  builder.table(
    'lostByStage',
    t('report.lostByStage.title'),
    t('report.lostByStage.note', { lost: lost.lost }),
    [t('fn.header.stage'), t('report.summary.lostDeals'), t('report.column.share'), t('report.column.lostAmount')],
    lost.byStage.map((row) => [text(stageLabel(row.stage)), count(row.count), share(row.count), money(row.amount)]),
    empty,
  );
  builder.table(
    'lostByReason',
    t('report.lostByReason.title'),
    t('report.lostByReason.note', { lost: lost.lost }),
    [t('report.column.lostReason'), t('report.summary.lostDeals'), t('report.column.share'), t('report.column.lostAmount')],
    lost.byReason.map((row) => [text(row.reason === '' ? t('report.none.reason') : row.reason), count(row.count), share(row.count), money(row.amount)]),
    empty,
  );

  builder.table(
    'timeInStage',
    t('report.timeInStage.title'),
    metricNote(language, ['timeInStage', 'openVisitAge'], { date: context.asOfDay }),
    [
      t('fn.header.stage'),
      t('fn.header.visits'),
      t('report.column.medianDays'),
      t('report.column.meanDays'),
      t('report.column.latestMedian'),
      t('report.column.cumulativeMedian'),
      t('fn.header.openVisits'),
      t('report.column.openAge'),
    ],
    metrics.timeInStage
      .filter((row) => row.stage.kind === 'open' || row.visits.count > 0)
      .map((row) => [
        text(stageLabel(row.stage)),
        count(row.visits.count),
        numberCell(row.visits.median, 'days'),
        numberCell(row.visits.mean, 'days'),
        numberCell(row.latest.median, 'days'),
        numberCell(row.cumulative.median, 'days'),
        count(row.open.count),
        numberCell(row.open.median, 'days'),
      ]),
    empty,
  );

  builder.table(
    'winRateByQuarter',
    t('report.winRateByQuarter.title'),
    metricDefinition('winRate', language),
    [t('report.column.quarter'), t('report.summary.wonDeals'), t('report.summary.lostDeals'), t('report.summary.winRate')],
    metrics.winRateByQuarter.map((row) => [
      text(row.period === NO_PERIOD ? t('report.none.quarter') : row.period),
      count(row.winRate.numerator),
      count(row.winRate.denominator - row.winRate.numerator),
      tableRateCell(row.winRate),
    ]),
    empty,
  );

  builder.table(
    'fittedProbability',
    t('report.fitted.title'),
    metricDefinition('fittedProbability', language),
    [t('fn.header.stage'), t('report.column.fitted'), t('report.column.sampleSize'), t('report.summary.wonDeals'), t('report.column.settingsProbability')],
    metrics.fittedProbabilities.map((row) => [
      text(stageLabel(row.stage)),
      tableRateCell(row.probability),
      count(row.probability.denominator),
      count(row.probability.numerator),
      { value: row.stage.probability, format: 'percent' },
    ]),
    empty,
  );

  return builder.build();
}
