import type { Deal } from '../deals/deal';
import type { HistoryEntry } from '../history/history-entry';
import type { PipelineDefinition, Stage } from '../stages/stage';
import { foldLabel } from '../text/fold';

export interface LostGroup {
  count: number;
  /** Σ Amount of the group's lost deals (blank amounts add 0). */
  amount: number;
}

export interface LostByStage extends LostGroup {
  /** The open stage the deals were lost at; `null` when neither the sheet nor the history says. */
  stage: Stage | null;
}

export interface LostByReason extends LostGroup {
  /** The reason as first written; `''` for deals without one. */
  reason: string;
}

export interface LostBreakdown {
  /** Deals whose Stage is a lost stage. */
  lost: number;
  /** Every open stage in pipeline order, then the lost deals whose stage is not known (when any). */
  byStage: LostByStage[];
  /** Most frequent reason first; deals without a reason last. */
  byReason: LostByReason[];
}

/**
 * Where and why deals are lost. A lost deal counts at its Lost at stage; when that is blank,
 * at the stage its latest move into a lost stage left in the Stage History. Reasons are
 * grouped as the user reads them: `Price` and `price ` are one reason.
 */
export function lostBreakdown(deals: readonly Deal[], history: readonly HistoryEntry[], definition: PipelineDefinition): LostBreakdown {
  const stageByKey = new Map(definition.stages.map((stage) => [stage.key, stage]));
  const isLost = (key: string | null) => key !== null && stageByKey.get(key)?.kind === 'lost';
  const leftFor = lostFromHistory(history, isLost);

  const byStageKey = new Map<string, LostGroup>();
  const unknownStage: LostGroup = { count: 0, amount: 0 };
  const byReason = new Map<string, LostByReason>();
  let lost = 0;
  for (const deal of deals) {
    if (!isLost(deal.stage)) continue;
    lost++;
    const amount = deal.amount ?? 0;
    const fromHistory = leftFor.get(deal.id);
    const atKey = deal.lostAtStage ?? (fromHistory !== undefined && stageByKey.get(fromHistory)?.kind === 'open' ? fromHistory : null);
    const stageGroup = atKey !== null && stageByKey.get(atKey)?.kind === 'open' ? groupOf(byStageKey, atKey) : unknownStage;
    stageGroup.count++;
    stageGroup.amount += amount;

    const reason = deal.lostReason.trim();
    const folded = foldLabel(reason);
    let reasonGroup = byReason.get(folded);
    if (!reasonGroup) byReason.set(folded, (reasonGroup = { reason: folded === '' ? '' : reason, count: 0, amount: 0 }));
    reasonGroup.count++;
    reasonGroup.amount += amount;
  }

  const stages: LostByStage[] = definition.stages
    .filter((stage) => stage.kind === 'open')
    .map((stage) => ({ stage, ...(byStageKey.get(stage.key) ?? { count: 0, amount: 0 }) }));
  if (unknownStage.count > 0) stages.push({ stage: null, ...unknownStage });

  const reasons = [...byReason.values()].sort(
    (a, b) => Number(a.reason === '') - Number(b.reason === '') || b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0),
  );
  return { lost, byStage: stages, byReason: reasons };
}

function groupOf(groups: Map<string, LostGroup>, key: string): LostGroup {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { count: 0, amount: 0 }));
  return group;
}

/** Per Deal ID, the stage its latest move into a lost stage came from. */
function lostFromHistory(history: readonly HistoryEntry[], isLost: (key: string | null) => boolean): Map<string, string> {
  const latest = new Map<string, { at: number; from: string | null }>();
  for (const entry of history) {
    if (!isLost(entry.to)) continue;
    const at = entry.at.getTime();
    const seen = latest.get(entry.dealId);
    if (!seen || at >= seen.at) latest.set(entry.dealId, { at, from: entry.from });
  }
  const result = new Map<string, string>();
  for (const [id, { from }] of latest) if (from !== null) result.set(id, from);
  return result;
}
