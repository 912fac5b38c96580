import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { normaliseProbabilities, weightedPipeline } from '../../../src/core/metrics/weighted-pipeline';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { sixDealsInput } from './fixture';
import { makeDeal } from './make-deal';

describe('weighted pipeline', () => {
  it('sums open Amount × the deal’s Probability, else its stage’s', () => {
    // A: 1000 × 5 % (Prospecting); B: 2000 × 50 % (own); closed deals do not count.
    expect(weightedPipeline(sixDealsInput())).toEqual({ openDeals: 2, openAmount: 3000, weighted: 1050, withoutAmount: 0 });
  });

  it('counts open deals without an Amount apart and is zero when empty', () => {
    const input = prepareMetrics([makeDeal({ id: '1', stage: 'negotiation' })], [], defaultPipeline());
    expect(weightedPipeline(input)).toEqual({ openDeals: 1, openAmount: 0, weighted: 0, withoutAmount: 1 });
    expect(weightedPipeline(prepareMetrics([], [], defaultPipeline())).weighted).toBe(0);
  });
});

describe('normaliseProbabilities', () => {
  it('keeps a 0–1 column, reads a column with values above 1 as percent, and reports impossible values', () => {
    expect(normaliseProbabilities([0.2, null, 1])).toEqual({ values: [0.2, null, 1], percent: false, outOfRange: [] });
    expect(normaliseProbabilities([20, 50, 1])).toEqual({ values: [0.2, 0.5, 0.01], percent: true, outOfRange: [] });
    expect(normaliseProbabilities([150, -5, 40])).toEqual({ values: [null, null, 0.4], percent: true, outOfRange: [0, 1] });
    expect(normaliseProbabilities([])).toEqual({ values: [], percent: false, outOfRange: [] });
  });
});
