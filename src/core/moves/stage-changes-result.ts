import type { ChangeProblem } from './change-problem';
import type { StageChangePlan } from './plan-stage-changes';

/**
 * What a batch of stage changes did, JSON-safe (no Dates) so a sidebar command can return
 * it through `google.script.run` and answer `{ ok, errors }` from it.
 */
export interface StageChangesResult {
  /** Nothing was refused. */
  ok: boolean;
  /** The document lock was held by another change: nothing was judged or logged. */
  busy: boolean;
  accepted: { row: number; dealId: string; newDealId: boolean; from: string | null; to: string }[];
  rejected: {
    row: number;
    dealId: string;
    /** The refused stage text. */
    text: string;
    /** What the Stage cell was put back to; `null` when nothing had been written (a refused command). */
    revertedTo: string | null;
    problems: Pick<ChangeProblem, 'code' | 'message' | 'field'>[];
  }[];
}

export function stageChangesResult(plan: StageChangePlan, reverted: boolean, busy = false): StageChangesResult {
  return {
    ok: plan.rejected.length === 0,
    busy,
    accepted: plan.accepted.map(({ row, dealId, newDealId, from, to }) => ({ row, dealId, newDealId, from, to })),
    rejected: plan.rejected.map(({ row, dealId, text, revertTo, problems }) => ({
      row,
      dealId,
      text,
      revertedTo: reverted ? revertTo : null,
      problems: problems.map(({ code, message, field }) => (field === undefined ? { code, message } : { code, message, field })),
    })),
  };
}
