import { setup } from './helpers';

describe('formulas', () => {
  it('stores formulas written with setValue/setValues/setFormula(s) and evaluates them on read', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([[2], [3]]);
    sheet.getRange('B1').setValue('=SUM(A1:A2)');
    sheet.getRange('B2').setFormula('=A1*A2-1');
    sheet.getRange('C1:C2').setFormulas([['=COUNTA(A1:B2)'], ['=(A1+A2)/2']]);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A2)');
    expect(sheet.getRange('B1:C2').getValues()).toEqual([[5, 4], [5, 2.5]]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=SUM(A1:A2)']]);
  });

  it('recomputes lazily so later writes are reflected', () => {
    const { sheet } = setup();
    sheet.getRange('B1').setFormula('=A1+1');
    expect(sheet.getRange('B1').getValue()).toBe(1);
    sheet.getRange('A1').setValue(41);
    expect(sheet.getRange('B1').getValue()).toBe(42);
  });

  it('resolves references on other sheets, literals and errors', () => {
    const { sheet, ss } = setup();
    ss.insertSheet('Data Tab').getRange('A1').setValue(10);
    sheet.getRange('A1').setFormula("='Data Tab'!A1*2");
    sheet.getRange('A2').setFormula('="hi"');
    sheet.getRange('A3').setFormula('=VLOOKUP(1,A1:A2,1)');
    sheet.getRange('A4').setFormula('=1/0');
    sheet.getRange('A5').setFormula('=A5+1');
    sheet.getRange('A6').setFormula('=A2+1');
    expect(sheet.getRange('A1:A6').getValues().flat()).toEqual([20, 'hi', '#NAME?', '#DIV/0!', '#REF!', '#VALUE!']);
  });

  it('overwriting a formula with a value removes it', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=1+1');
    sheet.getRange('A1').setValue(7);
    expect([sheet.getRange('A1').getFormula(), sheet.getRange('A1').getValue()]).toEqual(['', 7]);
  });

  it('uses a plugged-in evaluator when set', () => {
    const { emu, sheet } = setup();
    emu.formulaEvaluator = (formula, sheetName, row, column) => `${formula}@${sheetName}!R${row}C${column}`;
    sheet.getRange('B2').setFormula('=ANYTHING()');
    expect(sheet.getRange('B2').getValue()).toBe('=ANYTHING()@Sheet1!R2C2');
  });
});
