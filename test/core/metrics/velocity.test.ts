import { rate } from '../../../src/core/metrics/rate';
import { summarise } from '../../../src/core/metrics/stats';
import { salesVelocity } from '../../../src/core/metrics/velocity';

describe('sales velocity', () => {
  it('is open deals × win rate × average deal size / sales cycle days', () => {
    expect(salesVelocity(10, rate(1, 2, 'no-closed-deals'), summarise([500, 1500]), summarise([40, 60]))).toEqual({ value: 100, reason: null });
    expect(salesVelocity(0, rate(1, 2, 'no-closed-deals'), summarise([500]), summarise([40])).value).toBe(0);
  });

  it('says which part is missing instead of dividing by zero', () => {
    const some = summarise([10]);
    expect(salesVelocity(3, rate(0, 0, 'no-closed-deals'), some, some)).toEqual({ value: null, reason: 'no-closed-deals' });
    expect(salesVelocity(3, rate(1, 1, 'no-closed-deals'), summarise([]), some).reason).toBe('no-won-deals');
    expect(salesVelocity(3, rate(1, 1, 'no-closed-deals'), some, summarise([])).reason).toBe('no-sales-cycle');
    // Won the day they were created: the cycle is there, but 0 days; nothing to divide by.
    expect(salesVelocity(3, rate(1, 1, 'no-closed-deals'), some, summarise([0])).reason).toBe('zero-sales-cycle');
    expect(salesVelocity(3, rate(1, 1, 'no-closed-deals'), some, summarise([-2, 1])).reason).toBe('zero-sales-cycle');
  });
});
