import { isOmitted, toColumns, toList } from '../../../src/core/custom-functions/arguments';
import { FunctionError } from '../../../src/core/custom-functions/function-error';

describe('custom-function arguments', () => {
  it('reads a column range, a row (array literal) and a single value as lists', () => {
    expect(toList([['a'], ['b']], 'stages', 'en')).toEqual(['a', 'b']);
    expect(toList([['Prospecting', 'Engaging', 'Won']], 'order', 'en')).toEqual(['Prospecting', 'Engaging', 'Won']);
    expect(toList('Won', 'stages', 'en')).toEqual(['Won']);
  });

  it('refuses a block of several rows and columns, saying so', () => {
    expect(() => toList([['a', 'b'], ['c', 'd']], 'stages', 'en')).toThrow(new FunctionError('stages must be one column or one row of cells, not 2 rows × 2 columns.'));
  });

  it('refuses columns of different lengths with both counts, in the spreadsheet language', () => {
    const stages = Array.from({ length: 120 }, () => ['Won']);
    const amounts = Array.from({ length: 118 }, () => [1]);
    expect(() => toColumns([['stages', stages], ['amounts', amounts]], 'en')).toThrow('stages has 120 rows but amounts has 118.');
    expect(() => toColumns([['stages', stages], ['amounts', amounts]], 'fr')).toThrow('stages a 120 lignes mais amounts en a 118.');
  });

  it('drops trailing rows blank in every column (open-ended ranges), keeping blanks in between', () => {
    expect(toColumns([['a', [['Won'], [''], ['Lost'], [''], ['']]], ['b', [[1], [''], [2], [''], ['']]]], 'en')).toEqual([
      ['Won', '', 'Lost'],
      [1, '', 2],
    ]);
  });

  it('knows an omitted optional argument', () => {
    expect(isOmitted(undefined)).toBe(true);
    expect(isOmitted('')).toBe(true);
    expect(isOmitted([[''], ['']])).toBe(true);
    expect(isOmitted('Proposal')).toBe(false);
    expect(isOmitted([['Won']])).toBe(false);
  });
});
