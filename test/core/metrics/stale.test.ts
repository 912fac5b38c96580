import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { staleDeals } from '../../../src/core/metrics/stale';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, move, utc } from './make-deal';

describe('stale deals', () => {
  it('flags open deals past their stage’s stale days, unless the next step is due after as-of', () => {
    const deals = [
      makeDeal({ id: 'S1', stage: 'prospecting', stageEntered: utc('2024-02-01') }),
      makeDeal({ id: 'S2', stage: 'prospecting', stageEntered: utc('2024-02-20') }),
      makeDeal({ id: 'S3', stage: 'proposal', stageEntered: utc('2024-01-01'), nextStepDue: utc('2024-03-05') }),
      makeDeal({ id: 'S4', stage: 'proposal', nextStepDue: utc('2024-02-01') }),
      makeDeal({ id: 'S5', stage: 'negotiation' }),
      makeDeal({ id: 'S6', stage: 'closed-won', stageEntered: utc('2020-01-01') }),
      makeDeal({ id: 'S7', stage: 'prospecting', stageEntered: utc('2024-02-16') }),
    ];
    const history = [move('S4', null, 'prospecting', '2023-12-01'), move('S4', 'prospecting', 'proposal', '2024-01-15')];
    const result = staleDeals(prepareMetrics(deals, history, defaultPipeline()), utc('2024-03-01'));
    // S4: 46 days in Proposal (limit 21), S1: 29 days in Prospecting (limit 14); S7 is at exactly 14 days.
    expect(result.stale.map((row) => [row.deal.id, row.daysInStage, row.staleDays])).toEqual([['S4', 46, 21], ['S1', 29, 14]]);
    expect(result.withoutEntryDate).toBe(1);
  });

  it('finds nothing in an empty pipeline', () => {
    expect(staleDeals(prepareMetrics([], [], defaultPipeline()), utc('2024-03-01'))).toEqual({ stale: [], withoutEntryDate: 0 });
  });
});
