/**
 * The workbook the product really writes: the demo pipeline set up and reported on by the
 * built add-on (dist/Code.js) in the emulator, saved as .xlsx, then opened as Excel or
 * LibreOffice would see it: the raw XML (jszip) and exceljs's reading of it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Emulator } from '../../../src/local/emulator';
import { createDemoWorkbook } from '../../../src/local/demo';
import type { CellValue, SheetModel, WorkbookModel } from '../../../src/local/emulator/model';
import { Runtime } from '../../../src/local/runtime';
import { workbookFromBuffer, workbookToBuffer } from '../../../src/local/workbook-file';
import { xlsxToModel } from '../../../src/local/workbook-file/read-xlsx';
import { readDist } from '../../helpers/built';

const NOW = new Date('2024-06-15T09:30:00Z');
const STAGES = ['Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost', 'Onboarding'];

function productModel(locale: 'en' | 'fr' = 'en'): WorkbookModel {
  const emulator = new Emulator(createDemoWorkbook({ now: NOW, locale }), { htmlFiles: {} });
  const runtime = new Runtime(emulator, readDist('Code.js'), { userLocale: locale });
  expect(runtime.run('setupPipeline').value).toMatchObject({ ok: true });
  expect(runtime.run('refreshReports').value).toMatchObject({ tabs: [{ charts: 1 }, { charts: 1 }] });
  return emulator.toModel();
}

/** The parts of an xlsx a test looks into: each sheet's XML by tab name, styles and shared strings. */
interface Package {
  sheetXml: Record<string, string>;
  workbookXml: string;
  strings: string[];
  /** numFmt code of each cell format (xf), built-in ids resolved to their codes. */
  xfFormats: string[];
  /** Whether each cell format (xf) is bold. */
  xfBold: boolean[];
  dxfs: string[];
}

const BUILT_IN: Record<string, string> = { '0': 'General', '3': '#,##0', '9': '0%', '10': '0.00%', '49': '@' };
const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const value = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decode(value);
};

async function openPackage(data: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(data);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no part ${name}`);
    return file.async('string');
  };
  const workbookXml = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const sheetXml: Record<string, string> = {};
  for (const [, tag] of workbookXml.matchAll(/<sheet\b([^>]*)\/>/g)) {
    const target = new RegExp(`Id="${attr(tag, 'r:id')}"[^>]*Target="([^"]*)"`).exec(rels)?.[1];
    sheetXml[attr(tag, 'name')!] = await text(`xl/${target}`);
  }
  const styles = await text('xl/styles.xml');
  const fonts = [...(/<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]);
  const numFmts = new Map([...styles.matchAll(/<numFmt\b([^>]*)\/>/g)].map(([, tag]) => [attr(tag, 'numFmtId')!, attr(tag, 'formatCode')!]));
  const xfs = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b([^>]*?)\/?>/g)].map(([, tag]) => tag);
  const strings = [...(await text('xl/sharedStrings.xml')).matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) => decode(m[1]));
  return {
    sheetXml,
    workbookXml,
    strings,
    xfFormats: xfs.map((tag) => numFmts.get(attr(tag, 'numFmtId')!) ?? BUILT_IN[attr(tag, 'numFmtId')!] ?? `builtin ${attr(tag, 'numFmtId')}`),
    xfBold: xfs.map((tag) => fonts[Number(attr(tag, 'fontId'))].includes('<b/>')),
    dxfs: [...(/<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? '').matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1]),
  };
}

/** One cell of a sheet's XML: its type, style's number format, raw value and formula. */
function cell(pkg: Package, sheet: string, ref: string): { type: string; numFmt: string; bold: boolean; value: string | undefined; text: string | undefined } {
  const match = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(pkg.sheetXml[sheet]);
  if (!match) throw new Error(`no cell ${sheet}!${ref}`);
  const type = attr(match[1], 't') ?? 'n';
  const xf = Number(attr(match[1], 's') ?? 0);
  const value = /<v>([\s\S]*?)<\/v>/.exec(match[2] ?? '')?.[1];
  return { type, numFmt: pkg.xfFormats[xf], bold: pkg.xfBold[xf], value, text: type === 's' && value !== undefined ? pkg.strings[Number(value)] : undefined };
}

const columnLetter = (column: number) => String.fromCharCode(64 + column);
const sheetOf = (model: WorkbookModel, name: string): SheetModel => {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
/** Excel's serial number of the wall clock of `date` in Europe/Paris (the demo's zone). */
function parisSerial(date: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) + (date.getTime() % 1000);
  return 25569 + wall / 86400000;
}

