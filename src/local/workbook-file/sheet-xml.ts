/**
 * One worksheet as SpreadsheetML, written straight into the zip part row by row: typed
 * values (numbers, booleans, shared strings, dates as serial numbers in the workbook's
 * time zone), formulas with their cached results, styles, frozen panes, column widths,
 * list validations, conditional formats and sheet protection.
 */
import type { CellFormatModel, CellValue, SheetModel } from '../emulator/model';
import { cellA1, rangeA1 } from './a1';
import { isDateFormat, toArgb } from './cell-style';
import { toXlsxConditionalFormat } from './conditional-format-xlsx';
import type { CellFix } from './metadata';
import type { StyleTable } from './styles-xml';
import type { ZoneClock } from './time-zone';
import { toXlsxValidation } from './validation-xlsx';
import { escapeAttribute, escapeText } from './xml';
import type { ZipPartWriter } from './zip-writer';
import { columnLetters } from '../../core/columns/a1-notation';
import { MS_PER_DAY, wallMsToSerial } from './excel-serial';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Formatted empty cells are written down to at least this row, like a new Sheets tab. */
const MIN_STYLED_ROWS = 1000;
const MIN_STYLED_COLUMNS = 26;
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';


/** Pixel widths as Sheets reports them → xlsx character widths (Calibri 11: 7 px a character plus 5 px padding). */
const pixelsToChars = (px: number) => Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);

/** Shared strings: each distinct text once, cells point to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  references = 0;

  id(text: string): number {
    this.references += 1;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(text);
      this.index.set(text, id);
    }
    return id;
  }

  write(out: ZipPartWriter): void {
    out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.list.length}">`);
    for (const text of this.list) {
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      out.write(`<si><t${space}>${escapeText(text)}</t></si>`);
    }
    out.write('</sst>');
  }
}

export interface SheetXmlContext {
  strings: SharedStrings;
  styles: StyleTable;
  clock: ZoneClock;
}

/** What the cells of one row look like: the merged format of each column, and its xf. */
interface RowLayout {
  formats: (CellFormatModel | undefined)[];
  xfs: number[];
  dateFormatted: boolean[];
  /** Rightmost column with a format. */
  lastColumn: number;
}

interface FormatSpan {
  row: number;
  endRow: number;
  column: number;
  endColumn: number;
  format: CellFormatModel;
  order: number;
}

/**
 * The model's formats are ranges, later ones overriding earlier ones key by key, as Sheets
 * applies them. Rows are visited top to bottom, and the per-column layout is rebuilt only
 * where a range starts or ends, so a 100 000-row column format costs one layout.
 */
class FormatSweep {
  private readonly spans: FormatSpan[];
  private next = 0;
  private active: FormatSpan[] = [];
  private layout: RowLayout | null = null;
  /** Last row any format reaches (within the styled area). */
  readonly lastRow: number;

  constructor(
    formats: SheetModel['formats'],
    lastRow: number,
    lastColumn: number,
    private readonly styles: StyleTable,
  ) {
    this.spans = formats
      .map(({ range, format }, order) => ({
        row: range.row,
        endRow: Math.min(range.row + range.numRows - 1, lastRow),
        column: range.column,
        endColumn: Math.min(range.column + range.numColumns - 1, lastColumn),
        format,
        order,
      }))
      .filter((span) => span.row <= span.endRow && span.column <= span.endColumn && Object.keys(span.format).length > 0)
      .sort((a, b) => a.row - b.row || a.order - b.order);
    this.lastRow = this.spans.reduce((last, span) => Math.max(last, span.endRow), 0);
  }

  /** Rows must be asked in increasing order. */
  at(row: number): RowLayout | null {
    let changed = false;
    if (this.active.some((span) => span.endRow < row)) {
      this.active = this.active.filter((span) => span.endRow >= row);
      changed = true;
    }
    while (this.next < this.spans.length && this.spans[this.next].row <= row) {
      const span = this.spans[this.next];
      if (span.endRow >= row) this.active.push(span);
      this.next += 1;
      changed = true;
    }
    if (changed) this.layout = this.build();
    return this.layout;
  }

