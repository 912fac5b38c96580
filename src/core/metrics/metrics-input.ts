import type { Deal } from '../deals/deal';
import type { HistoryEntry } from '../history/history-entry';
import type { PipelineDefinition } from '../stages/stage';
import { readDealColumns } from './deal-columns';
import { funnelOrder, type FunnelOrder } from './funnel-order';
import { indexPipeline, KIND_LOST, KIND_WON, type PipelineIndex } from './pipeline-index';
import { walkHistory, type WalkedHistory } from './read-history';
import { generatedIdNumber, ID_LENGTH_UNIT, SlotDirectory } from './slot-directory';

export interface MetricsOptions {
  /** Funnel order as stage keys; default: the definition's open and won stages. */
  order?: readonly string[];
}

/**
 * Deals and history prepared once for every metric: stage positions, amounts and dates as
 * typed columns (NaN for missing), and what the history says of each deal. No metric
 * touches the deal objects again: each pass over 100 000 objects scattered in memory costs
 * about as much as all the arithmetic on the columns.
 */
export interface MetricsInput {
  deals: readonly Deal[];
  pipeline: PipelineIndex;
  order: FunnelOrder;
  /** Definition position of each deal's current stage, −1 when unknown or blank. */
  stageAt: Int32Array;
  /** KIND_OPEN, KIND_WON or KIND_LOST of each deal's current stage, −1 when it is unknown. */
  kindAt: Int8Array;
  /** Furthest funnel-order rank each deal's history shows (its first `from` included), −1 without history. */
  historyProgress: Int32Array;
  amount: Float64Array;
  createdAt: Float64Array;
  /**
   * When a closed (won or lost) deal closed: its history's entry into its current stage,
   * else its Expected close. NaN for open deals and when neither is known.
   */
  closedAt: Float64Array;
  expectedCloseAt: Float64Array;
  /** When the deal entered its current stage: Stage entered, else the history's entry into it. */
  enteredStageAt: Float64Array;
  nextStepDueAt: Float64Array;
  /** The deal's Probability when set, else its stage's default (NaN when neither is known). */
  probability: Float64Array;
  /** Definition position of Lost at stage, −1 when blank, unknown or not an open stage. */
  lostAtStageAt: Int32Array;
  /** Index into `owners` of each deal's Owner; `owners` in order of first appearance. */
  ownerAt: Int32Array;
  owners: string[];
  /** The forecast level (see forecastLevel) of each deal, from its stage kind and Forecast category. */
  forecastLevelAt: Uint8Array;
  /** generatedIdKey of each Deal ID (−1 for other IDs): orders IDs of equal length without reading them. */
  idKeyAt: Float64Array;
}

export function prepareMetrics(
  deals: readonly Deal[],
  history: readonly HistoryEntry[],
  definition: PipelineDefinition,
  options: MetricsOptions = {},
): MetricsInput {
  return readMetricsInput(deals, history, definition, options, false).input;
}

/** prepareMetrics, with the history walk it made. */
export interface MetricsReading {
  input: MetricsInput;
  walked: WalkedHistory;
}

/**
 * prepareMetrics, keeping the history walk (with every completed stage visit when
 * `collectVisits`, for time in stage: the same single pass over the log serves both).
 * The deals are read once into columns and the log is walked once; then each deal finds
 * its history by ID. The walk numbers deals in the order they appear in the log, so the
 * deals it is working on at any time (those moving in the same months) sit together in its
 * state rather than all over it: that state is the walk's one random access per row.
 */
export function readMetricsInput(
  deals: readonly Deal[],
  history: readonly HistoryEntry[],
  definition: PipelineDefinition,
  options: MetricsOptions,
  collectVisits: boolean,
): MetricsReading {
  const pipeline = indexPipeline(definition);
  const order = funnelOrder(pipeline, options.order);
  const { input, hasStageEntered } = readDealColumns(deals, pipeline, order);
  const directory = new SlotDirectory(deals.length + history.length);
  const walked = walkHistory(history, pipeline, directory, { progressAt: order.progressAt, visits: collectVisits });
  addHistoryFacts(input, walked, directory, hasStageEntered);
  return { input, walked };
}

/**
 * Finds each deal's history by its ID (the first deal with an ID owns it) and fills in how
 * far its history shows it got, when it entered its stage, when a closed deal closed, and
 * when a deal without a Created date entered the pipeline (see ENTERED_FROM).
 */
function addHistoryFacts(input: MetricsInput, walked: WalkedHistory, directory: SlotDirectory, hasStageEntered: Uint8Array): void {
  const { deals, idKeyAt, stageAt, kindAt, historyProgress, createdAt, closedAt, expectedCloseAt, enteredStageAt } = input;
  const { walk } = walked;
  const owned = new Uint8Array(walked.slotCount);
  for (let i = 0; i < deals.length; i++) {
    const length = Math.floor(idKeyAt[i] / ID_LENGTH_UNIT);
    let slot = idKeyAt[i] >= 0 ? directory.findNumber(idKeyAt[i] - length * ID_LENGTH_UNIT, length) : -2;
    if (slot === -2) slot = directory.find(deals[i].id, generatedIdNumber(deals[i].id));
    if (slot >= 0 && owned[slot]) slot = -1;
    else if (slot >= 0) owned[slot] = 1;
    historyProgress[i] = slot < 0 ? -1 : walk.progressOf(slot);
    // A deal typed, pasted or added in the sidebar without a Created date was created when it entered the pipeline.
    if (createdAt[i] !== createdAt[i] && slot >= 0) createdAt[i] = walk.enteredPipelineAt(slot);
    const stay = slot < 0 ? NaN : walk.currentStayStart(slot, stageAt[i]);
    if (!hasStageEntered[i]) enteredStageAt[i] = stay;
    const kind = kindAt[i];
    // A closed deal closed when its history shows it entering its closed stage; when that entry
    // only records the stage setup or an import found, its close date column says it better.
    const found = stay === stay && walk.stayIsSnapshot(slot) && expectedCloseAt[i] === expectedCloseAt[i];
    closedAt[i] = kind !== KIND_WON && kind !== KIND_LOST ? NaN : stay === stay && !found ? stay : expectedCloseAt[i];
  }
}
