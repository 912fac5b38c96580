import type { Deal } from '../deals/deal';
import type { Stage } from '../stages/stage';
import { daysBetween } from './days';
import { currentStayStart } from './history-by-deal';
import { KIND_OPEN } from './pipeline-index';
import { kindOfDeal, type MetricsInput } from './metrics-input';

export interface StaleDeal {
  deal: Deal;
  stage: Stage;
  daysInStage: number;
  staleDays: number;
}

export interface StaleDeals {
  /** Most overdue first (days in stage beyond the limit), then by Deal ID. */
  stale: StaleDeal[];
  /** Open deals in a stage with a stale limit whose entry date is unknown: not judged. */
  withoutEntryDate: number;
}

/**
 * Stale: an open deal whose days in its current stage exceed the stage's stale days, unless
 * its Next step due is after `asOf` (parked on purpose). Days in stage count from Stage
 * entered, else from the history's entry into the current stage.
 */
export function staleDeals(input: MetricsInput, asOf: Date): StaleDeals {
  const asOfMs = asOf.getTime();
  const stale: StaleDeal[] = [];
  let withoutEntryDate = 0;
  for (let i = 0; i < input.deals.length; i++) {
    if (kindOfDeal(input, i) !== KIND_OPEN) continue;
    const stage = input.pipeline.stages[input.stageAt[i]];
    if (stage.staleDays === null) continue;
    const deal = input.deals[i];
    const entered = deal.stageEntered ? deal.stageEntered.getTime() : currentStayStart(input.history, i, input.stageAt[i]);
    if (entered !== entered) {
      withoutEntryDate++;
      continue;
    }
    const daysInStage = daysBetween(entered, asOfMs);
    if (daysInStage <= stage.staleDays) continue;
    if (deal.nextStepDue && deal.nextStepDue.getTime() > asOfMs) continue;
    stale.push({ deal, stage, daysInStage, staleDays: stage.staleDays });
  }
  stale.sort(
    (a, b) =>
      b.daysInStage - b.staleDays - (a.daysInStage - a.staleDays) ||
      (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : a.deal.index - b.deal.index),
  );
  return { stale, withoutEntryDate };
}
