import type { StageCounts } from '../../core/deals/count-by-stage';
import type { AllMetrics } from '../../core/metrics/all-metrics';
import type { ForecastRow } from '../../core/metrics/forecast';
import type { Stage } from '../../core/stages/stage';

/**
 * Named figures, the common ground of the engine and the formula template: both produce
 * this map, and the bench only compares timings when the maps agree. `null` = no value
 * (e.g. a median of nothing).
 */
export type Figures = Map<string, number | null>;

/** Key of forecast figures for deals without an Expected close. */
export const NO_MONTH = 'no date';

/** The names, in report order, shared by `engineFigures` and the report formulas. */
export const figureName = {
  count: (stage: Stage) => `count ${stage.key}`,
  reached: (stage: Stage) => `reached ${stage.key}`,
  nextStep: (stage: Stage) => `next-step conversion ${stage.key}`,
  cumulative: (stage: Stage) => `cumulative conversion ${stage.key}`,
  fitted: (stage: Stage) => `fitted probability ${stage.key}`,
  visits: (stage: Stage) => `time in stage visits ${stage.key}`,
  visitMean: (stage: Stage) => `time in stage mean ${stage.key}`,
  visitMedian: (stage: Stage) => `time in stage median ${stage.key}`,
  monthDeals: (month: string) => `forecast ${month} open deals`,
  monthOpen: (month: string) => `forecast ${month} open`,
  monthWeighted: (month: string) => `forecast ${month} weighted`,
} as const;

/**
 * The engine's figures in the template's terms. `months` are the template's forecast rows
 * (`2024-03` keys, plus NO_MONTH): a month the engine has no open deal in is 0 there.
 */
export function engineFigures(all: AllMetrics, counts: StageCounts, months: readonly string[]): Figures {
  const figures: Figures = new Map();
  const stageByKey = new Map(all.timeInStage.map((row) => [row.stage.key, row.stage]));
  for (const row of counts.stages) {
    const stage = stageByKey.get(row.key);
    if (stage) figures.set(figureName.count(stage), row.count);
  }
  all.conversion.forEach((row, rank) => {
    figures.set(figureName.reached(row.stage), row.reached);
    if (rank + 1 < all.conversion.length) figures.set(figureName.nextStep(row.stage), row.nextStep.value);
    figures.set(figureName.cumulative(row.stage), row.cumulative.value);
  });
  for (const row of all.fittedProbabilities) figures.set(figureName.fitted(row.stage), row.probability.value);

  figures.set('won deals', all.winRate.numerator);
  figures.set('closed deals', all.winRate.denominator);
  figures.set('win rate', all.winRate.value);
  figures.set('won total', all.dealSize.total);
  figures.set('won with amount', all.dealSize.count);
  figures.set('won with cycle', all.salesCycle.won.count);
  figures.set('average deal size', all.dealSize.mean);
  figures.set('median deal size', all.dealSize.median);
  figures.set('sales cycle mean', all.salesCycle.won.mean);
  figures.set('sales cycle median', all.salesCycle.won.median);
  figures.set('open deals', all.weightedPipeline.openDeals);
  figures.set('open total', all.weightedPipeline.openAmount);
  figures.set('weighted pipeline', all.weightedPipeline.weighted);
  figures.set('category closed', all.forecast.total.categories.closed);
  figures.set('category commit', all.forecast.total.categories.commit);
  figures.set('category best case', all.forecast.total.categories.bestCase);
  figures.set('category pipeline', all.forecast.total.categories.pipeline);
  figures.set('stale deals', all.stale.count);
  figures.set('sales velocity', all.salesVelocity.value);

  for (const row of all.timeInStage) {
    figures.set(figureName.visits(row.stage), row.visits.count);
    figures.set(figureName.visitMean(row.stage), row.visits.mean);
    figures.set(figureName.visitMedian(row.stage), row.visits.median);
  }

  const byMonth = new Map<string, ForecastRow>(all.forecast.byMonth.map((row) => [row.key === '' ? NO_MONTH : row.key, row]));
  for (const month of months) {
    const row = byMonth.get(month);
    figures.set(figureName.monthDeals(month), row ? row.openDeals : 0);
    figures.set(figureName.monthOpen(month), row ? row.open : 0);
    figures.set(figureName.monthWeighted(month), row ? row.weighted : 0);
  }
  // An engine month the template does not list must show up as a difference, not vanish.
  for (const [month, row] of byMonth) {
    if (row.openDeals === 0 || months.includes(month)) continue;
    figures.set(figureName.monthDeals(month), row.openDeals);
    figures.set(figureName.monthOpen(month), row.open);
    figures.set(figureName.monthWeighted(month), row.weighted);
  }
  return figures;
}
