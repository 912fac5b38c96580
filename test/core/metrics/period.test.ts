import fc from 'fast-check';
import { cachedPeriodOf, NO_PERIOD, type MonthOf } from '../../../src/core/metrics/period';

/** Calendar month in a zone 5 h 30 min ahead of UTC (its months start during a UTC day). */
const monthAhead: MonthOf = (date) => {
  const local = new Date(date.getTime() + 5.5 * 3_600_000);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
};

describe('cachedPeriodOf', () => {
  it('answers like the period function, also on a day that straddles a month boundary', () => {
    const cached = cachedPeriodOf(monthAhead);
    const start = Date.UTC(2024, 0, 30);
    // Every 7 minutes over three days around the local start of February, in a shuffled order.
    const times = Array.from({ length: (3 * 24 * 60) / 7 }, (_, k) => start + k * 7 * 60_000);
    const shuffled = times.map((time, k) => times[(k * 37) % times.length]);
    for (const time of shuffled) expect(cached(time)).toBe(monthAhead(new Date(time)));
    expect(cached(Date.UTC(2024, 0, 31, 18, 29, 59, 999))).toBe('2024-01');
    expect(cached(Date.UTC(2024, 0, 31, 18, 30))).toBe('2024-02');
  });

  it('gives NO_PERIOD for a missing date', () => {
    expect(cachedPeriodOf(monthAhead)(NaN)).toBe(NO_PERIOD);
  });

  it('answers like the period function for dates spread over centuries, in any order (days far apart are kept apart)', () => {
    const day = 86_400_000;
    const time = fc.integer({ min: Date.UTC(1700, 0, 1) / day, max: Date.UTC(2600, 0, 1) / day }).chain((d) => fc.integer({ min: d * day, max: d * day + day - 1 }));
    fc.assert(
      fc.property(fc.array(time, { minLength: 1, maxLength: 60 }), (times) => {
        const cached = cachedPeriodOf(monthAhead);
        // Each twice: the second answer comes from what the first one remembered.
        for (const t of [...times, ...times]) expect(cached(t)).toBe(monthAhead(new Date(t)));
      }),
    );
  });
});
