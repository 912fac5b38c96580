import ExcelJS from 'exceljs';
import { workbookFromBuffer } from '../../../src/local/workbook-file';

/** A workbook as Excel would save it: no Sheets Pipeline metadata. */
async function excelFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const deals = workbook.addWorksheet('Deals');
  deals.addRow(['Deal', 'Stage', 'Amount', 'Close', 'Won?']);
  deals.addRow(['Acme', 'Proposal', 1500, new Date(Date.UTC(2024, 4, 2)), true]);
  deals.addRow(['Globex', 'Closed won', 2500, new Date(Date.UTC(2024, 4, 9)), false]);
  deals.getCell('A4').value = { formula: 'COUNTA(A2:A3)', result: 2 };
  deals.getCell('A2').note = 'hot lead';
  deals.getCell('C2').numFmt = '#,##0';
  deals.getCell('C3').numFmt = '#,##0';
  deals.getCell('A1').font = { bold: true };
  deals.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  deals.getColumn(1).width = 20;
  for (const address of ['B2', 'B3']) {
    deals.getCell(address).dataValidation = { type: 'list', formulae: ['"Proposal,Closed won"'], showErrorMessage: true, allowBlank: true };
  }
  deals.addConditionalFormatting({ ref: 'A2:E3', rules: [{ type: 'expression', priority: 1, formulae: ['$E2'], style: { font: { bold: true } } }] });
  workbook.addWorksheet('Old', { state: 'hidden' }).getCell('B2').value = 'x';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a plain xlsx without metadata', () => {
  it('loads with Sheets defaults and reads back what xlsx can say', async () => {
    const model = await workbookFromBuffer(await excelFile(), '/tmp/Leads 2024.xlsx');
    expect(model).toMatchObject({ name: 'Leads 2024', locale: 'en_US', timeZone: 'Etc/UTC', activeSheet: 'Deals' });
    expect(model.properties).toEqual({ document: {}, script: {}, user: {} });
    const [deals, old] = model.sheets;
    expect([deals.id, old.id]).toEqual([0, 1]);
    expect(old).toMatchObject({ name: 'Old', hidden: true, values: [['', ''], ['', 'x']] });
    expect(deals).toMatchObject({ maxRows: 1000, maxColumns: 26, frozenRows: 1, frozenColumns: 0 });
    expect(deals.values).toEqual([
      ['Deal', 'Stage', 'Amount', 'Close', 'Won?'],
      ['Acme', 'Proposal', 1500, new Date(Date.UTC(2024, 4, 2)), true],
      ['Globex', 'Closed won', 2500, new Date(Date.UTC(2024, 4, 9)), false],
      [2, '', '', '', ''],
    ]);
    expect(deals.formulas).toEqual([{ row: 4, column: 1, formula: '=COUNTA(A2:A3)' }]);
    expect(deals.notes).toEqual([{ row: 2, column: 1, note: 'hot lead' }]);
    expect(deals.validations).toEqual([
      { range: { row: 2, column: 2, numRows: 2, numColumns: 1 }, rule: { criteria: 'VALUE_IN_LIST', args: [['Proposal', 'Closed won'], true], allowInvalid: false, helpText: '' } },
    ]);
    expect(deals.formats).toEqual(expect.arrayContaining([
      { range: { row: 1, column: 1, numRows: 1, numColumns: 1 }, format: { fontWeight: 'bold' } },
      { range: { row: 2, column: 3, numRows: 2, numColumns: 1 }, format: { numberFormat: '#,##0' } },
    ]));
    expect(deals.conditionalFormats).toEqual([
      { ranges: [{ row: 2, column: 1, numRows: 2, numColumns: 5 }], condition: { type: 'CUSTOM_FORMULA', values: ['=$E2'] }, format: { bold: true } },
    ]);
    expect(deals.columnWidths).toEqual([{ column: 1, width: 145 }]);
  });
});
