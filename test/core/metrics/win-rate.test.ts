import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { quarterOf } from '../../../src/core/metrics/period';
import { winRate, winRateByPeriod } from '../../../src/core/metrics/win-rate';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { sixDealsInput } from './fixture';
import { utc, utcMonthOf } from './make-deal';

describe('win rate', () => {
  const input = sixDealsInput();

  it('is won / (won + lost)', () => {
    expect(winRate(input)).toEqual({ value: 0.5, numerator: 2, denominator: 4, reason: null });
  });

  it('restricts to a close-date period, the history’s entry into the closed stage winning over Expected close', () => {
    // F closed 2024-01-20 by history (Expected close says 03-31); C 02-01, D 01-11, E has no date.
    expect(winRate(input, { start: utc('2024-01-15'), end: utc('2024-01-31') })).toMatchObject({ numerator: 1, denominator: 1 });
    expect(winRate(input, { start: utc('2024-01-11'), end: utc('2024-02-01') })).toMatchObject({ numerator: 2, denominator: 3 });
    expect(winRate(input, { start: null, end: utc('2024-01-10') })).toMatchObject({ value: null, reason: 'no-closed-deals' });
  });

  it('groups by period, closed deals without a date last', () => {
    const byMonth = winRateByPeriod(input, utcMonthOf).map((row) => [row.period, row.winRate.numerator, row.winRate.denominator]);
    expect(byMonth).toEqual([['2024-01', 1, 2], ['2024-02', 1, 1], ['', 0, 1]]);
    expect(winRateByPeriod(input, quarterOf(utcMonthOf)).map((row) => row.period)).toEqual(['2024-Q1', '']);
  });

  it('has no value without closed deals', () => {
    expect(winRate(prepareMetrics([], [], defaultPipeline())).reason).toBe('no-closed-deals');
  });
});
