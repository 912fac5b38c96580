import type { Deal } from '../deals/deal';
import { forecastLevel } from './forecast-level';
import type { FunnelOrder } from './funnel-order';
import type { MetricsInput } from './metrics-input';
import { KIND_OPEN, positionOfKey, type PipelineIndex } from './pipeline-index';
import { generatedIdNumber, ID_LENGTH_UNIT } from './slot-directory';

/**
 * One pass over the deal objects into the columns of MetricsInput, in a single loop: each
 * pass over 100 000 objects scattered in memory costs about as much as all the arithmetic
 * on the columns. Stages and owners are looked up for every deal (positionOfKey, a map):
 * remembering the last one looked up saved nothing, as neighbouring rows seldom share them.
 * The history-based columns (historyProgress, closedAt, and enteredStageAt of deals without
 * Stage entered: `hasStageEntered` 0) are left for readMetricsInput to fill in.
 */
export function readDealColumns(
  deals: readonly Deal[],
  pipeline: PipelineIndex,
  order: FunnelOrder,
): { input: MetricsInput; hasStageEntered: Uint8Array } {
  const count = deals.length;
  const input: MetricsInput = {
    deals,
    pipeline,
    order,
    stageAt: new Int32Array(count),
    kindAt: new Int8Array(count),
    historyProgress: new Int32Array(count),
    amount: new Float64Array(count),
    createdAt: new Float64Array(count),
    closedAt: new Float64Array(count),
    expectedCloseAt: new Float64Array(count),
    enteredStageAt: new Float64Array(count),
    nextStepDueAt: new Float64Array(count),
    probability: new Float64Array(count),
    lostAtStageAt: new Int32Array(count),
    ownerAt: new Int32Array(count),
    owners: [],
    forecastLevelAt: new Uint8Array(count),
    idKeyAt: new Float64Array(count),
  };
  const hasStageEntered = new Uint8Array(count);
  const { stageAt, kindAt, amount, createdAt, expectedCloseAt, enteredStageAt, nextStepDueAt, probability } = input;
  const { lostAtStageAt, ownerAt, forecastLevelAt, idKeyAt } = input;
  const owners: string[] = [];
  const ownerIndex = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const deal = deals[i];
    const id = deal.id;
    const n = generatedIdNumber(id);
    idKeyAt[i] = n < 0 ? -1 : id.length * ID_LENGTH_UNIT + n;
    const position = positionOfKey(pipeline, deal.stage);
    const kind = position < 0 ? -1 : pipeline.kindAt[position];
    stageAt[i] = position;
    kindAt[i] = kind;
    amount[i] = deal.amount === null ? NaN : deal.amount;
    createdAt[i] = deal.created ? deal.created.getTime() : NaN;
    expectedCloseAt[i] = deal.expectedClose ? deal.expectedClose.getTime() : NaN;
    if (deal.stageEntered) {
      enteredStageAt[i] = deal.stageEntered.getTime();
      hasStageEntered[i] = 1;
    }
    nextStepDueAt[i] = deal.nextStepDue ? deal.nextStepDue.getTime() : NaN;
    probability[i] = deal.probability !== null ? deal.probability : position >= 0 ? pipeline.stages[position].probability : NaN;
    // A deal is lost at the open stage it left: a won or lost stage there says nothing of how far it got.
    const lostAt = positionOfKey(pipeline, deal.lostAtStage);
    lostAtStageAt[i] = lostAt >= 0 && pipeline.kindAt[lostAt] === KIND_OPEN ? lostAt : -1;
    let owner = ownerIndex.get(deal.owner);
    if (owner === undefined) ownerIndex.set(deal.owner, (owner = owners.push(deal.owner) - 1));
    ownerAt[i] = owner;
    forecastLevelAt[i] = forecastLevel(kind, deal.forecastCategory);
  }
  input.owners = owners;
  return { input, hasStageEntered };
}