  private build(): RowLayout | null {
    if (this.active.length === 0) return null;
    const spans = [...this.active].sort((a, b) => a.order - b.order);
    const formats: (CellFormatModel | undefined)[] = [];
    let lastColumn = 0;
    for (const span of spans) {
      for (let column = span.column; column <= span.endColumn; column += 1) {
        const previous = formats[column];
        formats[column] = previous ? { ...previous, ...span.format } : span.format;
      }
      lastColumn = Math.max(lastColumn, span.endColumn);
    }
    const xfs: number[] = [];
    const dateFormatted: boolean[] = [];
    formats.forEach((format, column) => {
      if (!format) return;
      xfs[column] = this.styles.xf(format);
      dateFormatted[column] = isDateFormat(format.numberFormat);
    });
    return { formats, xfs, dateFormatted, lastColumn };
  }
}

const isEmpty = (value: CellValue | null | undefined): boolean => value === '' || value === null || value === undefined;

/** Column letters by 1-based column, built as needed. */
const LETTERS: string[] = [''];
function letters(column: number): string {
  while (LETTERS.length <= column) LETTERS.push(columnLetters(LETTERS.length));
  return LETTERS[column];
}

const sheetViewXml = (sheet: SheetModel, selected: boolean): string => {
  const tab = selected ? ' tabSelected="1"' : '';
  const rows = Math.max(0, sheet.frozenRows);
  const columns = Math.max(0, sheet.frozenColumns);
  if (rows === 0 && columns === 0) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = cellA1(rows + 1, columns + 1);
  return [
    `<sheetViews><sheetView workbookViewId="0"${tab}>`,
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`,
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`,
    '</sheetView></sheetViews>',
  ].join('');
};

