import type { Deal } from '../../core/deals/deal';
import type { HistoryEntry } from '../../core/history/history-entry';

/**
 * The floor of the compute budget: one plain pass that reads every deal field the metrics
 * read and every history row once, and nothing more (no grouping, no lookups). The result
 * folds every value read into one number so the JIT cannot drop any read.
 */
export function plainPass(deals: readonly Deal[], history: readonly HistoryEntry[]): number {
  let sum = 0;
  let text = 0;
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i];
    text += deal.id.length + deal.owner.length;
    if (deal.stage !== null) text += deal.stage.length;
    if (deal.lostAtStage !== null) text += deal.lostAtStage.length;
    if (deal.forecastCategory !== null) text += deal.forecastCategory.length;
    if (deal.amount !== null) sum += deal.amount;
    if (deal.probability !== null) sum += deal.probability;
    if (deal.created) sum += deal.created.getTime();
    if (deal.expectedClose) sum += deal.expectedClose.getTime();
    if (deal.stageEntered) sum += deal.stageEntered.getTime();
    if (deal.nextStepDue) sum += deal.nextStepDue.getTime();
  }
  for (let i = 0; i < history.length; i++) {
    const entry = history[i];
    sum += entry.at.getTime();
    text += entry.dealId.length + entry.to.length;
    if (entry.from !== null) text += entry.from.length;
  }
  return sum + text;
}
