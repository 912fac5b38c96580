import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ConditionalFormatModel, SheetModel, WorkbookModel } from '../../../src/local/emulator/model';
import { workbookFromBuffer, workbookToBuffer } from '../../../src/local/workbook-file';
import { toXlsxConditionalFormat } from '../../../src/local/workbook-file/conditional-format-xlsx';
import { ZoneClock } from '../../../src/local/workbook-file/time-zone';
import { absoluteReference, toXlsxValidation } from '../../../src/local/workbook-file/validation-xlsx';
import { decodeText, escapeText } from '../../../src/local/workbook-file/xml';

function sheet(partial: Partial<SheetModel> & Pick<SheetModel, 'name' | 'id' | 'values'>): SheetModel {
  return {
    hidden: false, maxRows: 1000, maxColumns: 26, frozenRows: 0, frozenColumns: 0,
    formulas: [], notes: [], formats: [], validations: [], protections: [], conditionalFormats: [], charts: [], columnWidths: [],
    ...partial,
  };
}

function workbook(sheets: SheetModel[]): WorkbookModel {
  return { id: 'local-t', name: 't', locale: 'en_US', timeZone: 'America/New_York', activeSheet: sheets[0].name, sheets, properties: { document: {}, script: {}, user: {} } };
}

describe('xml text', () => {
  it('escapes what XML cannot carry and reads it back exactly', () => {
    const awkward = ['a\u0001b\u001fc', 'cr\r\nlf', 'literal _x0041_ and _x005F_', 'lone \ud800 surrogate \udc00', '<&>"\'', '😀 naïve', '\uffff'];
    for (const text of awkward) {
      const escaped = escapeText(text);
      expect(escaped).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff<>]|&(?!(?:amp|lt|gt|quot|#13);)/);
      expect(escaped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(decodeText(escaped)).toBe(text);
    }
  });

  it('round-trips such text in cells, formulas, notes and sheet names', async () => {
    const model = workbook([
      sheet({
        name: 'Tab _x0041_', id: 0, tabColor: '#ff9900',
        values: [['a\u0001b', 'cr\r\nlf', ' padded ', '_x0041_'], ['x', 'result\ttab']],
        formulas: [{ row: 2, column: 2, formula: '="result"&CHAR(9)&"tab"' }],
        notes: [{ row: 1, column: 1, note: 'note\r\nwith _x0042_ \u0002' }],
      }),
    ]);
    expect(await workbookFromBuffer(await workbookToBuffer(model), 't.xlsx')).toEqual(model);
  });
});

describe('list validations in xlsx', () => {
  it('makes a range reference absolute, quoting the sheet name when needed', () => {
    expect(absoluteReference("'Pipeline Settings'!A2:A9")).toBe("'Pipeline Settings'!$A$2:$A$9");
    expect(absoluteReference('=Settings!B2:B')).toBe('Settings!$B$2:$B$1048576');
    expect(absoluteReference('Pipeline Settings!A2:A9')).toBe("'Pipeline Settings'!$A$2:$A$9");
    expect(absoluteReference('C:C')).toBe('$C:$C');
    expect(absoluteReference('$D$4')).toBe('$D$4');
    expect(absoluteReference('Stages')).toBeNull();
  });

  it('keeps the dropdown flag, the stop error and the help text', () => {
    expect(toXlsxValidation({ criteria: 'VALUE_IN_LIST', args: [['A', 'B'], false], allowInvalid: false, helpText: 'Pick' })).toEqual({
      formula: '"A,B"', showDropdown: false, reject: true, prompt: 'Pick',
    });
    expect(toXlsxValidation({ criteria: 'VALUE_IN_RANGE', args: ["'Pipeline Settings'!A2:A9", true], allowInvalid: true, helpText: '' })).toEqual({
      formula: "'Pipeline Settings'!$A$2:$A$9", showDropdown: true, reject: false, prompt: '',
    });
    expect(toXlsxValidation({ criteria: 'VALUE_IN_LIST', args: [[], true], allowInvalid: false, helpText: '' })).toBeNull();
  });

  it('writes showDropDown="1" (xlsx for "no arrow") only when the dropdown is hidden', async () => {
    const model = workbook([
      sheet({
        name: 'S', id: 0, values: [['x']],
        validations: [
          { range: { row: 2, column: 1, numRows: 9, numColumns: 1 }, rule: { criteria: 'VALUE_IN_LIST', args: [['A', 'B'], false], allowInvalid: false, helpText: '' } },
          { range: { row: 2, column: 2, numRows: 9, numColumns: 1 }, rule: { criteria: 'VALUE_IN_RANGE', args: ['S!C2:C4', true], allowInvalid: false, helpText: '' } },
        ],
      }),
    ]);
    const zip = await JSZip.loadAsync(await workbookToBuffer(model));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<dataValidation type="list" allowBlank="1" showDropDown="1" showErrorMessage="1" errorStyle="stop" sqref="A2:A10"><formula1>&quot;A,B&quot;</formula1></dataValidation>');
    expect(xml).toContain('<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" sqref="B2:B10"><formula1>S!$C$2:$C$4</formula1></dataValidation>');
  });
});

describe('dates in the spreadsheet time zone', () => {
  it('writes the wall clock of Java custom zones (GMT+2, GMT-05:30) as Apps Script shows it, and reads the instant back', async () => {
    const instant = new Date('2024-07-01T10:00:00Z');
    for (const [timeZone, wallClock] of [['GMT+2', '2024-07-01T12:00:00Z'], ['GMT-05:30', '2024-07-01T04:30:00Z'], ['Europe/Paris', '2024-07-01T12:00:00Z'], ['UTC', '2024-07-01T10:00:00Z']]) {
      const model = { ...workbook([sheet({ name: 'Dates', id: 0, values: [[instant]] })]), timeZone };
      const buffer = await workbookToBuffer(model);
      const xml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')!.async('string');
      const serial = 25569 + new Date(wallClock).getTime() / 86_400_000;
      expect(Number(/<c r="A1"[^>]*><v>([^<]+)<\/v>/.exec(xml)?.[1])).toBeCloseTo(serial, 9);
      const read = await workbookFromBuffer(buffer, 'dates.xlsx');
      expect(read.timeZone).toBe(timeZone);
      expect(read.sheets[0].values[0][0]).toEqual(instant);
    }
  });

  it('writes dates as UTC in a zone nobody knows, rather than refusing the file', () => {
    const clock = new ZoneClock('Nowhere/Zone');
    expect(clock.wallClockOf(Date.UTC(2024, 6, 1, 10))).toBe(Date.UTC(2024, 6, 1, 10));
    expect(clock.instantOf(Date.UTC(2024, 6, 1, 10))).toBe(Date.UTC(2024, 6, 1, 10));
  });
});

describe('conditional formats in xlsx', () => {
  const clock = new ZoneClock('Europe/Paris');
  const rule = (type: string, values: unknown[], ranges = [{ row: 2, column: 3, numRows: 10, numColumns: 1 }]): ConditionalFormatModel => ({
    ranges, condition: { type, values }, format: { background: '#ff0000' },
  });
  const formula = (type: string, values: unknown[]) => toXlsxConditionalFormat(rule(type, values), clock)?.formula;

  it('translates every boolean condition Apps Script has into a formula on the first cell', () => {
    expect(formula('CUSTOM_FORMULA', ['=$A2>5'])).toBe('$A2>5');
    expect(formula('TEXT_EQUAL_TO', ['Won "big"'])).toBe('C2="Won ""big"""');
    expect(formula('TEXT_NOT_EQUAL_TO', ['Won'])).toBe('C2<>"Won"');
    expect(formula('TEXT_CONTAINS', ['5*'])).toBe('ISNUMBER(SEARCH("5~*",C2))');
    expect(formula('TEXT_DOES_NOT_CONTAIN', ['?'])).toBe('ISERROR(SEARCH("~?",C2))');
    expect(formula('TEXT_STARTS_WITH', ['D-'])).toBe('LEFT(C2,LEN("D-"))="D-"');
    expect(formula('TEXT_ENDS_WITH', ['x'])).toBe('RIGHT(C2,LEN("x"))="x"');
    expect(formula('CELL_EMPTY', [])).toBe('LEN(TRIM(C2))=0');
    expect(formula('CELL_NOT_EMPTY', [])).toBe('LEN(TRIM(C2))>0');
    expect(formula('NUMBER_GREATER_THAN', [1e21])).toBe('AND(ISNUMBER(C2),C2>1E+21)');
    expect(formula('NUMBER_LESS_THAN_OR_EQUAL_TO', [-2.5])).toBe('AND(ISNUMBER(C2),C2<=-2.5)');
    expect(formula('NUMBER_EQUAL_TO', ['7'])).toBe('AND(ISNUMBER(C2),C2=7)');
    expect(formula('NUMBER_NOT_BETWEEN', [1, 9])).toBe('AND(ISNUMBER(C2),OR(C2<1,C2>9))');
    // 2024-03-30 23:30 UTC is already 31 March in Paris.
    expect(formula('DATE_BEFORE', [new Date('2024-03-30T23:30:00Z')])).toBe('AND(ISNUMBER(C2),INT(C2)<DATE(2024,3,31))');
    expect(formula('DATE_EQUAL_TO', ['2024-06-01T10:00:00.000Z'])).toBe('AND(ISNUMBER(C2),INT(C2)=DATE(2024,6,1))');
    expect(formula('DATE_AFTER_RELATIVE', ['PAST_WEEK'])).toBe('AND(ISNUMBER(C2),INT(C2)>TODAY()-7)');
    expect(formula('CUSTOM_FORMULA', [''])).toBeUndefined();
    expect(formula('SOMETHING_NEW', [])).toBeUndefined();
  });

  it('applies a rule over several ranges from the first one', () => {
    const ranges = [{ row: 5, column: 2, numRows: 3, numColumns: 2 }, { row: 1, column: 8, numRows: 1, numColumns: 1 }];
    expect(toXlsxConditionalFormat(rule('TEXT_EQ', ['a'], ranges), clock)).toEqual({ sqref: 'B5:C7 H1', formula: 'B5="a"' });
  });
});

describe('files edited elsewhere', () => {
  it('reads a tab added in Excel (no metadata) through exceljs, keeping the rest exact', async () => {
    const model = workbook([sheet({ name: 'Deals', id: 7, values: [['Deal', 'Amount'], ['Acme', 5]], frozenRows: 1 })]);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await workbookToBuffer(model)) as unknown as ArrayBuffer);
    const added = excel.addWorksheet('Notes');
    added.getCell('A1').value = 'Added in Excel';
    added.getCell('A1').font = { bold: true };
    const edited = await workbookFromBuffer(Buffer.from(await excel.xlsx.writeBuffer()), 'edited.xlsx');
    expect(edited.sheets[0]).toEqual(model.sheets[0]);
    expect(edited.sheets[1]).toMatchObject({ name: 'Notes', id: 0, values: [['Added in Excel']], formats: [{ range: { row: 1, column: 1, numRows: 1, numColumns: 1 }, format: { fontWeight: 'bold' } }] });
  });

  it('reads shared formulas (as Excel writes filled-down formulas) through exceljs', async () => {
    const model = workbook([sheet({ name: 'Deals', id: 0, values: [[1, 2], [2, 4], [3, 6]], formulas: [{ row: 1, column: 2, formula: '=A1*2' }] })]);
    const zip = await JSZip.loadAsync(await workbookToBuffer(model));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const shared = xml
      .replace('<f>A1*2</f>', '<f t="shared" ref="B1:B3" si="0">A1*2</f>')
      .replace('<c r="B2"><v>4</v></c>', '<c r="B2"><f t="shared" si="0"/><v>4</v></c>')
      .replace('<c r="B3"><v>6</v></c>', '<c r="B3"><f t="shared" si="0"/><v>6</v></c>');
    expect(shared).not.toBe(xml);
    zip.file('xl/worksheets/sheet1.xml', shared);
    const read = await workbookFromBuffer(await zip.generateAsync({ type: 'nodebuffer' }), 'shared.xlsx');
    expect(read.sheets[0].values).toEqual(model.sheets[0].values);
    expect(read.sheets[0].formulas.map((f) => f.formula)).toEqual(['=A1*2', '=A2*2', '=A3*2']);
  });
});
