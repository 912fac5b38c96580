import { forecast } from '../../../src/core/metrics/forecast';
import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, utc, utcMonthOf } from './make-deal';

describe('forecast', () => {
  const deals = [
    makeDeal({ id: 'F1', stage: 'proposal', amount: 1000, expectedClose: utc('2024-03-10'), owner: 'Ann' }),
    makeDeal({ id: 'F2', stage: 'negotiation', amount: 2000, expectedClose: utc('2024-03-20'), owner: 'Bob', forecastCategory: 'commit' }),
    makeDeal({ id: 'F3', stage: 'qualification', amount: 500, probability: 0.5, expectedClose: utc('2024-04-02'), owner: 'Ann', forecastCategory: 'best-case' }),
    makeDeal({ id: 'F4', stage: 'closed-won', amount: 4000, expectedClose: utc('2024-03-15'), owner: 'Ann', forecastCategory: 'pipeline' }),
    makeDeal({ id: 'F5', stage: 'closed-lost', amount: 9999, expectedClose: utc('2024-03-15'), owner: 'Bob' }),
    makeDeal({ id: 'F6', stage: 'prospecting', amount: 100 }),
    makeDeal({ id: 'F7', stage: 'prospecting', amount: 700, expectedClose: utc('2024-03-01'), forecastCategory: 'omitted' }),
  ];
  const result = forecast(prepareMetrics(deals, [], defaultPipeline()), utcMonthOf);
  const row = (key: string, openDeals: number, open: number, weighted: number, closed: number, commit: number, bestCase: number, pipeline: number) => ({
    key, openDeals, open, weighted, fitted: 0, categories: { closed, commit, bestCase, pipeline },
  });

  it('groups open deals by expected-close month, won deals in Closed by close month, with cumulative categories', () => {
    expect(result.byMonth).toEqual([
      row('2024-03', 2, 3000, 1800, 4000, 6000, 6000, 7000),
      row('2024-04', 1, 500, 250, 0, 0, 500, 500),
      row('', 1, 100, 5, 0, 0, 0, 100),
    ]);
  });

  it('groups by owner, largest open pipeline first, and totals', () => {
    expect(result.byOwner).toEqual([
      row('Bob', 1, 2000, 1400, 0, 2000, 2000, 2000),
      row('Ann', 2, 1500, 650, 4000, 4000, 4500, 5500),
      row('', 1, 100, 5, 0, 0, 0, 100),
    ]);
    expect(result.total).toEqual(row('', 4, 3600, 2055, 4000, 6000, 6500, 7600));
  });

  it('is empty for no deals', () => {
    const empty = forecast(prepareMetrics([], [], defaultPipeline()), utcMonthOf);
    expect(empty.byMonth).toEqual([]);
    expect(empty.total.open).toBe(0);
  });
});
