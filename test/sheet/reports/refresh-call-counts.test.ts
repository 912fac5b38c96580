import { loadBuiltAddon } from '../../helpers/built';
import { serviceCalls } from '../../../src/local/bench/service-calls';
import { syntheticSheets, writeWorkbook } from './workbooks';

/** Chart building: the builder's calls, `newChart` and `insertChart`, reported beside the budget. */
const isChartCall = (method: string) => method.startsWith('EmbeddedChartBuilder.') || method === 'Sheet.newChart' || method === 'Sheet.insertChart';

/**
 * One refresh on a workbook as setup leaves it (Pipeline, Pipeline Settings, Stage History)
 * whose report tabs already exist: the most expensive case, each is replaced and deleted.
 * Counted as src/local/bench/service-calls.ts counts (SPEC §8), charts apart.
 */
function refreshCalls(deals: number) {
  const { emulator, runtime } = loadBuiltAddon();
  writeWorkbook(emulator, syntheticSheets(deals));
  runtime.run('refreshReports');
  emulator.calls.reset();
  const result = runtime.run('refreshReports').value as { deals: number };
  const count = serviceCalls(emulator.calls);
  const charts = Object.entries(count.countedByMethod).filter(([method]) => isChartCall(method));
  const chartCalls = charts.reduce((sum, [, n]) => sum + n, 0);
  return { result, count, byMethod: emulator.calls.byMethod(), budget: count.counted - chartCalls, chartCalls };
}

describe('refreshReports service calls', () => {
  it('makes the same calls for 1 000 and 10 000 deals, within 25 Spreadsheet calls (inserting the charts included)', () => {
    const small = refreshCalls(1_000);
    const large = refreshCalls(10_000);
    expect(small.result.deals).toBe(1_000);
    expect(large.result.deals).toBe(10_000);
    // Every call, every service, Utilities included: nothing depends on the number of deals.
    expect(large.byMethod).toEqual(small.byMethod);

    console.log(
      `refreshReports, 10 000 deals: ${large.budget} Spreadsheet calls + ${large.chartCalls} for the two charts ` +
        `(${large.count.spreadsheetTotal} with free getters, getRange and flush); other services ${JSON.stringify(large.count.otherServices)}`,
    );
    // Chart builders assemble a description in the script; inserting each chart is counted.
    expect(large.count.counted).toBeLessThanOrEqual(25);
    expect(large.chartCalls).toBe(2);
    // Months go through Utilities.formatDate a few times per month boundary, not once per date.
    expect(large.count.otherServices['Utilities.formatDate']).toBeLessThan(100);
    for (const perRow of ['Range.getValue', 'Range.setValue', 'Sheet.appendRow', 'Range.setNumberFormat', 'Range.setFontWeight']) {
      expect(large.byMethod[perRow]).toBeUndefined();
    }
    expect(large.byMethod).toMatchObject({ 'Range.getValues': 3, 'Range.setValues': 2, 'Range.setNumberFormats': 2, 'Range.setFontWeights': 2 });
  });
});
