import { lostBreakdown } from '../../../src/core/reports/lost-breakdown';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, move } from '../metrics/make-deal';

describe('lostBreakdown', () => {
  const definition = defaultPipeline();

  it('counts each lost deal at its Lost at stage, else where the history says it left from', () => {
    const deals = [
      makeDeal({ id: 'A', stage: 'closed-lost', lostAtStage: 'proposal', amount: 100, lostReason: 'Price' }),
      makeDeal({ id: 'B', stage: 'closed-lost', amount: 200, lostReason: 'price ' }),
      makeDeal({ id: 'C', stage: 'closed-lost', lostReason: 'Competitor' }),
      makeDeal({ id: 'D', stage: 'closed-won', amount: 999 }),
      makeDeal({ id: 'E', stage: 'proposal', amount: 999 }),
    ];
    const history = [
      move('B', null, 'prospecting', '2024-01-01'),
      move('B', 'prospecting', 'closed-lost', '2024-01-02'),
      move('B', 'closed-lost', 'negotiation', '2024-01-03'),
      move('B', 'negotiation', 'closed-lost', '2024-01-04'),
    ];
    const result = lostBreakdown(deals, history, definition);
    expect(result.lost).toBe(3);
    expect(result.byStage.map((row) => [row.stage?.key ?? null, row.count, row.amount])).toEqual([
      ['prospecting', 0, 0],
      ['qualification', 0, 0],
      ['first-contact', 0, 0],
      ['proposal', 1, 100],
      ['negotiation', 1, 200],
      [null, 1, 0],
    ]);
    expect(result.byReason).toEqual([
      { reason: 'Price', count: 2, amount: 300 },
      { reason: 'Competitor', count: 1, amount: 0 },
    ]);
  });

  it('lists deals without a reason last, and no unknown-stage row when every stage is known', () => {
    const deals = [
      makeDeal({ id: 'A', stage: 'closed-lost', lostAtStage: 'qualification' }),
      makeDeal({ id: 'B', stage: 'closed-lost', lostAtStage: 'qualification', lostReason: 'Timing' }),
    ];
    const result = lostBreakdown(deals, [], definition);
    expect(result.byReason.map((row) => row.reason)).toEqual(['Timing', '']);
    expect(result.byStage.some((row) => row.stage === null)).toBe(false);
  });
});
