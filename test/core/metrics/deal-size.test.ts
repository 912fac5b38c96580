import { dealSize } from '../../../src/core/metrics/deal-size';
import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { salesCycle } from '../../../src/core/metrics/sales-cycle';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { sixDealsInput } from './fixture';
import { makeDeal, move, utc } from './make-deal';

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

  it('closes a deal at its close date when its only entry into the closed stage is setup’s or an import’s record', () => {
    const deals = [
      makeDeal({ id: 'I', stage: 'closed-won', created: utc('2017-01-01'), expectedClose: utc('2017-01-31') }),
      makeDeal({ id: 'S', stage: 'closed-lost', created: utc('2017-01-01'), expectedClose: utc('2017-01-11') }),
      // A real move into Closed won after the snapshot: the move's time counts.
      makeDeal({ id: 'M', stage: 'closed-won', created: utc('2026-11-01'), expectedClose: utc('2026-12-31') }),
      // No close date: the snapshot's time is all there is.
      makeDeal({ id: 'N', stage: 'closed-won', created: utc('2026-11-20') }),
    ];
    const snapshot = (dealId: string, to: string, via: 'import' | 'setup') => ({ at: utc('2026-11-26'), dealId, from: null, to, user: '', via, amount: null });
    const history = [
      snapshot('I', 'closed-won', 'import'),
      snapshot('S', 'closed-lost', 'setup'),
      snapshot('M', 'negotiation', 'import'),
      snapshot('N', 'closed-won', 'setup'),
      move('M', 'negotiation', 'closed-won', '2026-11-30'),
    ];
    const input = prepareMetrics(deals, history, defaultPipeline());
    // I: 30 days, M: 29 days, N: 6 days.
    expect(salesCycle(input)).toEqual({ count: 3, total: 65, mean: 65 / 3, median: 29 });
    expect(salesCycle(input, 'lost')).toEqual({ count: 1, total: 10, mean: 10, median: 10 });
    // The same history walked deal by deal (log not in time order) gives the same answer.
    const shuffled = prepareMetrics(deals, [history[4], ...history.slice(0, 4)], defaultPipeline());
    expect(salesCycle(shuffled)).toEqual(salesCycle(input));
  });

  it('takes a deal without Created as created when an edit, a paste or the sidebar put it into the pipeline, never at a snapshot', () => {
    const deals = [
      makeDeal({ id: 'T', stage: 'closed-won' }), // typed into the sheet on 1 March, won on 21 March: 20 days
      makeDeal({ id: 'P', stage: 'closed-won' }), // pasted, but its first entry comes from a stage: created earlier, not known
      makeDeal({ id: 'S', stage: 'closed-won', expectedClose: utc('2024-03-11') }), // found by setup on 1 March: not known
      makeDeal({ id: 'C', stage: 'closed-won', created: utc('2024-02-20') }), // its own Created wins: 30 days
    ];
    const history = [
      move('T', null, 'prospecting', '2024-03-01'),
      move('P', 'qualification', 'proposal', '2024-03-01'),
      { ...move('S', null, 'proposal', '2024-03-01'), via: 'setup' as const },
      { ...move('C', null, 'prospecting', '2024-03-05'), via: 'sidebar' as const },
      move('T', 'prospecting', 'closed-won', '2024-03-21'),
      move('P', 'proposal', 'closed-won', '2024-03-21'),
      move('S', 'proposal', 'closed-won', '2024-03-21'),
      move('C', 'prospecting', 'closed-won', '2024-03-21'),
    ];
    const expected = { count: 2, total: 50, mean: 25, median: 25 };
    expect(salesCycle(prepareMetrics(deals, history, defaultPipeline()))).toEqual(expected);
    // Grouped deal by deal (log out of time order): the same.
    expect(salesCycle(prepareMetrics(deals, [...history].reverse(), defaultPipeline()))).toEqual(expected);
  });
});