describe('the workbook the add-on writes, as an .xlsx', () => {
  let model: WorkbookModel;
  let data: Buffer;
  let pkg: Package;
  let header: CellValue[];
  const column = (name: string) => header.indexOf(name) + 1;

  beforeAll(async () => {
    model = productModel();
    data = await workbookToBuffer(model);
    pkg = await openPackage(data);
    header = sheetOf(model, 'Pipeline').values[0];
  });

  it('reads back exactly the model it wrote, twice over', async () => {
    expect(model.sheets.map((s) => s.name)).toEqual(['Pipeline', 'Stage History', 'Pipeline Settings', 'Conversion', 'Forecast']);
    const again = await workbookFromBuffer(data, 'pipeline.xlsx');
    expect(again).toEqual(model);
    expect(await workbookFromBuffer(await workbookToBuffer(again), 'pipeline.xlsx')).toEqual(model);
  });

  it('reads the same model through exceljs, the reader of files edited elsewhere', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    expect(xlsxToModel(workbook, 'pipeline.xlsx')).toEqual(model);
  });

  it('keeps the tabs, the frozen header, column widths and bold headers', () => {
    expect([...pkg.workbookXml.matchAll(/<sheet\b([^>]*)\/>/g)].map(([, tag]) => [attr(tag, 'name'), attr(tag, 'state') ?? 'visible'])).toEqual([
      ['Pipeline', 'visible'],
      ['Stage History', 'visible'],
      ['Pipeline Settings', 'visible'],
      ['Conversion', 'visible'],
      ['Forecast', 'visible'],
      ['__sheets_pipeline__', 'veryHidden'],
    ]);
    const pipeline = pkg.sheetXml.Pipeline;
    expect(pipeline).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    expect(pipeline).toContain('<col min="2" max="2" width="36.43" customWidth="1"/>');
    for (let c = 1; c <= header.length; c += 1) expect(cell(pkg, 'Pipeline', `${columnLetter(c)}1`)).toMatchObject({ type: 's', bold: true, text: header[c - 1] });
    expect(cell(pkg, 'Pipeline', 'A2').bold).toBe(false);
    expect(pkg.sheetXml['Stage History']).toMatch(/<pane ySplit="1"[^>]*state="frozen"\/>/);
  });

  it('types amounts, percents and dates, with the number formats the add-on set', () => {
    const pipeline = sheetOf(model, 'Pipeline');
    const row = pipeline.values.findIndex((r) => typeof r[column('Amount') - 1] === 'number' && typeof r[column('Probability') - 1] === 'number') + 1;
    const values = pipeline.values[row - 1];
    const ref = (name: string) => `${columnLetter(column(name))}${row}`;
    expect(cell(pkg, 'Pipeline', ref('Amount'))).toMatchObject({ type: 'n', numFmt: '#,##0', value: String(values[column('Amount') - 1]) });
    expect(cell(pkg, 'Pipeline', ref('Probability'))).toMatchObject({ type: 'n', numFmt: '0%', value: String(values[column('Probability') - 1]) });
    const created = cell(pkg, 'Pipeline', ref('Created'));
    expect(created).toMatchObject({ type: 'n', numFmt: 'yyyy-mm-dd hh:mm' });
    expect(Number(created.value)).toBeCloseTo(parisSerial(values[column('Created') - 1] as Date), 9);
    const close = pipeline.values.findIndex((r) => r[column('Expected close') - 1] instanceof Date) + 1;
    const expected = cell(pkg, 'Pipeline', `${columnLetter(column('Expected close'))}${close}`);
    expect(expected).toMatchObject({ type: 'n', numFmt: 'yyyy-mm-dd' });
    expect(Number(expected.value)).toBeCloseTo(parisSerial(pipeline.values[close - 1][column('Expected close') - 1] as Date), 9);
    expect(cell(pkg, 'Pipeline', `${columnLetter(column('Need'))}2`).type).toBe('b');
    expect(cell(pkg, 'Stage History', 'A2')).toMatchObject({ type: 'n', numFmt: 'yyyy-mm-dd hh:mm:ss' });
  });

  it('types the report figures: counts, currency, percents, months and the update time', () => {
    const conversion = sheetOf(model, 'Conversion');
    const label = (sheet: SheetModel, text: string) => sheet.values.findIndex((r) => r[0] === text) + 1;
    expect(cell(pkg, 'Conversion', 'B1')).toMatchObject({ type: 'n', numFmt: '0.0%', value: String(conversion.values[0][1]) });
    expect(cell(pkg, 'Conversion', `B${label(conversion, 'Average deal size')}`)).toMatchObject({ type: 'n', numFmt: '[$€]#,##0' });
    expect(cell(pkg, 'Conversion', 'B2')).toMatchObject({ type: 'n', numFmt: '#,##0' });
    const updated = cell(pkg, 'Conversion', `B${label(conversion, 'Updated')}`);
    expect(updated).toMatchObject({ type: 'n', numFmt: 'yyyy-mm-dd hh:mm' });
    expect(cell(pkg, 'Conversion', 'A1')).toMatchObject({ type: 's', numFmt: '@' });

    const forecast = sheetOf(model, 'Forecast');
    const chart = forecast.charts[0];
    const firstMonth = chart.ranges[0].row + 1;
    const month = cell(pkg, 'Forecast', `A${firstMonth}`);
    expect(month).toMatchObject({ type: 'n', numFmt: 'yyyy-mm' });
    expect(Number(month.value)).toBeCloseTo(parisSerial(forecast.values[firstMonth - 1][0] as Date), 9);
    expect(cell(pkg, 'Forecast', `B${firstMonth}`)).toMatchObject({ type: 'n', numFmt: '[$€]#,##0' });
  });

  it('writes the Stage dropdown as a list validation that rejects other input', () => {
    const stage = columnLetter(column('Stage'));
    const validations = [...pkg.sheetXml.Pipeline.matchAll(/<dataValidation ([^>]*)><formula1>([\s\S]*?)<\/formula1><\/dataValidation>/g)];
    const stages = validations.find(([, tag]) => attr(tag, 'sqref') === `${stage}2:${stage}1000`);
    expect(stages).toBeDefined();
    const [, tag, formula] = stages!;
    expect(attr(tag, 'type')).toBe('list');
    expect(attr(tag, 'errorStyle')).toBe('stop');
    expect(attr(tag, 'showErrorMessage')).toBe('1');
    expect(attr(tag, 'showDropDown')).toBeUndefined(); // in xlsx, showDropDown="1" would hide the arrow
    expect(attr(tag, 'prompt')).toMatch(/^Choose a stage: Prospecting/);
    expect(decode(formula)).toBe(`"${STAGES.join(',')}"`);
    const checkboxes = validations.find(([, t]) => attr(t, 'sqref') === `${columnLetter(column('Need'))}2:${columnLetter(column('Timing'))}1000`);
    expect(checkboxes && decode(checkboxes[2])).toBe('"TRUE,FALSE"');
  });

  it('writes the stale-deal and overdue-next-step highlights as expression rules Excel evaluates per row', () => {
    const rules = [...pkg.sheetXml.Pipeline.matchAll(/<conditionalFormatting sqref="([^"]*)"><cfRule ([^>]*)><formula>([\s\S]*?)<\/formula><\/cfRule><\/conditionalFormatting>/g)].map(
      ([, sqref, tag, formula]) => ({ sqref, type: attr(tag, 'type'), dxf: pkg.dxfs[Number(attr(tag, 'dxfId'))], priority: attr(tag, 'priority'), formula: decode(formula) }),
    );
    const due = columnLetter(column('Next step due'));
    const entered = columnLetter(column('Stage entered'));
    const stage = columnLetter(column('Stage'));
    const last = columnLetter(header.length);
    expect(rules).toHaveLength(2);
    const [overdue, stale] = rules;
    expect(overdue).toMatchObject({ sqref: `${due}2:${due}1000`, type: 'expression', priority: '1' });
    expect(overdue.formula).toMatch(new RegExp(`^AND\\(ISTEXT\\("sheets-pipeline:overdue"\\),ISNUMBER\\(\\$${due}2\\),\\$${due}2<TODAY\\(\\)`));
    expect(overdue.dxf).toContain('rgb="FFF4CCCC"');
    expect(overdue.dxf).toContain('<color rgb="FF990000"/>');
    expect(stale).toMatchObject({ sqref: `A2:${last}1000`, type: 'expression', priority: '2' });
    expect(stale.formula).toContain(`NOW()-$${entered}2>14`);
    expect(stale.formula).toContain(`TRIM($${stage}2)="Proposal"`);
    expect(stale.dxf).toContain('rgb="FFFFF2CC"');
    // Relative to the first cell of the range, as Excel reads expression rules: no "=" and row 2.
    for (const rule of rules) expect(rule.formula).not.toMatch(/^=|\$[A-Z]+(?:1|3)\b/);
  });

  it('shows the same rules, dropdown and formats to exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('Pipeline')!;
    const stage = `${columnLetter(column('Stage'))}5`;
    const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(validations[stage]).toMatchObject({ type: 'list', formulae: [`"${STAGES.join(',')}"`], showErrorMessage: true, errorStyle: 'stop' });
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cf).toHaveLength(2);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').font.bold).toBe(true);
    const created = ws.getCell(`${columnLetter(column('Created'))}2`);
    expect(created.value).toBeInstanceOf(Date);
    expect(created.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getCell(`${columnLetter(column('Probability'))}2`).numFmt).toBe('0%');
  });

  it('keeps the chart specs in the metadata (xlsx charts are not written)', async () => {
    const again = await workbookFromBuffer(data, 'pipeline.xlsx');
    expect(sheetOf(again, 'Conversion').charts).toEqual([expect.objectContaining({ type: 'BAR', options: expect.objectContaining({ title: 'Deals that reached each stage' }) })]);
    expect(sheetOf(again, 'Forecast').charts).toEqual([expect.objectContaining({ type: 'COLUMN' })]);
    const zip = await JSZip.loadAsync(data);
    expect(Object.keys(zip.files).filter((name) => name.includes('chart'))).toEqual([]);
  });

  it('round-trips the French workbook too', async () => {
    const french = productModel('fr');
    expect(await workbookFromBuffer(await workbookToBuffer(french), 'pipeline.xlsx')).toEqual(french);
  });
});
