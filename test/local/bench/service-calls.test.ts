import { parseBenchArgs } from '../../../src/local/bench/bench-args';
import { EDIT_CALL_BUDGET, EDITS, fitNaive, REFRESH_CALL_BUDGET, serviceCallBench, SIDEBAR_CALL_BUDGET, WORKS, type ServiceCallResult } from '../../../src/local/bench/service-call-bench';
import { formatServiceCallReport } from '../../../src/local/bench/service-call-report';
import { readDist } from '../../helpers/built';

const code = readDist('Code.js');

/** Small sizes: the paste covers every row (200 and 400 rows, one in ten refused, and the deal lost just before). */
let results: ServiceCallResult[];
beforeAll(() => {
  results = serviceCallBench([200, 400, 600], { code });
});

describe('service-call bench', () => {
  it('checks each run did its work: the refused rows of the paste are exactly the closed deals, the others logged once', () => {
    for (const result of results) {
      expect(result.pasteRows).toBe(result.deals);
      // runWork checks the naive run the same way, or throws: the closed deals and the one lost by the typed edit.
      expect(result.ours.paste.refused).toBe(result.deals / 10 + 1);
      expect(result.ours.paste.logged).toBe(result.deals - result.deals / 10 - 1);
    }
  });

  it('our refresh, single edits and paste make the same calls at every size, within the SPEC §8 budgets', () => {
    const [small, ...larger] = results;
    for (const result of larger) {
      for (const work of WORKS.filter((w) => w !== 'paste')) {
        expect([result.deals, work, result.ours[work].byMethod]).toEqual([result.deals, work, small.ours[work].byMethod]);
      }
      // The paste covers more rows at the larger sizes, in the same calls.
      expect(result.ours.paste.byMethod).toEqual(small.ours.paste.byMethod);
    }
    for (const result of results) {
      expect(result.ours.refresh.counted - result.ours.refresh.chartCalls).toBeLessThanOrEqual(REFRESH_CALL_BUDGET);
      // Pipeline Settings and Stage History reached by the names setup registered: no getSheets.
      for (const work of EDITS) expect([work, result.ours[work].byMethod['Spreadsheet.getSheets']]).toEqual([work, undefined]);
      expect(result.ours['edit, accepted'].counted).toBe(5);
      expect(result.ours['edit, refused'].counted).toBe(5);
      // Stage entered and Lost at stage, appended side by side by setup: one write.
      expect(result.ours['edit, lost'].counted).toBe(5);
      // The sheet's own Deal ID column (its first) and the Stage entered setup appended: two writes (see the report's note).
      expect(result.ours['edit, new deal'].counted).toBe(6);
      expect(result.ours['edit, new deal'].byMethod['Range.setValues']).toBe(2);
      for (const work of EDITS) expect([work, result.ours[work].counted <= EDIT_CALL_BUDGET]).toEqual([work, true]);
      // The move names its deal: the user's selection is not read.
      expect(result.ours['sidebar, move'].counted).toBe(SIDEBAR_CALL_BUDGET - 1);
      expect(result.ours['sidebar, add'].counted).toBe(SIDEBAR_CALL_BUDGET);
      // The 1 000 history rows grow the log, and the rows added get the Timestamp format: one call.
      expect(result.ours.paste.counted).toBe(15);
      expect(result.ours.paste.byMethod['Range.setNumberFormat']).toBe(1);
      expect(result.ours.refresh.byMethod['Range.getValue']).toBeUndefined();
      expect(result.ours.paste.byMethod['Sheet.appendRow']).toBeUndefined();
    }
  });

  it('is deterministic: a second run counts the same calls', () => {
    const again = serviceCallBench([200], { code })[0];
    for (const work of WORKS) {
      expect(again.ours[work].byMethod).toEqual(results[0].ours[work].byMethod);
      expect(again.naive[work].byMethod).toEqual(results[0].naive[work].byMethod);
    }
  });

  it('the naive implementation goes cell by cell: its refresh and paste grow with the rows', () => {
    const [a, b] = results;
    expect(b.naive.refresh.counted).toBeGreaterThan(a.naive.refresh.counted * 1.9);
    expect(a.naive.refresh.byMethod['Range.getValue']).toBeGreaterThan(6 * a.deals);
    expect(a.naive.paste.byMethod['Sheet.appendRow']).toBe(a.ours.paste.logged);
    for (const result of results) {
      expect(result.naive.refresh.counted / result.ours.refresh.counted).toBeGreaterThan(50);
      expect(result.naive.paste.counted / result.ours.paste.counted).toBeGreaterThan(50);
      // A new Deal ID and a sidebar action's deal, found by reading the Deal ID column cell by cell.
      expect(result.naive['edit, new deal'].counted).toBeGreaterThan(2 * result.deals);
      expect(result.naive['sidebar, move'].counted / result.ours['sidebar, move'].counted).toBeGreaterThan(100);
      expect(result.naive['sidebar, add'].counted / result.ours['sidebar, add'].counted).toBeGreaterThan(100);
    }
  });

  it('fits the naive counts exactly from two runs (how sizes above --naive-run-up-to are reported)', () => {
    const [a, b, c] = results;
    for (const work of WORKS) {
      const fitted = fitNaive({ deals: a.deals, counts: a.naive[work] }, { deals: b.deals, counts: b.naive[work] }, c.deals);
      expect([work, fitted.counted, fitted.total]).toEqual([work, c.naive[work].counted, c.naive[work].total]);
    }
    const limited = serviceCallBench([200, 400, 600], { code, naiveRunLimit: 400 });
    expect(limited[2].naive.refresh.fittedFrom).toEqual([200, 400]);
    expect(limited[2].naive.refresh.counted).toBe(c.naive.refresh.counted);
    expect(formatServiceCallReport(limited)).toMatch(/† not run at 600 deals/);
  });

  it('prints a table with the verdicts and the naive ÷ ours ratios', () => {
    const report = formatServiceCallReport(results);
    expect(report).toMatch(/^Service calls \(SPEC §8\)/);
    expect(report).toMatch(/single stage edit, accepted +\d+ +\d+ +\d+ +\d+ +[\d.]+× +≤ 6 +PASS/);
    expect(report).toMatch(/single stage edit, lost +5 +\d+ +\d+ +\d+ +[\d.]+× +≤ 6 +PASS/);
    expect(report).toMatch(/single stage edit, new deal \(ID\) +6 .*≤ 6 +PASS/);
    expect(report).not.toMatch(/FAIL/);
    expect(report).toMatch(/sidebar moveDeal \(\+ its state\) +7 +\d+ +[\d,]+ +[\d,]+ +[\d,.]+× +≤ 8 +PASS/);
    expect(report).toMatch(/sidebar addDeal \(\+ its state\) +8 .*≤ 8 +PASS/);
    expect(report).toMatch(/refreshReports \(both tabs\) .* PASS charts apart/);
    expect(report).toMatch(
      /check: the naive counts at 600 fitted from the runs at 200 and 400: refresh exact, accepted edit exact, refused edit exact, lost edit exact, new-deal edit exact, paste exact, sidebar move exact, sidebar add exact/,
    );
  });

  it('takes --only and --naive-run-up-to', () => {
    expect(parseBenchArgs([])).toMatchObject({ sections: ['compute', 'service-calls', 'sidebar', 'import'], naiveRunLimit: 100_000 });
    expect(parseBenchArgs(['--only', 'service-calls', '--naive-run-up-to=10000'])).toMatchObject({ sections: ['service-calls'], naiveRunLimit: 10_000 });
    expect(() => parseBenchArgs(['--only', 'timing'])).toThrow(/not one of compute, service-calls/);
  });
});