function columnsXml(sheet: SheetModel): string {
  const widths = new Map<number, number>();
  for (const { column, width } of sheet.columnWidths) widths.set(column, width);
  if (widths.size === 0) return '';
  const cols = [...widths]
    .sort((a, b) => a[0] - b[0])
    .map(([column, width]) => `<col min="${column}" max="${column}" width="${pixelsToChars(width)}" customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

function protectionXml(sheet: SheetModel): string {
  // Only an enforced whole-sheet protection has an xlsx counterpart; range protections live in the metadata.
  return sheet.protections.some((p) => p.type === 'SHEET' && !p.warningOnly) ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : '';
}

function conditionalFormatsXml(sheet: SheetModel, context: SheetXmlContext): string {
  let priority = 0;
  return sheet.conditionalFormats
    .map((rule) => {
      const xlsx = toXlsxConditionalFormat(rule, context.clock);
      if (!xlsx) return '';
      priority += 1;
      const dxf = context.styles.dxf(rule.format);
      return `<conditionalFormatting sqref="${xlsx.sqref}"><cfRule type="expression" dxfId="${dxf}" priority="${priority}"><formula>${escapeText(xlsx.formula)}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
}

function validationsXml(sheet: SheetModel): string {
  const rules = sheet.validations.flatMap(({ range, rule }) => {
    const xlsx = toXlsxValidation(rule);
    if (!xlsx) return [];
    const attributes = [
      'type="list"',
      'allowBlank="1"',
      // In xlsx, showDropDown="1" *hides* the in-cell arrow.
      xlsx.showDropdown ? '' : 'showDropDown="1"',
      xlsx.prompt ? `showInputMessage="1" prompt="${escapeAttribute(xlsx.prompt)}"` : '',
      xlsx.reject ? 'showErrorMessage="1" errorStyle="stop"' : 'errorStyle="warning"',
      `sqref="${rangeA1(range)}"`,
    ].filter(Boolean);
    return [`<dataValidation ${attributes.join(' ')}><formula1>${escapeText(xlsx.formula)}</formula1></dataValidation>`];
  });
  return rules.length > 0 ? `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>` : '';
}

export interface SheetXmlOptions {
  /** The tab Excel opens on. */
  selected: boolean;
  /** Relationship id of the notes' VML drawing, when the sheet has notes. */
  notesDrawing?: string;
}

/** Writes the worksheet part; returns how cells must be retyped on reading (see `CellFix`). */
export function writeSheetXml(out: ZipPartWriter, sheet: SheetModel, context: SheetXmlContext, options: SheetXmlOptions): CellFix[] {
  const { strings, styles, clock } = context;
  const fixes: CellFix[] = [];
  const tabColor = toArgb(sheet.tabColor);
  out.write(
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
      tabColor ? `<sheetPr><tabColor rgb="${tabColor}"/></sheetPr>` : '',
      sheetViewXml(sheet, options.selected),
      '<sheetFormatPr defaultRowHeight="15"/>',
      columnsXml(sheet),
      '<sheetData>',
    ].join(''),
  );

  const values = sheet.values;
  const lastValueColumn = values.reduce((max, row) => Math.max(max, row.length), 0);
  const sweep = new FormatSweep(sheet.formats, Math.max(values.length, MIN_STYLED_ROWS), Math.max(lastValueColumn, MIN_STYLED_COLUMNS), styles);
  const formulas = new Map<number, Map<number, string>>();
  let lastFormulaRow = 0;
  for (const { row, column, formula } of sheet.formulas) {
    let cells = formulas.get(row);
    if (!cells) formulas.set(row, (cells = new Map()));
    cells.set(column, formula);
    lastFormulaRow = Math.max(lastFormulaRow, row);
  }
  /** xf of a date cell that has no number format of its own, by its xf and kind. */
  const defaultDateXfs = new Map<number, number>();
  const lastRow = Math.max(values.length, sweep.lastRow, lastFormulaRow);
  const empty: CellValue[] = [];

  for (let row = 1; row <= lastRow; row += 1) {
    const cells = values[row - 1] ?? empty;
    const layout = sweep.at(row);
    const rowFormulas = formulas.get(row);
    let lastColumn = Math.max(cells.length, layout ? layout.lastColumn : 0);
    if (rowFormulas) for (const column of rowFormulas.keys()) lastColumn = Math.max(lastColumn, column);
    const rowNumber = String(row);
    let rowOpen = false;
    for (let column = 1; column <= lastColumn; column += 1) {
      const value = cells[column - 1];
      const formula = rowFormulas?.get(column);
      let xf = layout ? layout.xfs[column] ?? 0 : 0;
      if (isEmpty(value) && formula === undefined && xf === 0) continue;
      if (!rowOpen) {
        out.writeAscii(`<row r="${rowNumber}">`);
        rowOpen = true;
      }
      if (isEmpty(value) && formula === undefined) {
        out.writeAscii(`<c r="${letters(column)}${rowNumber}" s="${xf}"/>`);
        continue;
      }
      const dateFormatted = layout ? layout.dateFormatted[column] === true : false;
      let type = '';
      let content = '';
      /** Text from the user (a formula's text result) may be anything; the rest is ASCII. */
      let text = false;
      if (value instanceof Date) {
        const wall = clock.wallClockOf(value.getTime());
        content = String(wallMsToSerial(wall));
        const format = layout?.formats[column];
        if (!format?.numberFormat) {
          const midnight = wall % MS_PER_DAY === 0;
          const key = xf * 2 + (midnight ? 0 : 1);
          let dateXf = defaultDateXfs.get(key);
          if (dateXf === undefined) {
            dateXf = styles.xf({ ...format, numberFormat: midnight ? DATE_FORMAT : DATE_TIME_FORMAT });
            defaultDateXfs.set(key, dateXf);
          }
          xf = dateXf;
        } else if (!dateFormatted) {
          fixes.push([row, column, 'date']);
        }
        if (clock.needsLaterInstant(value)) fixes.push([row, column, 'later-date']);
      } else if (typeof value === 'number') {
        if (Number.isFinite(value)) content = String(value);
        else {
          type = 'e';
          content = '#NUM!';
        }
        if (dateFormatted) fixes.push([row, column, 'number', value]);
      } else if (typeof value === 'boolean') {
        type = 'b';
        content = value ? '1' : '0';
      } else if (!isEmpty(value)) {
        if (formula === undefined) {
          type = 's';
          content = String(strings.id(String(value)));
        } else {
          type = 'str';
          content = escapeText(String(value));
          text = true;
        }
      }
      const open = `<c r="${letters(column)}${rowNumber}"${xf !== 0 ? ` s="${xf}"` : ''}${type ? ` t="${type}"` : ''}>`;
      if (formula === undefined && !text) {
        out.writeAscii(`${open}<v>${content}</v></c>`);
      } else {
        out.writeAscii(open);
        if (formula !== undefined) out.write(`<f>${escapeText(formula.replace(/^=/, ''))}</f>`);
        if (content === '') out.writeAscii('</c>');
        else if (text) out.write(`<v>${content}</v></c>`);
        else out.writeAscii(`<v>${content}</v></c>`);
      }
    }
    if (rowOpen) out.writeAscii('</row>');
  }

  out.write(
    [
      '</sheetData>',
      protectionXml(sheet),
      conditionalFormatsXml(sheet, context),
      validationsXml(sheet),
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      options.notesDrawing ? `<legacyDrawing r:id="${options.notesDrawing}"/>` : '',
      '</worksheet>',
    ].join(''),
  );
  return fixes;
}
