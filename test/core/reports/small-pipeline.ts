import type { Deal } from '../../../src/core/deals/deal';
import type { HistoryEntry } from '../../../src/core/history/history-entry';
import type { Language } from '../../../src/core/i18n/language';
import { computeAllMetrics, type AllMetrics } from '../../../src/core/metrics/all-metrics';
import type { ReportContext } from '../../../src/core/reports/report-context';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, move, utc, utcMonthOf } from '../metrics/make-deal';

/**
 * Six deals whose every figure is worked out by hand (default pipeline, months in UTC):
 * won C (3 000, 31 days, no history) and E (5 000, 19 days, history skipping stages),
 * lost D (500, at Qualification, Price), open A (Prospecting 1 000), B (Proposal 2 000,
 * p = 50 %, Commit), F (Negotiation 4 000, Best case).
 */
export function smallPipeline(): { deals: Deal[]; history: HistoryEntry[] } {
  const deals = [
    makeDeal({ id: 'A', stage: 'prospecting', amount: 1000, owner: 'ann', expectedClose: utc('2024-07-10') }),
    makeDeal({ id: 'B', stage: 'proposal', amount: 2000, probability: 0.5, owner: 'bob', expectedClose: utc('2024-07-20'), forecastCategory: 'commit' }),
    makeDeal({ id: 'C', stage: 'closed-won', amount: 3000, owner: 'ann', created: utc('2024-01-01'), expectedClose: utc('2024-02-01') }),
    makeDeal({
      id: 'D', stage: 'closed-lost', amount: 500, owner: 'bob', lostAtStage: 'qualification', lostReason: 'Price',
      created: utc('2024-01-01'), expectedClose: utc('2024-01-11'),
    }),
    makeDeal({ id: 'E', stage: 'closed-won', amount: 5000, owner: 'ann', created: utc('2024-01-01') }),
    makeDeal({ id: 'F', stage: 'negotiation', amount: 4000, owner: 'ann', expectedClose: utc('2024-08-05'), forecastCategory: 'best-case' }),
  ].map((deal, index) => ({ ...deal, index }));
  const history = [
    move('E', null, 'prospecting', '2024-01-01'),
    move('E', 'prospecting', 'proposal', '2024-01-05'),
    move('E', 'proposal', 'negotiation', '2024-01-10'),
    move('E', 'negotiation', 'closed-won', '2024-01-20'),
  ];
  return { deals, history };
}

export const AS_OF = utc('2024-06-01');

export function smallMetrics(): AllMetrics {
  const { deals, history } = smallPipeline();
  return computeAllMetrics(deals, history, defaultPipeline(), { asOf: AS_OF, monthOf: utcMonthOf });
}

export function smallContext(language: Language): ReportContext {
  return {
    language,
    definition: defaultPipeline(),
    asOf: AS_OF,
    asOfDay: '2024-06-01',
    sheetName: 'Pipeline',
    dealCount: 6,
    historyCount: 4,
    monthStart: (month) => new Date(`${month}-01T00:00:00Z`),
  };
}
