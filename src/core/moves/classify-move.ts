import type { PipelineDefinition, Stage } from '../stages/stage';

/**
 * What kind of step a stage change is. Open stages and then won stages form one line in
 * pipeline order (Prospecting … Negotiation, Closed won, Onboarding); lost stages sit off
 * the line, since a deal can be lost from anywhere.
 * - `same`: not a move.
 * - `enter`: the deal had no stage.
 * - `forward` / `backward`: along the line; `skipped` lists the line stages jumped over.
 * - `lose`: from an open stage to a lost stage.
 * - `reopen`: a closed deal (won or lost) to a stage of another kind: an open stage, or
 *   the other outcome. Between stages of the same closed kind (Closed won → Onboarding)
 *   is not a reopen, it is a step along the line (or between lost stages, `between-lost`).
 */
export type MoveKind = 'same' | 'enter' | 'forward' | 'backward' | 'lose' | 'reopen' | 'between-lost';

export interface MoveShape {
  kind: MoveKind;
  /** Stages jumped over by a forward move, in pipeline order; empty otherwise. */
  skipped: Stage[];
}

const onLine = (stage: Stage) => stage.kind !== 'lost';

export function classifyMove(definition: PipelineDefinition, from: Stage | null, to: Stage): MoveShape {
  if (from === null) return { kind: 'enter', skipped: [] };
  if (from.key === to.key) return { kind: 'same', skipped: [] };
  if (from.kind !== 'open' && from.kind !== to.kind) return { kind: 'reopen', skipped: [] };
  if (to.kind === 'lost') return { kind: from.kind === 'lost' ? 'between-lost' : 'lose', skipped: [] };
  const line = definition.stages.filter(onLine);
  const fromIndex = line.findIndex((s) => s.key === from.key);
  const toIndex = line.findIndex((s) => s.key === to.key);
  if (toIndex < fromIndex) return { kind: 'backward', skipped: [] };
  return { kind: 'forward', skipped: line.slice(fromIndex + 1, toIndex) };
}
