import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { dealProgress, reachedCounts } from '../../../src/core/metrics/reached';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { sixDealsInput } from './fixture';
import { makeDeal, move } from './make-deal';

const countsOf = (input: ReturnType<typeof sixDealsInput>) => reachedCounts(input).map((row) => [row.stage.key, row.reached]);

describe('reached', () => {
  it('uses history when a deal has any, else the current stage, else Lost at stage, else the last open stage', () => {
    const input = sixDealsInput();
    expect(Array.from(dealProgress(input))).toEqual([0, 3, 5, 1, 4, 5]);
    expect(countsOf(input)).toEqual([
      ['prospecting', 6], ['qualification', 5], ['first-contact', 4], ['proposal', 4],
      ['negotiation', 3], ['closed-won', 2], ['onboarding', 0],
    ]);
  });

  it('counts a lost deal whose history shows no open stage by its Lost at stage, or as lost at the last open stage', () => {
    const definition = defaultPipeline();
    const deals = [
      makeDeal({ id: 'L1', stage: 'closed-lost', lostAtStage: 'first-contact' }),
      makeDeal({ id: 'L2', stage: 'closed-lost' }),
      makeDeal({ id: 'L3', stage: 'closed-lost' }),
    ];
    const history = [move('L1', null, 'closed-lost', '2024-01-01'), move('L2', null, 'closed-lost', '2024-01-01'), move('L3', null, 'qualification', '2024-01-01'), move('L3', 'qualification', 'closed-lost', '2024-01-02')];
    expect(Array.from(dealProgress(prepareMetrics(deals, history, definition)))).toEqual([2, 4, 1]);
  });

  it('reads a Lost at stage that names a won or lost stage as not known: the deal is not counted as won', () => {
    const deals = [makeDeal({ id: 'W', stage: 'closed-lost', lostAtStage: 'closed-won' }), makeDeal({ id: 'O', stage: 'closed-lost', lostAtStage: 'onboarding' })];
    const input = prepareMetrics(deals, [], defaultPipeline());
    // As a lost deal without Lost at stage: lost at the last open stage (Negotiation, rank 4).
    expect(Array.from(dealProgress(input))).toEqual([4, 4]);
    expect(countsOf(input).find(([key]) => key === 'closed-won')).toEqual(['closed-won', 0]);
  });

  it('takes a custom order; a stage left out passes the order stages before it in the definition', () => {
    const deals = [
      makeDeal({ id: '1', stage: 'qualification' }),
      makeDeal({ id: '2', stage: 'proposal' }),
      makeDeal({ id: '3', stage: 'onboarding' }),
      makeDeal({ id: '4', stage: 'closed-lost' }),
      makeDeal({ id: '5', stage: null }),
    ];
    const input = prepareMetrics(deals, [], defaultPipeline(), { order: ['prospecting', 'first-contact', 'closed-won'] });
    expect(Array.from(dealProgress(input))).toEqual([0, 1, 2, 1, -1]);
    expect(reachedCounts(input).map((row) => row.reached)).toEqual([4, 3, 1]);
  });

  it('counts the first entry’s from stage and ignores history of unknown deals', () => {
    const deals = [makeDeal({ id: 'X', stage: 'negotiation' })];
    const history = [move('X', 'first-contact', 'negotiation', '2024-01-01'), move('ghost', null, 'closed-won', '2024-01-01')];
    const input = prepareMetrics(deals, history, defaultPipeline(), { order: ['prospecting', 'first-contact', 'negotiation', 'closed-won'] });
    expect(reachedCounts(input).map((row) => row.reached)).toEqual([1, 1, 1, 0]);
  });

  it('gives zero counts for no deals', () => {
    const input = prepareMetrics([], [], defaultPipeline());
    expect(reachedCounts(input).every((row) => row.reached === 0)).toBe(true);
  });
});
