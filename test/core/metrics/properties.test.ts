import fc from 'fast-check';
import type { Deal } from '../../../src/core/deals/deal';
import type { HistoryEntry } from '../../../src/core/history/history-entry';
import { computeAllMetrics, type AllMetrics } from '../../../src/core/metrics/all-metrics';
import { stageConversion } from '../../../src/core/metrics/conversion';
import type { Rate } from '../../../src/core/metrics/rate';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, utcMonthOf } from './make-deal';

const definition = defaultPipeline();
const keys = definition.stages.map((stage) => stage.key);
const ids = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(START + n * DAY));
const stageKey = fc.option(fc.constantFrom(...keys), { nil: null });

const deal = fc.record({
  id: fc.constantFrom(...ids),
  stage: stageKey,
  lostAtStage: stageKey,
  amount: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  created: fc.option(day, { nil: null }),
  expectedClose: fc.option(day, { nil: null }),
  stageEntered: fc.option(day, { nil: null }),
  nextStepDue: fc.option(day, { nil: null }),
  owner: fc.constantFrom('', 'Ann', 'Bob'),
  forecastCategory: fc.option(fc.constantFrom('pipeline' as const, 'best-case' as const, 'commit' as const, 'closed' as const, 'omitted' as const), { nil: null }),
});

const entry: fc.Arbitrary<HistoryEntry> = fc.record({
  at: day,
  dealId: fc.constantFrom(...ids, 'ghost'),
  from: stageKey,
  to: fc.constantFrom(...keys),
  user: fc.constant(''),
  via: fc.constant('edit' as const),
  amount: fc.constant(null),
});

/** A log's rows have distinct times (same-time rows keep log order, which is information, not noise). */
const historyLog = fc.array(entry, { maxLength: 30 }).map((entries) => entries.map((e, i) => ({ ...e, at: new Date(e.at.getTime() + i) })));

/** Distinct deal ids, as a parsed sheet gives them. */
const pipelineData = fc
  .tuple(fc.uniqueArray(deal, { selector: (d) => d.id, maxLength: ids.length }), historyLog)
  .map(([fields, history]) => ({ deals: fields.map((f, index): Deal => makeDeal({ ...f, index })), history }));

const options = { asOf: new Date(START + 200 * DAY), monthOf: utcMonthOf };
const compute = (deals: readonly Deal[], history: readonly HistoryEntry[]) => computeAllMetrics(deals, history, definition, options);

function allRates(metrics: AllMetrics): Rate[] {
  return [
    metrics.winRate,
    ...metrics.winRateByQuarter.map((row) => row.winRate),
    ...metrics.conversion.flatMap((row) => [row.nextStep, row.cumulative]),
    ...metrics.fittedProbabilities.map((row) => row.probability),
  ];
}

/** Figures compared with a tolerance: sums in another order may differ in the last bit. */
function rounded(metrics: AllMetrics): unknown {
  return JSON.parse(JSON.stringify(metrics, (key, value: unknown) => {
    if (typeof value === 'number') return Math.round(value * 1e6) / 1e6;
    // Stale deals carry the deal itself, whose index changes with row order.
    if (key === 'deal' && value && typeof value === 'object') return (value as Deal).id;
    return value;
  }));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('metric properties', () => {
  it('keeps every rate in [0, 1], never NaN', () => {
    fc.assert(
      fc.property(pipelineData, ({ deals, history }) => {
        for (const r of allRates(compute(deals, history))) {
          if (r.value === null) expect(r.reason).not.toBeNull();
          else expect(r.value >= 0 && r.value <= 1).toBe(true);
        }
      }),
    );
  });

  it('does not depend on row order or on trailing blank rows', () => {
    fc.assert(
      fc.property(pipelineData, fc.nat(), fc.integer({ min: 1, max: 3 }), ({ deals, history }, seed, blanks) => {
        const expected = rounded(compute(deals, history));
        const blankRows = Array.from({ length: blanks }, (_, i) => makeDeal({ id: '', index: deals.length + i }));
        expect(rounded(compute(shuffled(deals, seed), shuffled(history, seed + 1)))).toEqual(expected);
        expect(rounded(compute([...deals, ...blankRows], history))).toEqual(expected);
      }),
    );
  });

  it('never converts more than 1 from s to t, and cumulative conversion never rises along the stages', () => {
    fc.assert(
      fc.property(pipelineData, ({ deals, history }) => {
        const metrics = compute(deals, history);
        for (const from of metrics.reached) {
          for (const to of metrics.reached) {
            const value = stageConversion(metrics.reached, from.stage.key, to.stage.key).value;
            if (value !== null) expect(value).toBeLessThanOrEqual(1);
          }
        }
        const cumulative = metrics.conversion.map((row) => row.cumulative.value ?? 0);
        cumulative.forEach((value, i) => i > 0 && expect(value).toBeLessThanOrEqual(cumulative[i - 1]));
      }),
    );
  });

  it('keeps the weighted pipeline within the open total, per month and owner too', () => {
    fc.assert(
      fc.property(pipelineData, ({ deals, history }) => {
        const metrics = compute(deals, history);
        expect(metrics.weightedPipeline.weighted).toBeLessThanOrEqual(metrics.weightedPipeline.openAmount + 1e-9);
        for (const row of [...metrics.forecast.byMonth, ...metrics.forecast.byOwner]) {
          expect(row.weighted).toBeLessThanOrEqual(row.open + 1e-9);
          const { closed, commit, bestCase, pipeline } = row.categories;
          expect(closed <= commit && commit <= bestCase && bestCase <= pipeline).toBe(true);
        }
      }),
    );
  });
});
