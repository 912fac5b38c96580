import { setup } from './helpers';

describe('data validation', () => {
  it('builds list, range and checkbox rules and reads them back', () => {
    const { g, sheet, ss } = setup();
    const app = g.SpreadsheetApp;
    const list = app.newDataValidation().requireValueInList(['Lead', 'Won'], false).setAllowInvalid(false).setHelpText('Pick a stage').build();
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['Lead', 'Won'], false]);
    expect([list.getAllowInvalid(), list.getHelpText()]).toEqual([false, 'Pick a stage']);
    sheet.getRange('A2:A5').setDataValidation(list);
    const read = sheet.getRange('A3').getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();

    ss.insertSheet('Lists').getRange('A1:A2').setValues([['x'], ['y']]);
    const byRange = app.newDataValidation().requireValueInRange(ss.getRange('Lists!A1:A2')).build();
    const [range, dropdown] = byRange.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect([range.getSheet().getName(), range.getA1Notation(), dropdown]).toEqual(['Lists', 'A1:A2', true]);

    const copy = list.copy().setHelpText('changed').build();
    expect([copy.getHelpText(), list.getHelpText()]).toEqual(['changed', 'Pick a stage']);
    const viaCriteria = app.newDataValidation().withCriteria(app.DataValidationCriteria.VALUE_IN_LIST, [['a'], true]).build();
    expect(viaCriteria.getCriteriaValues()).toEqual([['a'], true]);
    expect(() => app.newDataValidation().build()).toThrow('You must specify a data validation criteria.');
  });

  it('does not check script writes', () => {
    const { g, sheet } = setup();
    sheet.getRange('A1').setDataValidation(g.SpreadsheetApp.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue('not in list');
    expect(sheet.getRange('A1').getValue()).toBe('not in list');
  });

  it('checks user input against rules that reject invalid data', () => {
    const { emu, g, sheet } = setup();
    const app = g.SpreadsheetApp;
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['a', 'b']).setAllowInvalid(false).build());
    sheet.getRange('A2').setDataValidation(app.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).setHelpText('Only a').build());
    sheet.getRange('A3').setDataValidation(app.newDataValidation().requireValueInList(['a']).build());
    expect(emu.checkUserInput('Sheet1', 1, 1, 'a')).toEqual({ ok: true });
    expect(emu.checkUserInput('Sheet1', 1, 1, 'c')).toEqual({ ok: false, message: 'Input must be an item on the specified list.' });
    expect(emu.checkUserInput('Sheet1', 2, 1, 'c')).toEqual({ ok: false, message: 'Only a' });
    expect(emu.checkUserInput('Sheet1', 3, 1, 'c')).toEqual({ ok: true });
    expect(emu.checkUserInput('Sheet1', 1, 1, '')).toEqual({ ok: true });
    expect(emu.userEdit('Sheet1', 1, 1, 'c')).toEqual({ ok: false, message: 'Input must be an item on the specified list.' });
    expect(emu.userEdit('Sheet1', 1, 1, 'b')).toEqual({ ok: true, oldValue: '', value: 'b' });
    expect(sheet.getRange('A1').getValue()).toBe('b');
  });

  it('inserts and removes checkboxes, accepting only checkbox values from users', () => {
    const { emu, g, sheet } = setup();
    sheet.getRange('A2').setValue(true);
    sheet.getRange('A1:A3').insertCheckboxes();
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual([false, true, false]);
    expect(sheet.getRange('A1').getDataValidation()?.getCriteriaType()).toBe(g.SpreadsheetApp.DataValidationCriteria.CHECKBOX);
    expect(emu.checkUserInput('Sheet1', 1, 1, true).ok).toBe(true);
    expect(emu.userEdit('Sheet1', 1, 1, 'TRUE')).toEqual({ ok: true, oldValue: false, value: true });
    expect(emu.checkUserInput('Sheet1', 1, 1, 'maybe').ok).toBe(false);
    sheet.getRange('B1').insertCheckboxes('yes', 'no');
    expect(sheet.getRange('B1').getValue()).toBe('no');
    expect(emu.checkUserInput('Sheet1', 1, 2, 'yes').ok).toBe(true);
    expect(emu.checkUserInput('Sheet1', 1, 2, true)).toEqual({ ok: false, message: 'Input must be yes or no.' });
    sheet.getRange('A3').setValue('kept');
    sheet.getRange('A1:B3').removeCheckboxes();
    expect(sheet.getRange('A1:B3').getValues()).toEqual([['', ''], ['', ''], ['kept', '']]);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it('clears validations on request only', () => {
    const { g, sheet } = setup();
    const rule = g.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    sheet.getRange('A1:B1').setDataValidations([[rule, null]]);
    sheet.getRange('A1').clear();
    expect(sheet.getRange('A1').getDataValidation()).not.toBeNull();
    sheet.getRange('A1').clearDataValidations();
    expect(sheet.getRange('A1:B1').getDataValidations()).toEqual([[null, null]]);
  });
});
