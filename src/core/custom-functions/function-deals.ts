import { blankDeal } from '../deals/blank-deal';
import type { Deal } from '../deals/deal';

/** Columns a custom function received, already read; each the same length as `stages`. */
export interface DealColumnsRead {
  stages: readonly (string | null)[];
  ids?: readonly string[];
  amounts?: readonly (number | null)[];
  probabilities?: readonly (number | null)[];
  expectedClose?: readonly (Date | null)[];
  created?: readonly (Date | null)[];
  stageEntered?: readonly (Date | null)[];
  nextStepDue?: readonly (Date | null)[];
  lostAt?: readonly (string | null)[];
}

/** One deal per row with a stage; rows with a blank stage are not deals. */
export function dealsFromColumns(columns: DealColumnsRead): Deal[] {
  const deals: Deal[] = [];
  const { stages } = columns;
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i];
    if (stage === null) continue;
    const deal = blankDeal(i, columns.ids ? columns.ids[i] : `#${i + 1}`);
    deal.stage = stage;
    deal.stageText = stage;
    deal.amount = columns.amounts ? columns.amounts[i] : null;
    deal.probability = columns.probabilities ? columns.probabilities[i] : null;
    deal.expectedClose = columns.expectedClose ? columns.expectedClose[i] : null;
    deal.created = columns.created ? columns.created[i] : null;
    deal.stageEntered = columns.stageEntered ? columns.stageEntered[i] : null;
    deal.nextStepDue = columns.nextStepDue ? columns.nextStepDue[i] : null;
    deal.lostAtStage = columns.lostAt ? columns.lostAt[i] : null;
    deals.push(deal);
  }
  return deals;
}
