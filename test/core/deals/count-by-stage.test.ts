import fc from 'fast-check';
import { countByStage } from '../../../src/core/deals/count-by-stage';
import { isBlankRow } from '../../../src/core/deals/blank-row';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

const definition = defaultPipeline();
const countOf = (result: ReturnType<typeof countByStage>, key: string) => result.stages.find((s) => s.key === key)?.count;

describe('countByStage', () => {
  it('counts deals per stage through labels and aliases, in pipeline order', () => {
    const rows = [
      ['D1', 'Proposal'], ['D2', 'proposition'], ['D3', 'Won'], ['D4', 'Gagné'], ['D5', 'Lost'], ['D6', 'Banana'], ['D7', ''],
    ];
    const result = countByStage(rows, 1, definition, 'en');
    expect(result.stages.map((s) => s.label)).toEqual(definition.stages.map((s) => s.labels.en));
    expect(countOf(result, 'proposal')).toBe(2);
    expect(countOf(result, 'closed-won')).toBe(2);
    expect(countOf(result, 'closed-lost')).toBe(1);
    expect(countOf(result, 'prospecting')).toBe(0);
    expect(result.unrecognised).toEqual([{ value: 'Banana', count: 1 }]);
    expect(result.blank).toBe(1);
    expect(result.total).toBe(7);
  });

  it('skips blank rows, including unticked checkboxes, and labels in French', () => {
    const rows = [['', '', false], ['D1', 'Negotiation', false], ['', '', ''], ['', '', false]];
    const result = countByStage(rows, 1, definition, 'fr');
    expect(result.total).toBe(1);
    expect(result.stages.find((s) => s.key === 'negotiation')).toEqual({ key: 'negotiation', label: 'Négociation', count: 1 });
  });

  const stageText = fc.constantFrom('Prospecting', 'Won', 'perdu', 'Proposal', 'Banana', '', 'Onboarding');
  const rowsArb = fc.array(fc.tuple(fc.constantFrom('D', ''), stageText).map(([id, stage]) => [id, stage]), { maxLength: 60 });

  it('property: every non-blank row is counted exactly once', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = countByStage(rows, 1, definition, 'en');
        const counted = result.stages.reduce((sum, s) => sum + s.count, 0) + result.blank + result.unrecognised.reduce((sum, u) => sum + u.count, 0);
        expect(counted).toBe(result.total);
        expect(result.total).toBe(rows.filter((row) => !isBlankRow(row)).length);
      }),
    );
  });

  it('property: row order and trailing blank rows do not change the counts', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(20), (rows, blanks) => {
        const shuffled = [...rows].reverse().concat(Array.from({ length: blanks }, () => ['', '']));
        expect(countByStage(shuffled, 1, definition, 'en')).toEqual(countByStage(rows, 1, definition, 'en'));
      }),
    );
  });
});
