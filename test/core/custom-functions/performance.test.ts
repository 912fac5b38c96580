import { stageConversionFunction } from '../../../src/core/custom-functions/stage-conversion';
import { weightedPipelineFunction } from '../../../src/core/custom-functions/weighted-pipeline';
import { winRateFunction } from '../../../src/core/custom-functions/win-rate';
import { column, testContext } from './context';

const STAGES = ['Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost'];

describe('custom functions at 100 000 rows', () => {
  it('compute over whole open-ended columns (times logged, not asserted: shared machines are noisy)', () => {
    const n = 100_000;
    const stages = column(...Array.from({ length: n }, (_, i) => STAGES[i % STAGES.length]), ...Array(1000).fill(''));
    const amounts = column(...Array.from({ length: n }, (_, i) => 1000 + (i % 97) * 10), ...Array(1000).fill(''));
    const ctx = testContext();
    const timings: string[] = [];
    const time = <T>(name: string, fn: () => T): T => {
      const start = process.hrtime.bigint();
      const result = fn();
      timings.push(`${name} ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`);
      return result;
    };
    const table = time('STAGE_CONVERSION', () => stageConversionFunction(ctx, stages)) as unknown[][];
    expect(table[1]).toEqual(['Prospecting', n, expect.any(Number), 1]);
    expect(time('WIN_RATE', () => winRateFunction(ctx, stages))).toBeCloseTo(0.5);
    expect(time('WEIGHTED_PIPELINE', () => weightedPipelineFunction(ctx, stages, amounts))).toBeGreaterThan(0);
    console.log(`100 000 rows: ${timings.join(', ')}`);
  });
});
