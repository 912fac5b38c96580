import { conversionTable, stageConversion } from '../../../src/core/metrics/conversion';
import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { reachedCounts } from '../../../src/core/metrics/reached';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { sixDealsInput } from './fixture';

describe('stage conversion', () => {
  const reached = reachedCounts(sixDealsInput());

  it('divides deals that reached t by deals that reached s', () => {
    expect(stageConversion(reached, 'prospecting', 'qualification')).toEqual({ value: 5 / 6, numerator: 5, denominator: 6, reason: null });
    expect(stageConversion(reached, 'negotiation', 'closed-won').value).toBeCloseTo(2 / 3);
    // Every deal that reached Proposal passed Qualification.
    expect(stageConversion(reached, 'proposal', 'qualification').value).toBe(1);
    expect(() => stageConversion(reached, 'closed-lost', 'proposal')).toThrow('not in the stage order');
  });

  it('tabulates next-step and cumulative conversion, with a reason instead of NaN', () => {
    const table = conversionTable(reached);
    expect(table.map((row) => row.nextStep.value)).toEqual([5 / 6, 4 / 5, 1, 3 / 4, 2 / 3, 0, null]);
    expect(table[6].nextStep.reason).toBe('last-stage');
    expect(table.map((row) => row.cumulative.value)).toEqual([1, 5 / 6, 4 / 6, 4 / 6, 3 / 6, 2 / 6, 0]);
  });

  it('has no value, and says why, when no deal reached the stage', () => {
    const table = conversionTable(reachedCounts(prepareMetrics([], [], defaultPipeline())));
    expect(table[0].cumulative).toEqual({ value: null, numerator: 0, denominator: 0, reason: 'no-deals-reached' });
  });
});
