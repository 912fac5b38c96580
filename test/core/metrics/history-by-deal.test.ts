import { currentStayStart, groupHistoryByDeal } from '../../../src/core/metrics/history-by-deal';
import { ENTERED_FROM } from '../../../src/core/metrics/history-walk';
import { indexPipeline } from '../../../src/core/metrics/pipeline-index';
import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { staleDeals } from '../../../src/core/metrics/stale';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, move, utc } from './make-deal';

const pipeline = indexPipeline(defaultPipeline());
const PROPOSAL = pipeline.positionOf.get('proposal') ?? -1;

/** Time (ms) of each slot's latest entry into Proposal, through the grouped columns. */
function stayStarts(dealIds: string[], history: ReturnType<typeof move>[]): number[] {
  const grouped = groupHistoryByDeal(history, pipeline, dealIds);
  return Array.from({ length: grouped.slotCount }, (_, slot) => currentStayStart(grouped, slot, PROPOSAL));
}

describe('grouping the history by deal', () => {
  // The generated-ID fast path must give exactly the slots a map keyed by the text would.
  it('tells generated IDs apart by their whole text, not only their number', () => {
    const ids = ['D-000042', 'D-42', 'd-000042', 'X', 'D-000042', 'D-', 'D-0000000001'];
    const history = [
      move('D-42', null, 'proposal', '2024-01-02'),
      move('D-000042', null, 'proposal', '2024-01-01'),
      move('d-000042', null, 'proposal', '2024-01-03'),
      move('X', null, 'proposal', '2024-01-04'),
      move('D-000099', null, 'proposal', '2024-01-05'),
      move('D-', null, 'proposal', '2024-01-06'),
      move('D-0000000001', null, 'proposal', '2024-01-07'),
      move('D-99', null, 'proposal', '2024-01-08'),
    ];
    const day = (text: string) => utc(text).getTime();
    // Slot 4 repeats slot 0's ID: the first deal owns its history.
    expect(stayStarts(ids, history)).toEqual([
      day('2024-01-01'), day('2024-01-02'), day('2024-01-03'), day('2024-01-04'), NaN, day('2024-01-06'), day('2024-01-07'),
      // IDs only in the history, in order of appearance.
      day('2024-01-05'), day('2024-01-08'),
    ]);
  });

  it('keeps each deal’s entries in time order whatever the log order', () => {
    const history = [move('D-000001', 'proposal', 'negotiation', '2024-01-05'), move('D-000001', null, 'proposal', '2024-01-01')];
    const grouped = groupHistoryByDeal(history, pipeline, ['D-000001']);
    expect(Array.from(grouped.at)).toEqual([utc('2024-01-01').getTime(), utc('2024-01-05').getTime()]);
    // The first entry, from nowhere by an edit, put the deal into the pipeline.
    expect(Array.from(grouped.from)).toEqual([ENTERED_FROM, PROPOSAL]);
  });
});

describe('stale deals tied on days overdue', () => {
  it('order by Deal ID as text, generated IDs of different lengths included', () => {
    const entered = utc('2024-01-01');
    const ids = ['D-100', 'D-0042', 'D-000007', 'D-99', 'Z-1', 'D-100'];
    const deals = ids.map((id, index) => makeDeal({ id, index, stage: 'prospecting', stageEntered: entered }));
    const result = staleDeals(prepareMetrics(deals, [], defaultPipeline()), utc('2024-03-01'));
    expect(result.list().map((row) => [row.deal.id, row.deal.index])).toEqual([
      ['D-000007', 2], ['D-0042', 1], ['D-100', 0], ['D-100', 5], ['D-99', 3], ['Z-1', 4],
    ]);
  });
});
