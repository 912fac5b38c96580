import { setup } from './helpers';

describe('ranges: addressing', () => {
  it('parses A1 forms and prints them back', () => {
    const { sheet, ss } = setup();
    expect(sheet.getRange('A1').getA1Notation()).toBe('A1');
    expect(sheet.getRange('c10:a1').getA1Notation()).toBe('A1:C10');
    expect(sheet.getRange('B2:B').getA1Notation()).toBe('B2:B1000');
    const col = sheet.getRange('A:A');
    expect([col.getA1Notation(), col.getNumRows(), col.getNumColumns()]).toEqual(['A:A', 1000, 1]);
    const row = sheet.getRange('2:2');
    expect([row.getA1Notation(), row.getRow(), row.getNumColumns()]).toEqual(['2:2', 2, 26]);
    ss.insertSheet('My data');
    const quoted = ss.getRange("'My data'!A1:B2");
    expect([quoted.getSheet().getName(), quoted.getA1Notation()]).toEqual(['My data', 'A1:B2']);
    expect(sheet.getRange('$B$3').getA1Notation()).toBe('B3');
  });

  it('rejects bad references with Apps Script errors', () => {
    const { sheet, ss } = setup();
    expect(() => sheet.getRange('A0')).toThrow('Range not found');
    expect(() => sheet.getRange('hello world')).toThrow('Range not found');
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('Range not found');
  });

  it('names a sheet in a spreadsheet-level reference as Apps Script does: quoted or not, and Range not found when it is gone or too narrow', () => {
    const { ss } = setup();
    const own = ss.insertSheet("Bob's deals");
    expect(ss.getRange("'Bob''s deals'!A1").getSheet().getSheetId()).toBe(own.getSheetId());
    const whole = ss.getRange("'Bob''s deals'!A:Z");
    expect([whole.getA1Notation(), whole.getNumRows(), whole.getNumColumns()]).toEqual(['A:Z', 1000, 26]);
    // A quoted name that needs no quotes is still that sheet.
    expect(ss.getRange("'Sheet1'!B2").getSheet().getName()).toBe('Sheet1');
    // Deleted or renamed: the old name is not found, at getRange already (before any read).
    own.setName('Deals');
    expect(() => ss.getRange("'Bob''s deals'!A1")).toThrow('Range not found');
    ss.deleteSheet(own);
    expect(() => ss.getRange("'Deals'!A:Z")).toThrow('Range not found');
    // Whole columns past a narrower sheet's last column are not found either.
    const narrow = ss.insertSheet('Narrow');
    narrow.deleteColumns(9, 18);
    expect(narrow.getMaxColumns()).toBe(8);
    expect(() => ss.getRange("'Narrow'!A:Z")).toThrow('Range not found');
    expect(() => narrow.getRange('A:Z')).toThrow('Range not found');
    expect(ss.getRange("'Narrow'!A:H").getNumColumns()).toBe(8);
  });

  it('reports position and size, offsets and cells within', () => {
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
    expect(r.offset(1, -1).getA1Notation()).toBe('B3:F6');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('C2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('D3');
    expect(r.getSheet().getName()).toBe('Sheet1');
  });

  it('finds the data range and last row/column with content, and follows writes', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('B3').setValue('x');
    sheet.getRange('D2').setFormula('=1+1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 4]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    sheet.getRange('B3').clearContent();
    expect(sheet.getLastRow()).toBe(2);
  });

  it('activates ranges and sheets', () => {
    const { g, sheet, ss } = setup();
    sheet.getRange('C4:D5').activate();
    expect(ss.getActiveRange()?.getA1Notation()).toBe('C4:D5');
    expect(ss.getActiveCell().getA1Notation()).toBe('C4');
    expect(g.SpreadsheetApp.getCurrentCell().getA1Notation()).toBe('C4');
  });

  it('isBlank sees values and formulas', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    expect(r.isBlank()).toBe(true);
    sheet.getRange('B2').setFormula('=""');
    expect(r.isBlank()).toBe(false);
  });
});

describe('ranges: sort', () => {
  it('sorts by column specs, keeping notes, formats and formulas with their rows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B4').setValues([['b', 2], ['a', 1], ['', 9], ['c', 3]]);
    sheet.getRange('A1').setNote('note b');
    sheet.getRange('B2').setBackground('#ff0000');
    sheet.getRange('C4').setFormula('=1+2');
    sheet.getRange('A1:C4').sort({ column: 1, ascending: true });
    expect(sheet.getRange('A1:B4').getValues()).toEqual([['a', 1], ['b', 2], ['c', 3], ['', 9]]);
    expect(sheet.getRange('A2').getNote()).toBe('note b');
    expect(sheet.getRange('B1').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('C3').getFormula()).toBe('=1+2');
    sheet.getRange('A1:B4').sort([{ column: 2, ascending: false }]);
    expect(sheet.getRange('B1:B4').getValues().flat()).toEqual([9, 3, 2, 1]);
  });

  it('orders numbers before text before booleans, blanks last even descending', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A5').setValues([[true], ['x'], [''], [5], ['B']]);
    sheet.getRange('A1:A5').sort(1);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([5, 'B', 'x', true, '']);
    sheet.getRange('A1:A5').sort({ column: 1, ascending: false });
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([true, 'x', 'B', 5, '']);
  });

  it('rejects a sort column outside the range', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('B1:C3').sort(1)).toThrow(/outside the range/);
  });
});
