import type { Deal } from '../deals/deal';
import type { HistoryEntry } from '../history/history-entry';
import type { PipelineDefinition } from '../stages/stage';
import { conversionTable, type ConversionRow } from './conversion';
import { dealSize } from './deal-size';
import { fittedProbabilities, type FittedProbability } from './fitted-probability';
import { forecast, type Forecast } from './forecast';
import { readMetricsInput, type MetricsOptions } from './metrics-input';
import { quarterOf, type MonthOf } from './period';
import type { Figure, Rate } from './rate';
import { dealProgress, reachedCounts, type ReachedStage } from './reached';
import { salesCycle } from './sales-cycle';
import { staleDeals, type StaleDeals } from './stale';
import type { SummaryStats } from './stats';
import { stageTimesOf, type StageTimes } from './time-in-stage';
import { salesVelocity } from './velocity';
import { weightedPipeline, type WeightedPipeline } from './weighted-pipeline';
import { winRate, winRateByPeriod, type PeriodWinRate } from './win-rate';

export interface AllMetricsOptions extends MetricsOptions {
  /** "Now" for stale deals and open visits. */
  asOf: Date;
  /** Calendar month in the spreadsheet's time zone (built by the sheet layer with Apps Script's date formatting). */
  monthOf: MonthOf;
}

/** Every figure of the Conversion and Forecast reports. */
export interface AllMetrics {
  reached: ReachedStage[];
  conversion: ConversionRow[];
  winRate: Rate;
  winRateByQuarter: PeriodWinRate[];
  dealSize: SummaryStats;
  salesCycle: { won: SummaryStats; lost: SummaryStats; closed: SummaryStats };
  timeInStage: StageTimes[];
  stale: StaleDeals;
  weightedPipeline: WeightedPipeline;
  fittedProbabilities: FittedProbability[];
  forecast: Forecast;
  salesVelocity: Figure;
}

/**
 * All metrics at once. The deal objects are read once into typed columns and the Stage
 * History is walked once, in log order, for every deal at the same time (see walkHistory:
 * no grouping by deal, and time in stage comes out of the same walk); every figure is then
 * a linear pass over those columns, and medians use a radix selection (see stats).
 */
export function computeAllMetrics(
  deals: readonly Deal[],
  history: readonly HistoryEntry[],
  definition: PipelineDefinition,
  options: AllMetricsOptions,
): AllMetrics {
  const reading = readMetricsInput(deals, history, definition, options, true);
  const { input } = reading;
  const progress = dealProgress(input);
  const reached = reachedCounts(input, progress);
  const overallWinRate = winRate(input);
  const size = dealSize(input);
  const wonCycle = salesCycle(input, 'won');
  const weighted = weightedPipeline(input);
  const fitted = fittedProbabilities(input, progress);
  return {
    reached,
    conversion: conversionTable(reached),
    winRate: overallWinRate,
    winRateByQuarter: winRateByPeriod(input, quarterOf(options.monthOf)),
    dealSize: size,
    salesCycle: { won: wonCycle, lost: salesCycle(input, 'lost'), closed: salesCycle(input, 'closed') },
    timeInStage: stageTimesOf(reading.walked, input.pipeline, options.asOf),
    stale: staleDeals(input, options.asOf),
    weightedPipeline: weighted,
    fittedProbabilities: fitted,
    forecast: forecast(input, options.monthOf, fitted, progress),
    salesVelocity: salesVelocity(weighted.openDeals, overallWinRate, size, wonCycle),
  };
}
