import { figure, noFigure, type Figure, type Rate } from './rate';
import type { SummaryStats } from './stats';

/**
 * Sales velocity = open deals × win rate × average deal size / sales cycle days: the value
 * the pipeline is expected to turn into revenue per day.
 */
export function salesVelocity(openDeals: number, winRate: Rate, dealSize: SummaryStats, salesCycle: SummaryStats): Figure {
  if (winRate.value === null) return noFigure(winRate.reason);
  if (dealSize.mean === null) return noFigure('no-won-deals');
  if (salesCycle.mean === null) return noFigure('no-sales-cycle');
  if (!(salesCycle.mean > 0)) return noFigure('zero-sales-cycle');
  return figure((openDeals * winRate.value * dealSize.mean) / salesCycle.mean);
}
