import { groupHistoryByDeal } from '../../../src/core/metrics/history-by-deal';
import { indexPipeline } from '../../../src/core/metrics/pipeline-index';
import { timeInStage } from '../../../src/core/metrics/time-in-stage';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { move, utc } from './make-deal';

const pipeline = indexPipeline(defaultPipeline());

describe('time in stage', () => {
  // H goes back and forth between Proposal and Negotiation, then wins; G is back in Proposal since 01-07.
  const history = [
    move('H', null, 'proposal', '2024-01-01'),
    move('G', null, 'proposal', '2024-01-01'),
    move('H', 'proposal', 'negotiation', '2024-01-03'),
    move('G', 'proposal', 'negotiation', '2024-01-03'),
    move('H', 'negotiation', 'proposal', '2024-01-07'),
    move('G', 'negotiation', 'proposal', '2024-01-07'),
    move('H', 'proposal', 'negotiation', '2024-01-08'),
    move('H', 'negotiation', 'closed-won', '2024-01-18'),
  ];
  const times = (entries = history) =>
    new Map(timeInStage(groupHistoryByDeal(entries, pipeline), pipeline, utc('2024-01-17')).map((row) => [row.stage.key, row]));

  it('reports completed visits, latest and cumulative per deal, and open visits apart', () => {
    const proposal = times().get('proposal');
    expect(proposal?.visits).toEqual({ count: 3, total: 5, mean: 5 / 3, median: 2 });
    expect(proposal?.latest).toEqual({ count: 2, total: 3, mean: 1.5, median: 1.5 });
    expect(proposal?.cumulative).toEqual({ count: 2, total: 5, mean: 2.5, median: 2.5 });
    expect(proposal?.open).toEqual({ count: 1, total: 10, mean: 10, median: 10 });
    const negotiation = times().get('negotiation');
    expect(negotiation?.visits).toEqual({ count: 3, total: 18, mean: 6, median: 4 });
    expect(negotiation?.latest).toEqual({ count: 2, total: 14, mean: 7, median: 7 });
    expect(negotiation?.cumulative).toEqual({ count: 2, total: 18, mean: 9, median: 9 });
    // A won deal is not waiting in Closed won.
    expect(times().get('closed-won')?.open.count).toBe(0);
  });

  it('does not depend on the order of the log, and treats a re-logged stage as one visit', () => {
    expect(times([...history].reverse())).toEqual(times());
    const relogged = [move('K', null, 'proposal', '2024-01-01'), move('K', 'proposal', 'proposal', '2024-01-02'), move('K', 'proposal', 'negotiation', '2024-01-04')];
    expect(times(relogged).get('proposal')?.visits).toEqual({ count: 1, total: 3, mean: 3, median: 3 });
  });

  it('counts fractional days', () => {
    const hours = [move('K', null, 'proposal', '2024-01-01T00:00'), move('K', 'proposal', 'negotiation', '2024-01-01T06:00')];
    expect(times(hours).get('proposal')?.visits.mean).toBe(0.25);
  });

  it('gives empty statistics without history', () => {
    expect(times([]).get('proposal')?.visits).toEqual({ count: 0, total: 0, mean: null, median: null });
  });
});
