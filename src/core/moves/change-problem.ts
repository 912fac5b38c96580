import type { MoveProblem, MoveProblemCode } from './move-problem';

/**
 * Why a stage change was refused: every reason `validateMove` gives, plus the ones that
 * belong to a change rather than to a move:
 * - `stage-required`: the Stage cell was cleared on a row that is still a deal;
 * - `busy`: another user's change held the document lock, so this one could not be saved;
 * - `settings`: Pipeline Settings cannot be read, so no change can be judged.
 */
export type ChangeProblemCode = MoveProblemCode | 'stage-required' | 'busy' | 'settings';

export interface ChangeProblem extends Omit<MoveProblem, 'code'> {
  code: ChangeProblemCode;
}
