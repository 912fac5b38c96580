import { translate, type StringKey } from '../i18n/strings';
import type { AllMetrics } from '../metrics/all-metrics';
import { metricDefinition } from '../metrics/definitions';
import type { ForecastRow } from '../metrics/forecast';
import { NO_PERIOD } from '../metrics/period';
import { dealsOfKindDefinition, metricNote, updatedDefinition, type ReportContext } from './report-context';
import { ReportBuilder, text, type ReportCell, type ReportGrid } from './report-grid';

/** Column where the Forecast tab's chart starts, right of its widest table. */
export const FORECAST_CHART_COLUMN = 11;

const count = (value: number): ReportCell => ({ value, format: 'count' });
const money = (value: number): ReportCell => ({ value, format: 'currency' });

/** The figures of one forecast row, after its key column; the chart uses the first three. */
function figures(row: ForecastRow): ReportCell[] {
  const { categories } = row;
  return [
    money(row.open),
    money(row.weighted),
    money(row.fitted),
    count(row.openDeals),
    money(categories.closed),
    money(categories.commit),
    money(categories.bestCase),
    money(categories.pipeline),
  ];
}

/**
 * The Forecast tab: a summary block (open, weighted and history-fitted pipeline, the
 * cumulative forecast categories), then the forecast by expected-close month and by owner,
 * and a column chart of the months.
 */
export function buildForecastReport(metrics: AllMetrics, context: ReportContext): ReportGrid {
  const { language } = context;
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(language, key, params);
  const { weightedPipeline, forecast } = metrics;
  const totals = forecast.total.categories;
  const builder = new ReportBuilder()
    .summary(t('report.summary.openPipeline'), money(weightedPipeline.openAmount), metricDefinition('openPipeline', language))
    .summary(t('report.summary.weightedPipeline'), money(weightedPipeline.weighted), metricDefinition('weightedPipeline', language))
    .summary(t('report.summary.fittedForecast'), money(forecast.total.fitted), metricDefinition('fittedForecast', language))
    .summary(t('report.summary.openDeals'), count(weightedPipeline.openDeals), dealsOfKindDefinition(context, 'open'))
    .summary(t('report.summary.withoutAmount'), count(weightedPipeline.withoutAmount), t('report.def.withoutAmount'))
    .summary(t('forecastCategory.closed'), money(totals.closed), metricDefinition('forecastCategories', language))
    .summary(t('forecastCategory.commit'), money(totals.commit), t('report.def.category.commit'))
    .summary(t('forecastCategory.best-case'), money(totals.bestCase), t('report.def.category.bestCase'))
    .summary(t('forecastCategory.pipeline'), money(totals.pipeline), t('report.def.category.pipeline'))
    .summary(t('report.summary.updated'), { value: context.asOf, format: 'dateTime' }, updatedDefinition(context));

  const figureHeaders = [
    t('fn.header.open'),
    t('fn.header.weighted'),
    t('report.summary.fittedForecast'),
    t('report.summary.openDeals'),
    t('forecastCategory.closed'),
    t('forecastCategory.commit'),
    t('forecastCategory.best-case'),
    t('forecastCategory.pipeline'),
  ];
  const empty = t('report.empty');

  const months = forecast.byMonth;
  const byMonth = builder.table(
    'forecastByMonth',
    t('report.forecastByMonth.title'),
    metricNote(language, ['forecastByMonth', 'weightedPipeline', 'fittedForecast', 'forecastCategories']),
    [t('fn.header.month'), ...figureHeaders],
    months.map((row): ReportCell[] => [
      row.key === NO_PERIOD ? text(t('fn.noExpectedClose')) : { value: context.monthStart(row.key), format: 'month' },
      ...figures(row),
    ]),
    empty,
  );
  // The chart plots dated months only: the row of deals without an Expected close comes last and is left out.
  const datedMonths = months.filter((row) => row.key !== NO_PERIOD).length;
  if (datedMonths > 0) {
    builder.chart({
      type: 'COLUMN',
      title: t('report.chart.forecast'),
      range: { ...byMonth.range, numRows: datedMonths + 1, numColumns: 4 },
      anchor: { row: byMonth.titleRow, column: FORECAST_CHART_COLUMN },
    });
  }

  builder.table(
    'forecastByOwner',
    t('report.forecastByOwner.title'),
    metricNote(language, ['forecastByOwner', 'forecastCategories']),
    [t('report.column.owner'), ...figureHeaders],
    forecast.byOwner.map((row) => [text(row.key === '' ? t('report.none.owner') : row.key), ...figures(row)]),
    empty,
  );
  return builder.build();
}
