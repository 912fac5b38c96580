import { Emulator } from '../../../src/local/emulator';
import { setup } from './helpers';

describe('sheets', () => {
  it('starts with one 1000 x 26 sheet named Sheet1', () => {
    const { ss, sheet } = setup();
    expect([ss.getNumSheets(), sheet.getName(), sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getSheetId(), sheet.getIndex()]).toEqual([1, 'Sheet1', 1000, 26, 0, 1]);
  });

  it('inserts, finds, renames, hides and deletes sheets', () => {
    const { g, ss } = setup();
    const a = ss.insertSheet('Deals');
    expect(g.SpreadsheetApp.getActiveSheet().getName()).toBe('Deals');
    const b = ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Deals']);
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    expect(() => ss.insertSheet('deals')).toThrow('A sheet with the name "deals" already exists. Please enter another name.');
    expect(ss.getSheetByName('Missing')).toBeNull();
    a.setName('Pipeline');
    expect(ss.getSheetByName('Pipeline')?.getSheetId()).toBe(a.getSheetId());
    expect(() => b.setName('Pipeline')).toThrow('already exists');
    b.hideSheet();
    expect(b.isSheetHidden()).toBe(true);
    b.showSheet();
    ss.deleteSheet(b);
    expect(ss.getNumSheets()).toBe(3);
    expect(b.getParent().getId()).toBe(ss.getId());
  });

  it('refuses to delete or hide the last visible sheet', () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the visible sheets in a document.");
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  it('grows with appendRow and inserts, shrinks with deletes, moving content', () => {
    const { sheet, ss } = setup();
    const small = ss.insertSheet('Small');
    small.deleteRows(3, 998);
    small.deleteColumns(3, 24);
    expect([small.getMaxRows(), small.getMaxColumns()]).toEqual([2, 2]);
    small.appendRow(['a', 'b']);
    small.appendRow(['c', 'd', 'e']);
    expect([small.getMaxRows(), small.getMaxColumns(), small.getLastRow()]).toEqual([2, 3, 2]);
    small.appendRow([1]);
    expect(small.getMaxRows()).toBe(3);
    expect(small.getRange('A1:C3').getValues()).toEqual([['a', 'b', ''], ['c', 'd', 'e'], [1, '', '']]);
    expect(() => small.getRange(4, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');

    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual([1, '', '', 3]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1, '', 2]]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1002, 27]);
    sheet.deleteRow(2);
    sheet.deleteColumn(2);
    expect(sheet.getRange('A1:B3').getValues()).toEqual([[1, 2], ['', ''], [3, 4]]);
    sheet.insertRows(1);
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A3').getValue()).toBe(1);
    expect(() => sheet.deleteRows(1000, 10)).toThrow('Those rows are out of bounds.');
    expect(() => small.deleteRows(1, 3)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('clears the sheet and keeps column widths and tab colour', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x').setBackground('#ff0000');
    sheet.clear();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['', '#ffffff']);
    expect(sheet.getColumnWidth(2)).toBe(100);
    sheet.setColumnWidth(2, 250);
    expect(sheet.getColumnWidth(2)).toBe(250);
    sheet.getRange('C1').setValue('a long piece of text');
    sheet.autoResizeColumns(3, 1);
    expect(sheet.getColumnWidth(3)).toBeGreaterThan(100);
    sheet.setTabColor('#00ff00');
    expect(sheet.getTabColor()).toBe('#00ff00');
  });
});

describe('spreadsheet', () => {
  it('reports and changes id, name, locale and time zone', () => {
    const { ss } = setup({ id: 'abc', name: 'Book', locale: 'fr_FR', timeZone: 'Europe/Paris' });
    expect([ss.getId(), ss.getName(), ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['abc', 'Book', 'fr_FR', 'Europe/Paris']);
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/abc/edit');
    ss.rename('Other');
    ss.setSpreadsheetTimeZone('Etc/UTC');
    ss.setSpreadsheetLocale('en_GB');
    expect([ss.getName(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['Other', 'Etc/UTC', 'en_GB']);
    expect(ss.getRangeByName('Nothing')).toBeNull();
  });

  it('records toasts with Apps Script defaults', () => {
    const emu = new Emulator();
    const ss = (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.toast('Saved');
    ss.toast('Done', 'Pipeline', 3);
    expect(emu.ui.toasts).toEqual([
      { message: 'Saved', title: '', timeoutSeconds: 5 },
      { message: 'Done', title: 'Pipeline', timeoutSeconds: 3 },
    ]);
  });
});
