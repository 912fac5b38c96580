/**
 * Model → xlsx: real xlsx features where xlsx has them, the rest in the metadata sheet.
 *
 * The package is written directly as SpreadsheetML into a streaming zip: at 100 000 rows
 * an in-memory exceljs workbook took most of a minute and gigabytes; this writes each row
 * once, as text, and keeps only compressed bytes.
 */
import type { SheetModel, WorkbookModel } from '../emulator/model';
import { commentsXml, notesVml } from './comments-xml';
import { WorkbookContentError } from './errors';
import { encodeMetadata, METADATA_SHEET, newMetadata, SheetMetadata } from './metadata';
import { modelOrder } from './ordering';
import { encodeShape } from './shape';
import { SharedStrings, writeSheetXml } from './sheet-xml';
import { xlsxSheetName } from './sheet-name';
import { StyleTable } from './styles-xml';
import { ZoneClock } from './time-zone';
import { escapeAttribute } from './xml';
import { ZipWriter } from './zip-writer';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

function sheetMetadata(sheet: SheetModel, fixes: SheetMetadata['cellFixes']): SheetMetadata {
  const { name, id, maxRows, maxColumns, formats, validations, protections, conditionalFormats, charts, columnWidths, tabColor } = sheet;
  const order: SheetMetadata['order'] = {};
  const notes = modelOrder(sheet.notes);
  const formulas = modelOrder(sheet.formulas);
  if (notes) order.notes = notes;
  if (formulas) order.formulas = formulas;
  return {
    name, id, maxRows, maxColumns,
    shape: encodeShape(sheet.values),
    formats, validations, protections, conditionalFormats, charts, columnWidths,
    cellFixes: fixes,
    order,
    ...(tabColor === undefined ? {} : { tabColor }),
  };
}

/** The very hidden sheet holding the metadata JSON, one chunk per cell of column A. */
function metadataSheet(chunks: string[]): SheetModel {
  return {
    name: METADATA_SHEET, id: -1, hidden: true, maxRows: chunks.length, maxColumns: 1, frozenRows: 0, frozenColumns: 0,
    values: chunks.map((chunk) => [chunk]),
    formulas: [], notes: [], formats: [], validations: [], protections: [], conditionalFormats: [], charts: [], columnWidths: [],
  };
}

const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${escapeAttribute(target)}"/>`;
const relationships = (items: string[]) => `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${items.join('')}</Relationships>`;

interface WrittenSheet {
  fileName: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export function modelToXlsx(model: WorkbookModel): Buffer {
  if (model.sheets.some((sheet) => sheet.name === METADATA_SHEET)) {
    throw new WorkbookContentError('reason.reservedSheetName', { name: METADATA_SHEET });
  }
  const zip = new ZipWriter();
  const context = { strings: new SharedStrings(), styles: new StyleTable(), clock: new ZoneClock(model.timeZone) };
  // Excel opens on a visible tab; the model's active sheet (which may be hidden) is in the metadata.
  const active = model.sheets.findIndex((sheet) => sheet.name === model.activeSheet && !sheet.hidden);
  const activeTab = active >= 0 ? active : Math.max(0, model.sheets.findIndex((sheet) => !sheet.hidden));
  // The content types first, as Excel writes them: every part is known before any is written.
  const sheets = [...model.sheets, { notes: [] }];
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/>`,
    ...sheets.map((_sheet, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${CONTENT_TYPE}.worksheet+xml"/>`),
    ...sheets.flatMap((sheet, index) =>
      sheet.notes.length > 0 ? [`<Override PartName="/xl/comments${index + 1}.xml" ContentType="${CONTENT_TYPE}.comments+xml"/>`] : [],
    ),
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT_TYPE}.sharedStrings+xml"/>`,
  ];
  zip.add(
    '[Content_Types].xml',
    [
      XML_HEAD,
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
      '<Default Extension="xml" ContentType="application/xml"/>',
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
      ...overrides,
      '</Types>',
    ].join(''),
  );
  const taken = new Set<string>([METADATA_SHEET.toLowerCase()]);
  const written: WrittenSheet[] = [];
  const metadata: SheetMetadata[] = [];
  let drawings = 0;

  const writeSheet = (sheet: SheetModel, fileName: string, state: WrittenSheet['state']): SheetMetadata['cellFixes'] => {
    const index = written.length + 1;
    const comments = sheet.notes.length > 0;
    const part = zip.part(`xl/worksheets/sheet${index}.xml`);
    const fixes = writeSheetXml(part, sheet, context, { selected: index - 1 === activeTab, notesDrawing: comments ? 'rId2' : undefined });
    part.end();
    if (comments) {
      drawings += 1;
      zip.add(`xl/comments${index}.xml`, commentsXml(sheet.notes));
      zip.add(`xl/drawings/vmlDrawing${index}.vml`, notesVml(sheet.notes, drawings));
      zip.add(
        `xl/worksheets/_rels/sheet${index}.xml.rels`,
        relationships([relationship('rId1', 'comments', `../comments${index}.xml`), relationship('rId2', 'vmlDrawing', `../drawings/vmlDrawing${index}.vml`)]),
      );
    }
    written.push({ fileName, state });
    return fixes;
  };

  for (const sheet of model.sheets) {
    const fileName = xlsxSheetName(sheet.name, taken);
    taken.add(fileName.toLowerCase());
    const fixes = writeSheet(sheet, fileName, sheet.hidden ? 'hidden' : 'visible');
    metadata.push({ ...sheetMetadata(sheet, fixes), ...(fileName === sheet.name ? {} : { fileName }) });
  }
  writeSheet(metadataSheet(encodeMetadata(newMetadata(model, metadata))), METADATA_SHEET, 'veryHidden');

  const strings = zip.part('xl/sharedStrings.xml');
  context.strings.write(strings);
  strings.end();
  zip.add('xl/styles.xml', context.styles.xml());
  const sheetEntries = written.map(
    (sheet, index) =>
      `<sheet name="${escapeAttribute(sheet.fileName)}" sheetId="${index + 1}"${sheet.state === 'visible' ? '' : ` state="${sheet.state}"`} r:id="rId${index + 1}"/>`,
  );
  zip.add(
    'xl/workbook.xml',
    [
      XML_HEAD,
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
      '<workbookPr/>',
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" activeTab="${activeTab}"/></bookViews>`,
      `<sheets>${sheetEntries.join('')}</sheets>`,
      '<calcPr calcId="171027"/>',
      '</workbook>',
    ].join(''),
  );
  const count = written.length;
  zip.add(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...written.map((_sheet, index) => relationship(`rId${index + 1}`, 'worksheet', `worksheets/sheet${index + 1}.xml`)),
      relationship(`rId${count + 1}`, 'styles', 'styles.xml'),
      relationship(`rId${count + 2}`, 'sharedStrings', 'sharedStrings.xml'),
    ]),
  );
  zip.add('_rels/.rels', relationships([relationship('rId1', 'officeDocument', 'xl/workbook.xml')]));
  return zip.finish();
}
