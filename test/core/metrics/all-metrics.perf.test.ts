import { computeAllMetrics } from '../../../src/core/metrics/all-metrics';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { utcMonthOf } from './make-deal';
import { bestOf, HISTORY_PER_DEAL, plainPass, syntheticPipeline } from './perf-helpers';

const DEALS = Number(process.env.METRICS_PERF_DEALS ?? 100_000);

describe(`computeAllMetrics performance (${DEALS} deals, ${DEALS * HISTORY_PER_DEAL} history rows; timing is logged, not asserted)`, () => {
  it('reports the ratio to one plain pass over the same arrays', () => {
    const { deals, history } = syntheticPipeline(DEALS);
    const definition = defaultPipeline();
    const options = { asOf: new Date(Date.UTC(2024, 11, 31)), monthOf: utcMonthOf };
    const floor = bestOf(7, () => plainPass(deals, history));
    const all = bestOf(7, () => computeAllMetrics(deals, history, definition, options));
    console.log(`plain pass ${floor.toFixed(1)} ms, all metrics ${all.toFixed(1)} ms, ratio ${(all / floor).toFixed(2)}×`);
    expect(all).toBeGreaterThan(0);
  });
});
