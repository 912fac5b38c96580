import ExcelJS from 'exceljs';
import { METADATA_SHEET, workbookToBuffer } from '../../../src/local/workbook-file';
import { richModel } from './round-trip.test';

/** What Excel, LibreOffice or Sheets see when they open the file, without our metadata. */
describe('xlsx features in the written file', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookToBuffer(richModel())) as unknown as ArrayBuffer);
  });

  it('keeps sheet order, hidden state and a very hidden metadata sheet', () => {
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Pipeline', 'visible'],
      ['Historique des étapes', 'hidden'],
      ['Empty', 'visible'],
      ['Big', 'visible'],
      ['A _weird__ name that is far', 'visible'],
      [METADATA_SHEET, 'veryHidden'],
    ]);
  });

  it('writes typed values, formulas with cached results, notes and styles', () => {
    const ws = workbook.getWorksheet('Pipeline')!;
    expect(ws.getCell('D2').value).toBe(12000);
    expect(ws.getCell('D2').numFmt).toBe('#,##0');
    expect(ws.getCell('F2').value).toBe(true);
    expect(ws.getCell('B3').value).toBe('=not a formula');
    // Wall clock in Europe/Paris: 2024-06-30 22:00 UTC is midnight on 1 July.
    expect(ws.getCell('E2').value).toEqual(new Date(Date.UTC(2024, 6, 1)));
    expect(ws.getCell('G2').value).toEqual({ formula: 'D2', result: 12000 });
    expect(ws.getCell('A1').note).toBe('Généré automatiquement\nsecond line');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').fill).toEqual(expect.objectContaining({ pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } }));
    expect(ws.getCell('D6').font.color).toEqual({ argb: 'FFFF0000' });
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: 'frozen', xSplit: 2, ySplit: 1 }));
    expect(ws.getColumn(2).width).toBeCloseTo(33.57, 1);
  });

  it('writes list and checkbox validations and expression conditional formats', () => {
    const ws = workbook.getWorksheet('Pipeline')!;
    const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(validations.C2).toEqual(expect.objectContaining({ type: 'list', formulae: ['"Prospection,Négociation,Gagné,Perdu"'], showErrorMessage: true, prompt: 'Choisir une étape' }));
    expect(validations.F2).toEqual(expect.objectContaining({ type: 'list', formulae: ['"TRUE,FALSE"'] }));
    expect(validations.B2).toBeUndefined(); // a comma inside an item has no xlsx spelling
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, (c.rules[0] as ExcelJS.ExpressionRuleType).formulae])).toEqual([
      ['A2:G1000', ['$C2="Perdu"']],
      ['C2:C1000 E2:E10', ['C2="Gagné"']],
      ['D2:D1000', ['AND(ISNUMBER(D2),D2>=1,D2<=100)']],
    ]);
  });
});
