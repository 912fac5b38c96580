import { setup } from './helpers';

describe('values: reading and writing', () => {
  it('returns copies: mutating results or Dates changes nothing', () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2024, 0, 2));
    sheet.getRange('A1:B1').setValues([[1, when]]);
    when.setUTCFullYear(1999);
    const values = sheet.getRange('A1:B1').getValues();
    values[0][0] = 42;
    (values[0][1] as Date).setUTCFullYear(2000);
    const again = sheet.getRange('A1:B1').getValues();
    expect(again[0][0]).toBe(1);
    expect((again[0][1] as Date).toISOString()).toBe('2024-01-02T00:00:00.000Z');
    (sheet.getRange('B1').getValue() as Date).setUTCFullYear(2001);
    expect((sheet.getRange('B1').getValue() as Date).getUTCFullYear()).toBe(2024);
  });

  it('stores empty strings for null/undefined, String(x) for objects, and sets a date format for Dates', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[null, undefined, { toString: () => 'obj' }, new Date(0)]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '', 'obj']]);
    expect(sheet.getRange('D1').getValue()).toBeInstanceOf(Date);
    expect(sheet.getRange('D1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    sheet.getRange('E1').setNumberFormat('yyyy-MM-dd').setValue(new Date(0));
    expect(sheet.getRange('E1').getNumberFormat()).toBe('yyyy-MM-dd');
    expect(sheet.getRange('F1').getValue()).toBe('');
  });

  it('setValue fills every cell of the range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  it('parses text like typed input unless it starts with an apostrophe or the cell is plain text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['42', "'007", 'TRUE', 'hello']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[42, '007', true, 'hello']]);
    sheet.getRange('E1').setNumberFormat('@').setValue('007');
    expect(sheet.getRange('E1').getValue()).toBe('007');
    sheet.getRange('F1').setValue("'=1+1");
    expect([sheet.getRange('F1').getValue(), sheet.getRange('F1').getFormula()]).toEqual(['=1+1', '']);
  });

  it('rejects data of the wrong shape with Apps Script messages', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:C3');
    expect(() => r.setValues([[1, 2, 3], [1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues([[1, 2], [1, 2], [1, 2]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues([1, 2, 3] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('keeps notes, and clears what each clear method says', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(5).setNote('n').setBackground('#00ff00');
    r.clearContent();
    expect([r.getValue(), r.getNote(), r.getBackground()]).toEqual(['', 'n', '#00ff00']);
    r.setValue(5).clearFormat();
    expect([r.getValue(), r.getBackground()]).toEqual([5, '#ffffff']);
    r.setBackground('#00ff00').clear();
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['', '#ffffff', 'n']);
    r.clearNote();
    expect(r.getNote()).toBe('');
    sheet.getRange('A1:B1').setNotes([['x', null]]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['x', '']]);
  });

  it('sets and reads formats per cell', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    r.setNumberFormat('0.00').setFontWeight('bold').setFontColor('#123456').setHorizontalAlignment('center').setWrap(true);
    sheet.getRange('B2').setBackgrounds([['#abcdef']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '0.00'], ['0.00', '0.00']]);
    expect(r.getFontWeights()[1][1]).toBe('bold');
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff'], ['#ffffff', '#abcdef']]);
    expect([r.getFontColor(), r.getHorizontalAlignment(), r.getWrap()]).toEqual(['#123456', 'center', true]);
    sheet.getRange('A1').setFontWeight(null);
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('General');
  });
});

describe('values: display values', () => {
  it('formats values with the number format and the spreadsheet locale', () => {
    const { sheet } = setup({ locale: 'en_US', timeZone: 'Etc/UTC' });
    sheet.getRange('A1:C1').setValues([[1234.5, 'text', true]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,234.50', 'text', 'TRUE']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1,234.50');
    sheet.getRange('D1').setNumberFormat('yyyy-mm-dd').setValue(new Date(Date.UTC(2024, 2, 5)));
    expect(sheet.getRange('D1').getDisplayValue()).toBe('2024-03-05');
  });
});
