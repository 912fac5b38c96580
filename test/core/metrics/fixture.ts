import type { Deal } from '../../../src/core/deals/deal';
import type { HistoryEntry } from '../../../src/core/history/history-entry';
import { prepareMetrics, type MetricsInput } from '../../../src/core/metrics/metrics-input';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, move, utc } from './make-deal';

/**
 * Six deals on the default pipeline (order P, Q, FC, Prop, Neg, Won, Onb), progress by hand:
 * A 0 (Prospecting), B 3 (Proposal), C 5 (won, no history), D 1 (lost at Qualification),
 * E 4 (lost, Lost at stage blank → last open stage, Negotiation), F 5 (history skips to
 * Proposal, goes back to Qualification, then wins).
 */
export function sixDeals(): { deals: Deal[]; history: HistoryEntry[] } {
  const deals = [
    makeDeal({ id: 'A', stage: 'prospecting', amount: 1000 }),
    makeDeal({ id: 'B', stage: 'proposal', amount: 2000, probability: 0.5 }),
    makeDeal({ id: 'C', stage: 'closed-won', amount: 3000, created: utc('2024-01-01'), expectedClose: utc('2024-02-01') }),
    makeDeal({ id: 'D', stage: 'closed-lost', lostAtStage: 'qualification', created: utc('2024-01-01'), expectedClose: utc('2024-01-11') }),
    makeDeal({ id: 'E', stage: 'closed-lost' }),
    makeDeal({ id: 'F', stage: 'closed-won', amount: 5000, created: utc('2024-01-01'), expectedClose: utc('2024-03-31') }),
  ].map((deal, index) => ({ ...deal, index }));
  const history = [
    move('F', null, 'prospecting', '2024-01-01'),
    move('F', 'prospecting', 'proposal', '2024-01-05'),
    move('F', 'proposal', 'qualification', '2024-01-10'),
    move('F', 'qualification', 'closed-won', '2024-01-20'),
  ];
  return { deals, history };
}

export function sixDealsInput(): MetricsInput {
  const { deals, history } = sixDeals();
  return prepareMetrics(deals, history, defaultPipeline());
}
