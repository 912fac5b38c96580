import { columnForHeader, findHeaderRow, mapColumns } from '../../../src/core/columns/find-columns';

describe('columnForHeader', () => {
  it('knows English, French and CRM export headers', () => {
    expect(columnForHeader('Stage')).toBe('Stage');
    expect(columnForHeader('Étape')).toBe('Stage');
    expect(columnForHeader('deal_stage')).toBe('Stage');
    expect(columnForHeader('StageName')).toBe('Stage');
    expect(columnForHeader('close_value')).toBe('Amount');
    expect(columnForHeader('Clôture prévue')).toBe('Expected close');
    expect(columnForHeader('CloseDate')).toBe('Expected close');
    expect(columnForHeader('Deal owner')).toBe('Owner');
    expect(columnForHeader('Favourite colour')).toBeUndefined();
  });
});

describe('mapColumns', () => {
  it('maps headers in any order with extra columns between, leftmost wins', () => {
    expect(mapColumns(['Notes', 'My column', 'Montant', 'Stage', 'Étape'])).toEqual({ Notes: 0, Amount: 2, Stage: 3 });
  });
});

describe('findHeaderRow', () => {
  it('finds the header below a title row', () => {
    const rows = [['Q3 leads', '', ''], ['', '', ''], ['Deal', 'Stage', 'Amount'], ['Acme', 'Proposal', 100]];
    expect(findHeaderRow(rows)).toBe(2);
  });
  it('returns -1 when no row names a Stage column', () => {
    expect(findHeaderRow([['Deal', 'Amount']])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
  });
});
