import type { PipelineDefinition, Stage, StageKind } from '../stages/stage';

export const KIND_OPEN = 0;
export const KIND_WON = 1;
export const KIND_LOST = 2;

const KIND_CODE: Record<StageKind, number> = { open: KIND_OPEN, won: KIND_WON, lost: KIND_LOST };

/** Buckets of stage keys by length and first character (see positionOfKey). */
const BUCKETS = 1024;

/**
 * The definition's stages by position, so hot loops compare small integers instead of
 * looking up stage keys. Position −1 means "no known stage".
 */
export interface PipelineIndex {
  stages: readonly Stage[];
  positionOf: ReadonlyMap<string, number>;
  /** KIND_OPEN, KIND_WON or KIND_LOST per stage position. */
  kindAt: Uint8Array;
  /** Stage position + 1 by key length and first character (0: none, −1: shared), see positionOfKey. */
  bucketPosition: Int32Array;
}

export function indexPipeline(definition: PipelineDefinition): PipelineIndex {
  const positionOf = new Map<string, number>();
  const bucketPosition = new Int32Array(BUCKETS);
  definition.stages.forEach((stage, position) => {
    positionOf.set(stage.key, position);
    const bucket = bucketOf(stage.key);
    bucketPosition[bucket] = bucketPosition[bucket] === 0 ? position + 1 : -1;
  });
  return {
    stages: definition.stages,
    positionOf,
    kindAt: Uint8Array.from(definition.stages, (stage) => KIND_CODE[stage.kind]),
    bucketPosition,
  };
}

/** (An empty key's charCodeAt is NaN, which the mask turns into 0.) */
function bucketOf(key: string): number {
  return (key.length * 131 + key.charCodeAt(0)) & (BUCKETS - 1);
}

/**
 * Position of a stage key, −1 when the key is null or not in the definition. Called once per
 * history row: keys are told apart by length and first character, then confirmed with one
 * comparison (the key is usually the definition's own string), which is several times
 * cheaper than hashing into the map; keys that share a bucket go through the map.
 */
export function positionOfKey(index: PipelineIndex, key: string | null): number {
  if (key === null) return -1;
  const candidate = index.bucketPosition[bucketOf(key)] - 1;
  if (candidate >= 0) return index.stages[candidate].key === key ? candidate : -1;
  return candidate === -1 ? -1 : positionInMap(index, key);
}

function positionInMap(index: PipelineIndex, key: string): number {
  const position = index.positionOf.get(key);
  return position === undefined ? -1 : position;
}
