import fc from 'fast-check';
import '../../src/core/i18n/all-strings';
import type { FunctionContext } from '../../src/core/custom-functions/context';
import { dealScoreFunction } from '../../src/core/custom-functions/deal-score';
import { pipelineForecastFunction } from '../../src/core/custom-functions/pipeline-forecast';
import { salesCycleFunction, salesVelocityFunction } from '../../src/core/custom-functions/sales-cycle';
import { stageConversionFunction } from '../../src/core/custom-functions/stage-conversion';
import { staleDealsFunction } from '../../src/core/custom-functions/stale-deals';
import { timeInStageFunction } from '../../src/core/custom-functions/time-in-stage';
import { weightedPipelineFunction } from '../../src/core/custom-functions/weighted-pipeline';
import { winRateFunction } from '../../src/core/custom-functions/win-rate';
import { defaultPipeline } from '../../src/core/stages/default-pipeline';
import { loadBuiltAddon } from '../helpers/built';

/**
 * The minifier must not change what a function answers: terser's unsafe_comps once turned
 * `!(closedAt >= start && closedAt <= end)` into `start > closedAt || closedAt > end`, so
 * the built WIN_RATE counted deals without a close date in every period. Each custom
 * function of dist/Code.js is called here on random columns (blanks, unknown stages,
 * missing dates included) and must answer exactly as the TypeScript source does, error
 * messages included.
 */
describe('dist/Code.js custom functions answer as the source does', () => {
  const { runtime } = loadBuiltAddon();
  // The emulator's spreadsheet: en_US, Etc/UTC, no Pipeline Settings sheet.
  const context: FunctionContext = {
    definition: defaultPipeline(),
    language: 'en',
    locale: 'en_US',
    timeZone: 'Etc/UTC',
    monthOf: (date) => date.toISOString().slice(0, 7),
    now: new Date(),
  };
  const answer = (run: () => unknown): string => {
    try {
      return JSON.stringify(run());
    } catch (error) {
      return `error: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const built = (name: string, args: unknown[]) => answer(() => runtime.customFunction(name, args).value);

  const rows = fc.integer({ min: 1, max: 8 });
  const column = <T>(value: fc.Arbitrary<T>) => (n: number) => fc.array(value.map((v) => [v]), { minLength: n, maxLength: n });
  const stage = fc.constantFrom('Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Won', 'Lost', 'Onboarding', '', 'closedwon');
  const date = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 900 }).map((day) => new Date(Date.UTC(2023, 0, 1 + day, day % 24))));
  const amount = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 100_000 }));
  const probability = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 100 }).map((p) => p / 100));
  const id = fc.constantFrom('D1', 'D2', 'D3', '');
  const lostAt = fc.constantFrom('', 'Qualification', 'Proposal');
  const tick = fc.constantFrom<boolean | string>(true, false, '');
  const optionalDate = fc.oneof(fc.constant(''), date);
  const options = { numRuns: 120 };

  it('WIN_RATE, with and without a period', () => {
    fc.assert(
      fc.property(rows.chain((n) => fc.tuple(column(stage)(n), column(date)(n), optionalDate, optionalDate)), (args) => {
        expect(built('WIN_RATE', args)).toBe(answer(() => winRateFunction(context, ...args)));
      }),
      options,
    );
  });

  it('STAGE_CONVERSION, a rate and the table', () => {
    const from = fc.constantFrom('', 'Qualification', 'Proposal');
    const to = fc.constantFrom('', 'Won', 'Negotiation');
    fc.assert(
      fc.property(rows.chain((n) => fc.tuple(column(stage)(n), from, to, column(lostAt)(n))), (args) => {
        expect(built('STAGE_CONVERSION', args)).toBe(answer(() => stageConversionFunction(context, ...args)));
      }),
      options,
    );
  });

  it('WEIGHTED_PIPELINE and PIPELINE_FORECAST', () => {
    fc.assert(
      fc.property(rows.chain((n) => fc.tuple(column(stage)(n), column(amount)(n), column(date)(n), column(probability)(n))), ([stages, amounts, close, p]) => {
        expect(built('WEIGHTED_PIPELINE', [stages, amounts, p])).toBe(answer(() => weightedPipelineFunction(context, stages, amounts, p)));
        expect(built('PIPELINE_FORECAST', [stages, amounts, close, p])).toBe(answer(() => pipelineForecastFunction(context, stages, amounts, close, p)));
      }),
      options,
    );
  });

  it('SALES_CYCLE and SALES_VELOCITY', () => {
    fc.assert(
      fc.property(rows.chain((n) => fc.tuple(column(stage)(n), column(amount)(n), column(date)(n), column(date)(n))), ([stages, amounts, created, closed]) => {
        expect(built('SALES_CYCLE', [created, closed, stages])).toBe(answer(() => salesCycleFunction(context, created, closed, stages)));
        expect(built('SALES_VELOCITY', [stages, amounts, created, closed])).toBe(answer(() => salesVelocityFunction(context, stages, amounts, created, closed)));
      }),
      options,
    );
  });

  it('TIME_IN_STAGE and STALE_DEALS', () => {
    const asOf = new Date(Date.UTC(2025, 6, 1));
    fc.assert(
      fc.property(rows.chain((n) => fc.tuple(column(id)(n), column(stage)(n), column(date)(n), column(optionalDate)(n))), ([ids, stages, times, due]) => {
        expect(built('TIME_IN_STAGE', [ids, stages, times, 'Proposal'])).toBe(answer(() => timeInStageFunction(context, ids, stages, times, 'Proposal')));
        // The table's open visits are aged as of each run's own clock: compared without that column.
        const withoutAge = (text: string) => (text.startsWith('error') ? text : JSON.stringify((JSON.parse(text) as unknown[][]).map((row) => row.slice(0, -1))));
        expect(withoutAge(built('TIME_IN_STAGE', [ids, stages, times]))).toBe(withoutAge(answer(() => timeInStageFunction(context, ids, stages, times))));
        expect(built('STALE_DEALS', [ids, stages, times, due, asOf])).toBe(answer(() => staleDealsFunction(context, ids, stages, times, due, asOf)));
      }),
      options,
    );
  });

  it('DEAL_SCORE', () => {
    fc.assert(
      fc.property(rows.chain((n) => fc.tuple(column(tick)(n), column(tick)(n), column(tick)(n), column(tick)(n))), (args) => {
        expect(built('DEAL_SCORE', args)).toBe(answer(() => dealScoreFunction(context, ...args)));
      }),
      options,
    );
  });
});
