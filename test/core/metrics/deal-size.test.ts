import { dealSize } from '../../../src/core/metrics/deal-size';
import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { salesCycle } from '../../../src/core/metrics/sales-cycle';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { sixDealsInput } from './fixture';
import { makeDeal } from './make-deal';

describe('deal size and sales cycle', () => {
  const input = sixDealsInput();

  it('averages the Amount of won deals', () => {
    expect(dealSize(input)).toEqual({ count: 2, total: 8000, mean: 4000, median: 4000 });
  });

  it('leaves out won deals without an Amount, and is empty without won deals', () => {
    const deals = [makeDeal({ id: '1', stage: 'closed-won', amount: 10 }), makeDeal({ id: '2', stage: 'closed-won' }), makeDeal({ id: '3', stage: 'closed-won', amount: 30 }), makeDeal({ id: '4', stage: 'closed-won', amount: 2 })];
    expect(dealSize(prepareMetrics(deals, [], defaultPipeline()))).toEqual({ count: 3, total: 42, mean: 14, median: 10 });
    expect(dealSize(prepareMetrics([], [], defaultPipeline()))).toEqual({ count: 0, total: 0, mean: null, median: null });
  });

  it('measures days from Created to close for won, lost and all closed deals', () => {
    // C: 31 days (Expected close); F: 19 days (history's entry into Closed won); D: 10 days; E has no dates.
    expect(salesCycle(input)).toEqual({ count: 2, total: 50, mean: 25, median: 25 });
    expect(salesCycle(input, 'lost')).toEqual({ count: 1, total: 10, mean: 10, median: 10 });
    expect(salesCycle(input, 'closed')).toEqual({ count: 3, total: 60, mean: 20, median: 19 });
  });
});
