import type { Language } from '../i18n/language';
import { translate, type StringKey } from '../i18n/strings';
import type { NoValueReason } from './rate';

/** Every kind of figure the reports show; each has a one-line definition shown next to it. */
export type MetricKind =
  | 'reached'
  | 'stageConversion'
  | 'nextStepConversion'
  | 'cumulativeConversion'
  | 'winRate'
  | 'wonRevenue'
  | 'averageDealSize'
  | 'medianDealSize'
  | 'salesCycle'
  | 'salesCycleLost'
  | 'salesCycleClosed'
  | 'timeInStage'
  | 'openVisitAge'
  | 'staleDeal'
  | 'openPipeline'
  | 'weightedPipeline'
  | 'forecastCategories'
  | 'forecastByMonth'
  | 'forecastByOwner'
  | 'fittedProbability'
  | 'fittedForecast'
  | 'salesVelocity'
  | 'leadScore';

const DEFINITION_KEY: Record<MetricKind, StringKey> = {
  reached: 'metric.reached',
  stageConversion: 'metric.stageConversion',
  nextStepConversion: 'metric.nextStepConversion',
  cumulativeConversion: 'metric.cumulativeConversion',
  winRate: 'metric.winRate',
  wonRevenue: 'metric.wonRevenue',
  averageDealSize: 'metric.averageDealSize',
  medianDealSize: 'metric.medianDealSize',
  salesCycle: 'metric.salesCycle',
  salesCycleLost: 'metric.salesCycleLost',
  salesCycleClosed: 'metric.salesCycleClosed',
  timeInStage: 'metric.timeInStage',
  openVisitAge: 'metric.openVisitAge',
  staleDeal: 'metric.staleDeal',
  openPipeline: 'metric.openPipeline',
  weightedPipeline: 'metric.weightedPipeline',
  forecastCategories: 'metric.forecastCategories',
  forecastByMonth: 'metric.forecastByMonth',
  forecastByOwner: 'metric.forecastByOwner',
  fittedProbability: 'metric.fittedProbability',
  fittedForecast: 'metric.fittedForecast',
  salesVelocity: 'metric.salesVelocity',
  leadScore: 'metric.leadScore',
};

export const METRIC_KINDS = Object.keys(DEFINITION_KEY) as MetricKind[];

/**
 * The one-line definition shown next to a figure. Placeholders: `{from}`/`{to}` (stage
 * labels) for stageConversion, `{date}` (as-of date, formatted by the caller) for
 * openVisitAge and staleDeal.
 */
export function metricDefinition(kind: MetricKind, language: Language, params: Record<string, string | number> = {}): string {
  return translate(language, DEFINITION_KEY[kind], params);
}

const REASON_KEY: Record<NoValueReason, StringKey> = {
  'no-closed-deals': 'metric.reason.no-closed-deals',
  'no-deals-reached': 'metric.reason.no-deals-reached',
  'last-stage': 'metric.reason.last-stage',
  'no-won-deals': 'metric.reason.no-won-deals',
  'no-sales-cycle': 'metric.reason.no-sales-cycle',
  'zero-sales-cycle': 'metric.reason.zero-sales-cycle',
  'no-open-deals': 'metric.reason.no-open-deals',
};

/** Why a figure is empty, in words, shown instead of a number. */
export function noValueReason(reason: NoValueReason, language: Language): string {
  return translate(language, REASON_KEY[reason]);
}
