import type { Deal } from '../deals/deal';
import type { HistoryEntry } from '../history/history-entry';
import type { PipelineDefinition } from '../stages/stage';
import { timeOrNaN } from './days';
import { funnelOrder, type FunnelOrder } from './funnel-order';
import { currentStayStart, groupHistoryByDeal, type HistoryByDeal } from './history-by-deal';
import { indexPipeline, KIND_OPEN, positionOfKey, type PipelineIndex } from './pipeline-index';

export interface MetricsOptions {
  /** Funnel order as stage keys; default: the definition's open and won stages. */
  order?: readonly string[];
}

/**
 * Deals and history prepared once for every metric: stage positions, amounts and dates as
 * typed columns (NaN for missing), history grouped by deal. Deal i owns history slot i.
 */
export interface MetricsInput {
  deals: readonly Deal[];
  pipeline: PipelineIndex;
  order: FunnelOrder;
  history: HistoryByDeal;
  /** Definition position of each deal's current stage, −1 when unknown or blank. */
  stageAt: Int32Array;
  amount: Float64Array;
  createdAt: Float64Array;
  /**
   * When a closed (won or lost) deal closed: its history's entry into its current stage,
   * else its Expected close. NaN for open deals and when neither is known.
   */
  closedAt: Float64Array;
}

export function prepareMetrics(
  deals: readonly Deal[],
  history: readonly HistoryEntry[],
  definition: PipelineDefinition,
  options: MetricsOptions = {},
): MetricsInput {
  const pipeline = indexPipeline(definition);
  const order = funnelOrder(pipeline, options.order);
  const count = deals.length;
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i++) ids[i] = deals[i].id;
  const grouped = groupHistoryByDeal(history, pipeline, ids);

  const stageAt = new Int32Array(count);
  const amount = new Float64Array(count);
  const createdAt = new Float64Array(count);
  const closedAt = new Float64Array(count);
  let lastKey: string | null = null;
  let lastPosition = -1;
  for (let i = 0; i < count; i++) {
    const deal = deals[i];
    if (deal.stage !== lastKey || i === 0) {
      lastKey = deal.stage;
      lastPosition = positionOfKey(pipeline, lastKey);
    }
    stageAt[i] = lastPosition;
    amount[i] = deal.amount === null ? NaN : deal.amount;
    createdAt[i] = timeOrNaN(deal.created);
    closedAt[i] = NaN;
    if (lastPosition >= 0 && pipeline.kindAt[lastPosition] !== KIND_OPEN) {
      const entered = currentStayStart(grouped, i, lastPosition);
      closedAt[i] = entered === entered ? entered : timeOrNaN(deal.expectedClose);
    }
  }
  return { deals, pipeline, order, history: grouped, stageAt, amount, createdAt, closedAt };
}

/** Stage kind code of deal i, or −1 when its stage is unknown. */
export function kindOfDeal(input: MetricsInput, i: number): number {
  const position = input.stageAt[i];
  return position < 0 ? -1 : input.pipeline.kindAt[position];
}
