import type { Deal, ForecastCategory } from '../deals/deal';
import type { HistoryEntry } from '../history/history-entry';
import type { PipelineDefinition } from '../stages/stage';
import { timeOrNaN } from './days';
import { funnelOrder, type FunnelOrder } from './funnel-order';
import { currentStayStart, generatedIdKey, groupHistoryByDeal, type HistoryByDeal } from './history-by-deal';
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
  /**
   * The deal fields the other metrics read, as columns (NaN or −1 when blank), so that no
   * metric touches the deal objects again: each pass over 100 000 objects scattered in
   * memory costs about as much as all the arithmetic on the columns.
   */
  expectedCloseAt: Float64Array;
  /** When the deal entered its current stage: Stage entered, else the history's entry into it. */
  enteredStageAt: Float64Array;
  nextStepDueAt: Float64Array;
  /** The deal's Probability when set, else its stage's default (NaN when neither is known). */
  probability: Float64Array;
  /** Definition position of Lost at stage, −1 when blank or unknown. */
  lostAtStageAt: Int32Array;
  /** Index into `owners` of each deal's Owner; `owners` in order of first appearance. */
  ownerAt: Int32Array;
  owners: string[];
  /** Each deal's Forecast category as entered (forecastLevel reads it with the stage kind). */
  forecastCategory: (ForecastCategory | null)[];
  /** generatedIdKey of each Deal ID (−1 for other IDs): orders IDs of equal length without reading them. */
  idKeyAt: Float64Array;
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
  const idKeyAt = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    ids[i] = deals[i].id;
    idKeyAt[i] = generatedIdKey(ids[i]);
  }
  const grouped = groupHistoryByDeal(history, pipeline, ids, idKeyAt);

  const stageAt = new Int32Array(count);
  const amount = new Float64Array(count);
  const createdAt = new Float64Array(count);
  const closedAt = new Float64Array(count);
  const expectedCloseAt = new Float64Array(count);
  const enteredStageAt = new Float64Array(count);
  const nextStepDueAt = new Float64Array(count);
  const probability = new Float64Array(count);
  const lostAtStageAt = new Int32Array(count);
  const ownerAt = new Int32Array(count);
  const owners: string[] = [];
  const forecastCategory = new Array<ForecastCategory | null>(count);
  const ownerIndex = new Map<string, number>();
  // Deals share few stage and owner values: remembering the last one avoids most lookups.
  let lastKey: string | null = null;
  let lastPosition = -1;
  let lastLostAtKey: string | null = null;
  let lastLostAtPosition = -1;
  let lastOwner: string | null = null;
  let lastOwnerIndex = -1;
  for (let i = 0; i < count; i++) {
    const deal = deals[i];
    if (deal.stage !== lastKey || i === 0) {
      lastKey = deal.stage;
      lastPosition = positionOfKey(pipeline, lastKey);
    }
    stageAt[i] = lastPosition;
    amount[i] = deal.amount === null ? NaN : deal.amount;
    createdAt[i] = timeOrNaN(deal.created);
    const expectedClose = timeOrNaN(deal.expectedClose);
    expectedCloseAt[i] = expectedClose;
    enteredStageAt[i] = deal.stageEntered ? deal.stageEntered.getTime() : currentStayStart(grouped, i, lastPosition);
    nextStepDueAt[i] = timeOrNaN(deal.nextStepDue);
    probability[i] = deal.probability !== null ? deal.probability : lastPosition >= 0 ? pipeline.stages[lastPosition].probability : NaN;
    if (deal.lostAtStage !== lastLostAtKey || i === 0) {
      lastLostAtKey = deal.lostAtStage;
      lastLostAtPosition = positionOfKey(pipeline, lastLostAtKey);
    }
    lostAtStageAt[i] = lastLostAtPosition;
    if (deal.owner !== lastOwner) {
      lastOwner = deal.owner;
      let index = ownerIndex.get(lastOwner);
      if (index === undefined) {
        index = owners.length;
        owners.push(lastOwner);
        ownerIndex.set(lastOwner, index);
      }
      lastOwnerIndex = index;
    }
    ownerAt[i] = lastOwnerIndex;
    forecastCategory[i] = deal.forecastCategory;
    closedAt[i] = NaN;
    if (lastPosition >= 0 && pipeline.kindAt[lastPosition] !== KIND_OPEN) {
      const entered = currentStayStart(grouped, i, lastPosition);
      closedAt[i] = entered === entered ? entered : expectedClose;
    }
  }
  return {
    deals,
    pipeline,
    order,
    history: grouped,
    stageAt,
    amount,
    createdAt,
    closedAt,
    expectedCloseAt,
    enteredStageAt,
    nextStepDueAt,
    probability,
    lostAtStageAt,
    ownerAt,
    owners,
    forecastCategory,
    idKeyAt,
  };
}

/** Stage kind code of deal i, or −1 when its stage is unknown. */
export function kindOfDeal(input: MetricsInput, i: number): number {
  const position = input.stageAt[i];
  return position < 0 ? -1 : input.pipeline.kindAt[position];
}
