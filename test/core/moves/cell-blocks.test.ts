import { blockValues, cellBlocks, FormDay, writableCell, type CellUpdates } from '../../../src/core/moves/cell-blocks';

const updates = (entries: [number, [number, unknown][]][]): CellUpdates => new Map(entries.map(([column, rows]) => [column, new Map(rows)]));

describe('cellBlocks', () => {
  it('one write per run of side-by-side columns that change, never over a column that does not', () => {
    // Columns 3 and 4 (Stage entered, Lost at stage) side by side; column 0 (Deal ID) apart; column 1 untouched.
    const blocks = cellBlocks(updates([[4, [[7, 'Negotiation']]], [3, [[7, 'now']]], [0, [[7, 'D-000009']]]]));
    expect(blocks).toEqual([
      { column: 0, numColumns: 1, row: 7, numRows: 1, gaps: false },
      { column: 3, numColumns: 2, row: 7, numRows: 1, gaps: false },
    ]);
  });

  it('a block spans the rows of all its columns; cells without an update are gaps, written back as they were', () => {
    const many = updates([[3, [[2, 'a'], [5, 'b']]], [4, [[4, 'c']]]]);
    const [block] = cellBlocks(many);
    expect(block).toEqual({ column: 3, numColumns: 2, row: 2, numRows: 4, gaps: true });
    // Kept cells: their formula, else their value (text that Sheets would read as something else behind an apostrophe).
    const current = (row: number, column: number) => (column === 4 ? 'kept' : row === 4 ? '0042' : 7);
    const formula = (row: number, column: number) => (row === 3 && column === 3 ? '=A3' : '');
    expect(blockValues(block, many, current, formula)).toEqual([
      ['a', 'kept'],
      ['=A3', 'kept'],
      ["'0042", 'c'],
      ['b', 'kept'],
    ]);
  });

  it('no updates, no blocks', () => {
    expect(cellBlocks(new Map())).toEqual([]);
  });
});

describe('writableCell', () => {
  it('keeps text as text, blanks as null, a form’s day as the day typed, other values as they are', () => {
    const day = new FormDay('2024-09-30', new Date('2024-09-29T22:00:00Z'));
    expect(day).toBeInstanceOf(Date);
    expect(day.getTime()).toBe(Date.parse('2024-09-29T22:00:00Z'));
    expect(writableCell(day)).toBe('2024-09-30');
    expect(writableCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(writableCell('Proposal')).toBe('Proposal');
    expect(writableCell('')).toBeNull();
    expect(writableCell(null)).toBeNull();
    expect(writableCell(12)).toBe(12);
    const at = new Date();
    expect(writableCell(at)).toBe(at);
  });
});
