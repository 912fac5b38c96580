import type { Stage } from '../stages/stage';
import { KIND_LOST, KIND_OPEN, type PipelineIndex } from './pipeline-index';

/**
 * The stages a funnel is measured along. Lost stages are not steps a deal passes (a lost
 * deal stops *before* them), so an order lists open and won stages only.
 */
export interface FunnelOrder {
  stages: readonly Stage[];
  /**
   * Per definition position: the index in the order of the furthest order stage a deal in
   * that stage has passed, −1 for none and for lost stages. A stage left out of a custom
   * order passes the order stages that come before it in the definition.
   */
  progressAt: Int32Array;
  /**
   * How far a lost deal got when neither history nor "Lost at stage" says: the last open
   * stage of the order (the deal was worked through the whole open funnel and then lost).
   */
  unknownLossProgress: number;
}

/** What is wrong with a stage of a custom order: not a stage, a lost stage, or listed twice. */
export type StageOrderProblem = 'unknown' | 'lost' | 'twice';

/** A custom order funnelOrder refuses; `key` is the stage key at fault (see StageOrderProblem). */
export class StageOrderError extends RangeError {
  constructor(
    readonly problem: StageOrderProblem,
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The funnel order: `keys` (stage keys, e.g. from `{"Prospecting","Engaging","Won"}` after
 * matching) or, by default, the definition's open and won stages in their order.
 * Throws a StageOrderError when a key is unknown, repeated or names a lost stage.
 */
export function funnelOrder(pipeline: PipelineIndex, keys?: readonly string[]): FunnelOrder {
  const positions = keys ? keys.map((key) => checkedPosition(pipeline, key, keys)) : defaultPositions(pipeline);
  const rankAt = new Int32Array(pipeline.stages.length).fill(-1);
  positions.forEach((position, rank) => (rankAt[position] = rank));

  const progressAt = new Int32Array(pipeline.stages.length).fill(-1);
  for (let position = 0; position < pipeline.stages.length; position++) {
    if (pipeline.kindAt[position] === KIND_LOST) continue;
    if (rankAt[position] >= 0) {
      progressAt[position] = rankAt[position];
      continue;
    }
    for (let before = 0; before < position; before++) progressAt[position] = Math.max(progressAt[position], rankAt[before]);
  }

  let unknownLossProgress = -1;
  positions.forEach((position, rank) => {
    if (pipeline.kindAt[position] === KIND_OPEN) unknownLossProgress = rank;
  });
  return { stages: positions.map((position) => pipeline.stages[position]), progressAt, unknownLossProgress };
}

function defaultPositions(pipeline: PipelineIndex): number[] {
  const positions: number[] = [];
  pipeline.kindAt.forEach((kind, position) => {
    if (kind !== KIND_LOST) positions.push(position);
  });
  return positions;
}

function checkedPosition(pipeline: PipelineIndex, key: string, keys: readonly string[]): number {
  const position = pipeline.positionOf.get(key);
  if (position === undefined) throw new StageOrderError('unknown', key, `Unknown stage "${key}" in the stage order`);
  if (pipeline.kindAt[position] === KIND_LOST) {
    throw new StageOrderError('lost', key, `Stage "${pipeline.stages[position].labels.en}" is a lost stage: a stage order lists open and won stages only`);
  }
  if (keys.indexOf(key) !== keys.lastIndexOf(key)) {
    throw new StageOrderError('twice', key, `Stage "${pipeline.stages[position].labels.en}" appears twice in the stage order`);
  }
  return position;
}
