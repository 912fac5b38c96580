import { Emulator } from '../../../src/local/emulator';
import type { WorkbookModel } from '../../../src/local/emulator/model';
import { setup } from './helpers';

const model: WorkbookModel = {
  id: 'wb-1',
  name: 'Pipeline',
  locale: 'fr_FR',
  timeZone: 'Europe/Paris',
  activeSheet: 'Deals',
  sheets: [
    {
      name: 'Settings',
      id: 0,
      hidden: true,
      maxRows: 10,
      maxColumns: 3,
      frozenRows: 0,
      frozenColumns: 0,
      values: [['Lead'], ['Won']],
      formulas: [],
      notes: [],
      formats: [],
      validations: [],
      protections: [{ type: 'SHEET', description: 'Config', warningOnly: true, editors: [] }],
      conditionalFormats: [],
      charts: [],
      columnWidths: [],
    },
    {
      name: 'Deals',
      id: 7,
      hidden: false,
      maxRows: 100,
      maxColumns: 5,
      frozenRows: 1,
      frozenColumns: 1,
      values: [
        ['Name', 'Stage', 'Amount', 'Closed'],
        ['Acme', 'Lead', 100, new Date(Date.UTC(2024, 0, 2))],
        ['Beta', 'Won', 250, true],
        ['', '', 350],
      ],
      formulas: [{ row: 4, column: 3, formula: '=SUM(C2:C3)' }],
      notes: [{ row: 1, column: 2, note: 'Pick a stage' }],
      formats: [
        { range: { row: 1, column: 1, numRows: 1, numColumns: 4 }, format: { fontWeight: 'bold', background: '#eeeeee' } },
        { range: { row: 2, column: 3, numRows: 3, numColumns: 1 }, format: { numberFormat: '#,##0' } },
      ],
      validations: [
        {
          range: { row: 2, column: 2, numRows: 99, numColumns: 1 },
          rule: { criteria: 'VALUE_IN_RANGE', args: ['Settings!A1:A2', true], allowInvalid: false, helpText: '' },
        },
      ],
      protections: [{ type: 'RANGE', range: { row: 1, column: 1, numRows: 1, numColumns: 4 }, description: 'Headers', warningOnly: false, editors: ['a@x.com'] }],
      conditionalFormats: [
        { ranges: [{ row: 2, column: 1, numRows: 99, numColumns: 4 }], condition: { type: 'TEXT_EQUAL_TO', values: ['Won'] }, format: { background: '#00ff00' } },
      ],
      charts: [
        { id: 3, type: 'BAR', ranges: [{ row: 1, column: 2, numRows: 4, numColumns: 2 }], position: { row: 2, column: 6, offsetX: 0, offsetY: 0 }, options: { title: 'T' } },
      ],
      columnWidths: [{ column: 1, width: 180 }],
      tabColor: '#ff0000',
    },
  ],
  properties: { document: { v: '1' }, script: {}, user: { 'a@x.com': { lang: 'fr' } } },
};

describe('model round trip', () => {
  it('loads a model and exports it unchanged', () => {
    expect(new Emulator(model).toModel()).toEqual(model);
  });

  it('exports deep copies and what the script changed', () => {
    const emu = new Emulator(model);
    const out = emu.toModel();
    (out.sheets[1].values[1][3] as Date).setUTCFullYear(1990);
    expect((emu.toModel().sheets[1].values[1][3] as Date).getUTCFullYear()).toBe(2024);
    const deals = emu.spreadsheet.getSheetByName('Deals')!;
    expect(deals.getRange('C4').getValue()).toBe(350);
    expect(deals.getRange('B2').getDataValidation()?.getCriteriaValues()[0].getA1Notation()).toBe('A1:A2');
    deals.getRange('C2').setValue(1000);
    const after = emu.toModel();
    expect(after.sheets[1].values[3]).toEqual(['', '', 1250]);
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Deals');
  });

  it('starts new workbooks with default settings', () => {
    const out = new Emulator({ id: 'x' }).toModel();
    expect(out).toMatchObject({ id: 'x', locale: 'en_US', timeZone: 'Etc/UTC', activeSheet: 'Sheet1' });
    expect(out.sheets[0]).toMatchObject({ name: 'Sheet1', maxRows: 1000, maxColumns: 26, values: [] });
  });
});

describe('change notifications', () => {
  it('calls onChange after each mutating call and not after reads', () => {
    const { emu, g, sheet, ss } = setup();
    const onChange = jest.fn();
    emu.onChange = onChange;
    sheet.getRange('A1:B2').getValues();
    sheet.getLastRow();
    expect(onChange).not.toHaveBeenCalled();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A1').setBackground('#000000');
    ss.insertSheet('X');
    g.PropertiesService.getDocumentProperties().setProperty('a', 'b');
    sheet.setFrozenRows(1);
    expect(onChange).toHaveBeenCalledTimes(5);
    emu.userEdit('Sheet1', 2, 2, 'typed');
    expect(onChange).toHaveBeenCalledTimes(6);
  });
});
