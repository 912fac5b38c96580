import { fittedProbabilities } from '../../../src/core/metrics/fitted-probability';
import { forecast } from '../../../src/core/metrics/forecast';
import { dealProgress } from '../../../src/core/metrics/reached';
import { sixDealsInput } from './fixture';
import { utcMonthOf } from './make-deal';

describe('history-fitted probability', () => {
  const input = sixDealsInput();
  const fitted = fittedProbabilities(input);

  it('is won among closed deals that reached the stage, with the sample size', () => {
    // Closed deals' progress: C 5 (won), D 1, E 4, F 5 (won).
    expect(fitted.map((row) => [row.stage.key, row.probability.numerator, row.probability.denominator])).toEqual([
      ['prospecting', 2, 4], ['qualification', 2, 4], ['first-contact', 2, 3], ['proposal', 2, 3],
      ['negotiation', 2, 3], ['closed-won', 2, 2], ['onboarding', 0, 0],
    ]);
    expect(fitted[6].probability).toMatchObject({ value: null, reason: 'no-closed-deals' });
  });

  it('weights open deals in the fitted forecast by the furthest stage they reached', () => {
    // A (Prospecting, 1000 × 1/2) and B (Proposal, 2000 × 2/3).
    const total = forecast(input, utcMonthOf, fitted, dealProgress(input)).total;
    expect(total.fitted).toBeCloseTo(500 + 4000 / 3);
  });
});
