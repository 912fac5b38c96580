import fc from 'fast-check';
import { medianInPlace, summarise } from '../../../src/core/metrics/stats';

describe('stats', () => {
  it('gives mean and median, the mean of the two middle values for an even count', () => {
    expect(summarise([3, 1, 2])).toEqual({ count: 3, total: 6, mean: 2, median: 2 });
    expect(summarise([4, 1, 3, 2])).toEqual({ count: 4, total: 10, mean: 2.5, median: 2.5 });
    expect(summarise([])).toEqual({ count: 0, total: 0, mean: null, median: null });
  });

  it('finds the same median as sorting, on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = sorted.length >> 1;
        const expected = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        expect(medianInPlace(Float64Array.from(values))).toBe(expected);
      }),
    );
  });
});
