import type { SheetModel, WorkbookModel } from '../../../src/local/emulator/model';
import { workbookFromBuffer, workbookToBuffer } from '../../../src/local/workbook-file';

function sheet(partial: Partial<SheetModel> & Pick<SheetModel, 'name' | 'id' | 'values'>): SheetModel {
  return {
    hidden: false, maxRows: 1000, maxColumns: 26, frozenRows: 0, frozenColumns: 0,
    formulas: [], notes: [], formats: [], validations: [], protections: [], conditionalFormats: [], charts: [], columnWidths: [],
    ...partial,
  };
}

function bigSheet(rows: number): SheetModel {
  const values = [['Deal ID', 'Amount', 'Won', 'Closed', 'Note']];
  for (let i = 1; i <= rows; i += 1) {
    values.push([`D-${String(i).padStart(6, '0')}`, i * 10.5, i % 3 === 0, new Date(Date.UTC(2024, 0, 1) + i * 3600_000), i % 7 === 0 ? '' : `row ${i}`] as never);
  }
  return sheet({ name: 'Big', id: 77, values, maxRows: rows + 1, maxColumns: 5 });
}

/** Everything the emulator can hold, in both languages and with awkward corners. */
export function richModel(): WorkbookModel {
  const pipeline = sheet({
    name: 'Pipeline', id: 0, maxRows: 1200, maxColumns: 30, frozenRows: 1, frozenColumns: 2,
    values: [
      ['Deal ID', 'Affaire', 'Étape', 'Montant', 'Clôture prévue', 'Besoin', 'Total'],
      ['D-000001', 'Société Générale — renouvellement', 'Négociation', 12000, new Date(Date.UTC(2024, 5, 30, 22)), true, 12000],
      ['D-000002', '=not a formula', 'Gagné', 0.1 + 0.2, '', false, 0.30000000000000004],
      [],
      ['D-000004', '日本語 😀 naïve “quotes” <tag> & amp', 'Perdu', -45.5, new Date(Date.UTC(2023, 9, 29, 0, 30)), '', ''],
      ['', '', '', 45000, new Date(Date.UTC(2023, 9, 29, 1, 30)), '', 'text result'],
      ['x'],
    ],
    formulas: [
      { row: 6, column: 7, formula: '=IF(D6>0,"text result","")' },
      { row: 2, column: 7, formula: '=D2' },
      { row: 3, column: 7, formula: '=SUM(D3:D3)' },
      { row: 5, column: 7, formula: '=IFERROR(1/0,"")' },
    ],
    notes: [
      { row: 3, column: 3, note: 'Revert: was "Proposal"' },
      { row: 1, column: 1, note: 'Généré automatiquement\nsecond line' },
    ],
    formats: [
      { range: { row: 1, column: 1, numRows: 1, numColumns: 7 }, format: { fontWeight: 'bold', background: '#d9ead3', horizontalAlignment: 'center' } },
      { range: { row: 2, column: 4, numRows: 1199, numColumns: 1 }, format: { numberFormat: '#,##0' } },
      { range: { row: 2, column: 5, numRows: 1199, numColumns: 1 }, format: { numberFormat: 'yyyy-mm-dd' } },
      { range: { row: 6, column: 4, numRows: 1, numColumns: 1 }, format: { numberFormat: 'dd/mm/yyyy', fontColor: '#ff0000', wrap: true } },
      { range: { row: 5, column: 5, numRows: 2, numColumns: 1 }, format: { numberFormat: '0.00' } },
    ],
    validations: [
      { range: { row: 2, column: 3, numRows: 1199, numColumns: 1 }, rule: { criteria: 'VALUE_IN_LIST', args: [['Prospection', 'Négociation', 'Gagné', 'Perdu'], true], allowInvalid: false, helpText: 'Choisir une étape' } },
      { range: { row: 2, column: 6, numRows: 1199, numColumns: 1 }, rule: { criteria: 'CHECKBOX', args: [], allowInvalid: true, helpText: '' } },
      { range: { row: 2, column: 2, numRows: 10, numColumns: 1 }, rule: { criteria: 'VALUE_IN_LIST', args: [['a,b', 'c'], false], allowInvalid: true, helpText: '' } },
      { range: { row: 2, column: 1, numRows: 5, numColumns: 1 }, rule: { criteria: 'VALUE_IN_RANGE', args: ["'Pipeline Settings'!A2:A9", true], allowInvalid: false, helpText: '' } },
    ],
    protections: [
      { type: 'RANGE', range: { row: 1, column: 1, numRows: 1, numColumns: 7 }, description: 'Header', warningOnly: true, editors: [] },
    ],
    conditionalFormats: [
      { ranges: [{ row: 2, column: 1, numRows: 999, numColumns: 7 }], condition: { type: 'CUSTOM_FORMULA', values: ['=$C2="Perdu"'] }, format: { background: '#f4cccc', strikethrough: true } },
      { ranges: [{ row: 2, column: 3, numRows: 999, numColumns: 1 }, { row: 2, column: 5, numRows: 9, numColumns: 1 }], condition: { type: 'TEXT_EQ', values: ['Gagné'] }, format: { fontColor: '#38761d', bold: true } },
      { ranges: [{ row: 2, column: 4, numRows: 999, numColumns: 1 }], condition: { type: 'NUMBER_BETWEEN', values: [1, 100] }, format: { italic: true } },
      { ranges: [{ row: 2, column: 4, numRows: 999, numColumns: 1 }], condition: { type: 'SOMETHING_NEW', values: [] }, format: {} },
    ],
    charts: [
      { id: 123456, type: 'COLUMN', ranges: [{ row: 1, column: 3, numRows: 6, numColumns: 2 }], position: { row: 2, column: 9, offsetX: 10, offsetY: 5 }, options: { title: 'Entonnoir', legend: { position: 'none' } } },
    ],
    columnWidths: [{ column: 2, width: 240 }, { column: 1, width: 100 }],
  });
  const history = sheet({
    name: 'Historique des étapes', id: 918273645, hidden: true,
    values: [['Horodatage', 'ID affaire', 'De', 'Vers'], [new Date(Date.UTC(2024, 2, 31, 0, 59, 59, 123)), 'D-000001', '', 'Prospection']],
    protections: [{ type: 'SHEET', description: 'Journal', warningOnly: false, editors: ['owner@example.com'] }],
  });
  const empty = sheet({ name: 'Empty', id: 5, values: [] });
  const trailing = sheet({ name: 'A [weird]: name that is far too long for xlsx', id: 6, values: [['a', '', ''], ['', ''], []] });
  return {
    id: 'local-abc', name: 'Démo « pipeline »', locale: 'fr_FR', timeZone: 'Europe/Paris', activeSheet: 'Historique des étapes',
    sheets: [pipeline, history, empty, bigSheet(10_000), trailing],
    properties: { document: { settings: '{"a":1}', 'é': 'ü' }, script: {}, user: { 'alice@example.com': { lang: 'fr' } } },
  };
}

describe('workbook file round trip', () => {
  it('reads back exactly what it wrote', async () => {
    const model = richModel();
    const again = await workbookFromBuffer(await workbookToBuffer(model), 'rich.xlsx');
    expect(again).toEqual(model);
  });

  it('is stable over a second round trip', async () => {
    const model = richModel();
    const once = await workbookToBuffer(model);
    const twice = await workbookToBuffer(await workbookFromBuffer(once, 'rich.xlsx'));
    expect(await workbookFromBuffer(twice, 'rich.xlsx')).toEqual(model);
  });
});
