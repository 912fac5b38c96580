import { setup } from './helpers';

describe('script-facing proxies', () => {
  it('counts calls by Class.method, including builders', () => {
    const { emu, g, sheet } = setup();
    sheet.getRange('A1:B2').getValues();
    sheet.getRange(1, 1).setValue(3);
    g.SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
    expect(emu.calls.count('Sheet.getRange')).toBe(2);
    expect(emu.calls.count('Range.getValues')).toBe(1);
    expect(emu.calls.count('Range.setValue')).toBe(1);
    expect(emu.calls.count('DataValidationBuilder.requireValueInList')).toBe(1);
    expect(emu.calls.count()).toBe(7);
    expect(emu.calls.byMethod()['SpreadsheetApp.newDataValidation']).toBe(1);
  });

  it('does not count internal calls or direct Node-side access', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:C3').sort(1);
    expect(emu.calls.byMethod()).toEqual({ 'Sheet.getRange': 1, 'Range.sort': 1 });
    emu.spreadsheet.getActiveSheet().getRange('A1').getValue();
    expect(emu.calls.count()).toBe(2);
  });

  it('throws a clear error for methods the emulator lacks', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1');
    expect(() => range.setFontFamily('Arial')).toThrow('Not implemented in the local emulator: Range.setFontFamily');
    expect(() => sheet.getFilter()).toThrow('Not implemented in the local emulator: Sheet.getFilter');
  });

  it('hides implementation fields and unwraps objects passed back in', () => {
    const { g, ss } = setup();
    const other = ss.insertSheet('Other');
    const hidden = (other as unknown as Record<string, () => unknown>).store;
    expect(() => hidden()).toThrow('Not implemented in the local emulator: Sheet.store');
    ss.setActiveSheet(ss.getSheets()[0]);
    expect(g.SpreadsheetApp.getActiveSheet().getName()).toBe('Sheet1');
    ss.setActiveRange(other.getRange('B2'));
    expect(g.SpreadsheetApp.getActiveRange()?.getA1Notation()).toBe('B2');
    expect(g.SpreadsheetApp.getActiveSheet().getName()).toBe('Other');
  });

  it('exposes enums as values that print as their names', () => {
    const { g } = setup();
    expect(String(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
    expect(String(g.SpreadsheetApp.ProtectionType.RANGE)).toBe('RANGE');
    expect(String(g.Charts.ChartType.BAR)).toBe('BAR');
    expect(String(g.ScriptApp.AuthMode.FULL)).toBe('FULL');
  });
});
