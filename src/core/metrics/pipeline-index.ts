import type { PipelineDefinition, Stage, StageKind } from '../stages/stage';

export const KIND_OPEN = 0;
export const KIND_WON = 1;
export const KIND_LOST = 2;

const KIND_CODE: Record<StageKind, number> = { open: KIND_OPEN, won: KIND_WON, lost: KIND_LOST };

/**
 * The definition's stages by position, so hot loops compare small integers instead of
 * looking up stage keys. Position −1 means "no known stage".
 */
export interface PipelineIndex {
  stages: readonly Stage[];
  positionOf: ReadonlyMap<string, number>;
  /** KIND_OPEN, KIND_WON or KIND_LOST per stage position. */
  kindAt: Uint8Array;
}

export function indexPipeline(definition: PipelineDefinition): PipelineIndex {
  const positionOf = new Map<string, number>();
  definition.stages.forEach((stage, position) => positionOf.set(stage.key, position));
  return {
    stages: definition.stages,
    positionOf,
    kindAt: Uint8Array.from(definition.stages, (stage) => KIND_CODE[stage.kind]),
  };
}

/** Position of a stage key, −1 when the key is null or not in the definition. */
export function positionOfKey(index: PipelineIndex, key: string | null): number {
  if (key === null) return -1;
  const position = index.positionOf.get(key);
  return position === undefined ? -1 : position;
}
