/**
 * The fast reader: parses a package that carries our metadata sheet straight from its
 * XML, a window of rows at a time, instead of building exceljs's object model (which took
 * half a minute and gigabytes at 100 000 rows). It reads only what the metadata does not
 * hold: cell values and formulas, notes, frozen panes and hidden state. Anything it does
 * not understand (a tab without metadata, shared formulas, zip64...) throws
 * `UnsupportedPackage`, and the caller reads the file with exceljs instead.
 */
import posixPath from 'node:path/posix';
import type { CellValue } from '../emulator/model';
import { isDateFormat } from './cell-style';
import { METADATA_SHEET } from './metadata';
import { builtInFormatCode } from './number-formats';
import { serialToDate } from './excel-serial';
import type { RawCells, RawSheet, RawWorkbook } from './read-xlsx';
import { attribute, decodeText, rawAttribute, runText } from './xml';
import { UnsupportedZip, ZipReader } from './zip-reader';

export class UnsupportedPackage extends Error {}

/** Bytes of sheet XML decoded and parsed at a time. */
const WINDOW = 4 << 20;

interface Relationship {
  type: string;
  target: string;
}

/** `Id` → relationship, targets resolved to package paths. */
function readRelationships(zip: ZipReader, part: string): Map<string, Relationship> {
  const folder = posixPath.dirname(part);
  const relsPath = posixPath.join(folder, '_rels', `${posixPath.basename(part)}.rels`);
  const xml = zip.readText(relsPath) ?? '';
  const relationships = new Map<string, Relationship>();
  for (const match of xml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(match[1], 'Id');
    const target = attribute(match[1], 'Target');
    if (!id || !target || attribute(match[1], 'TargetMode') === 'External') continue;
    const resolved = target.startsWith('/') ? target.slice(1) : posixPath.normalize(posixPath.join(folder, target));
    relationships.set(id, { type: attribute(match[1], 'Type') ?? '', target: resolved });
  }
  return relationships;
}

const isType = (relationship: Relationship, name: string) => relationship.type.endsWith(`/${name}`);

/** Whether each cell format (xf) shows numbers as dates, the way exceljs decides it. */
function readDateStyles(xml: string): boolean[] {
  const formats = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)>/g)) {
    const id = Number(attribute(match[1], 'numFmtId'));
    const code = attribute(match[1], 'formatCode');
    if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*)>/g)].map((match) => {
    const id = Number(rawAttribute(match[1], 'numFmtId') ?? 0);
    return isDateFormat(formats.get(id) ?? builtInFormatCode(id));
  });
}

function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) strings.push(match[1] === undefined ? '' : runText(match[1]));
  return strings;
}

/** 'AB12' → column 28 (row ignored); 0 when not a cell reference. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else if (code !== 36) break;
  }
  return column;
}

/** A double-quoted attribute of a `<c>` or `<row>` tag, quickly; the general parser otherwise. */
function tagAttribute(attributes: string, name: string): string | undefined {
  const start = attributes.indexOf(` ${name}="`);
  if (start < 0) return attributes.includes("'") ? rawAttribute(attributes, name) : undefined;
  const from = start + name.length + 3;
  return attributes.slice(from, attributes.indexOf('"', from));
}

const NON_ASCII = /[\x80-\xff]/;
/**
 * A row, a cell as Excel and we write it (`r`, then `s` and `t` when present), or any
 * other cell: the first form is the hot path, parsed without looking at attributes again.
 */
const CELL_OR_ROW =
  /<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="([a-zA-Z]+)")?(?:\/>|>([\s\S]*?)<\/c>)|<row\b([^>]*?)\/?>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;

class SheetDataParser {
  readonly cells: RawCells = { rows: [], rowLengths: [], formulas: [], notes: [] };
  private row = 0;
  private column = 0;
  private values: CellValue[] = [];

  constructor(
    private readonly strings: string[],
    private readonly dateStyles: boolean[],
  ) {}

  parse(text: string): void {
    CELL_OR_ROW.lastIndex = 0;
    for (let match = CELL_OR_ROW.exec(text); match; match = CELL_OR_ROW.exec(text)) {
      if (match[1] !== undefined) this.cell(columnOf(match[1]), match[2], match[3], match[4] ?? '');
      else if (match[5] !== undefined) this.startRow(match[5]);
      else {
        const attributes = match[6];
        const reference = tagAttribute(attributes, 'r');
        const column = reference ? columnOf(reference) : this.column + 1;
        this.cell(column, tagAttribute(attributes, 's'), tagAttribute(attributes, 't'), match[7] ?? '');
      }
    }
  }

  private startRow(attributes: string): void {
    const r = tagAttribute(attributes, 'r');
    this.row = r ? Number(r) : this.row + 1;
    this.column = 0;
    this.values = this.cells.rows[this.row - 1] ??= [];
    this.cells.rowLengths[this.row - 1] ??= 0;
  }

  private cell(column: number, style: string | undefined, type: string | undefined, inner: string): void {
    this.column = column;
    if (this.row === 0) throw new UnsupportedPackage('a cell outside a row');
    let formula: string | undefined;
    if (inner.includes('<f')) {
      const f = FORMULA.exec(inner);
      if (f) {
        const kind = rawAttribute(f[1], 't');
        const text = f[2] ?? '';
        // Shared formulas are stored once for many cells; exceljs knows how to translate them.
        if ((kind === 'shared' && text === '') || kind === 'dataTable') throw new UnsupportedPackage(`${kind} formula`);
        if (text !== '') formula = `=${decodeText(text)}`;
      }
    }
    let value: CellValue = '';
    if (type === 'inlineStr') {
      const inline = /<is>([\s\S]*?)<\/is>/.exec(inner);
      value = inline ? runText(inline[1]) : '';
    } else {
      const v = inner.startsWith('<v>') ? inner.slice(3, inner.indexOf('</v>')) : VALUE.exec(inner)?.[1];
      if (v !== undefined) value = this.typed(v, type, style);
    }
    if (value !== '') {
      const values = this.values;
      while (values.length < column - 1) values.push('');
      values[column - 1] = value;
    }
    if (formula !== undefined) this.cells.formulas.push({ row: this.row, column, formula });
    if ((value !== '' || formula !== undefined) && column > this.cells.rowLengths[this.row - 1]) this.cells.rowLengths[this.row - 1] = column;
  }

  private typed(v: string, type: string | undefined, style: string | undefined): CellValue {
    switch (type) {
      case 's': {
        const text = this.strings[Number(v)];
        if (text === undefined) throw new UnsupportedPackage('a shared string out of range');
        return text;
      }
      case 'str':
      case 'e':
        return decodeText(v);
      case 'b':
        return v === '1' || v === 'true';
      case 'd': {
        const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
        return Number.isNaN(date.getTime()) ? decodeText(v) : date;
      }
      default: {
        const number = Number(v);
        if (v.trim() === '' || Number.isNaN(number)) return decodeText(v);
        return style && this.dateStyles[Number(style)] ? serialToDate(number) : number;
      }
    }
  }
}

function parseSheetData(data: Buffer, parser: SheetDataParser): void {
  const open = data.indexOf('<sheetData');
  if (open < 0) return;
  const openEnd = data.indexOf('>', open);
  if (openEnd < 0 || data[openEnd - 1] === 0x2f /* '/' */) return;
  const end = data.indexOf('</sheetData>', openEnd);
  if (end < 0) throw new UnsupportedPackage('unterminated sheetData');
  for (let from = openEnd + 1; from < end; ) {
    let to = end;
    if (from + WINDOW < end) {
      // Cut after a whole row, so that no tag straddles two windows.
      const before = data.lastIndexOf('</row>', from + WINDOW);
      const cut = before > from ? before : data.indexOf('</row>', from + WINDOW);
      if (cut >= 0 && cut < end) to = cut + 6;
    }
    // Most sheet XML is ASCII (text lives in the shared strings): latin1 decodes it several times faster than utf8.
    const ascii = data.toString('latin1', from, to);
    parser.parse(NON_ASCII.test(ascii) ? data.toString('utf8', from, to) : ascii);
    from = to;
  }
}

function frozenPane(head: string): { rows: number; columns: number } {
  const view = /<sheetView\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetView>)/.exec(head)?.[1] ?? '';
  const pane = /<pane\b([^>]*)>/.exec(view)?.[1];
  const state = pane ? attribute(pane, 'state') : undefined;
  if (!pane || (state !== 'frozen' && state !== 'frozenSplit')) return { rows: 0, columns: 0 };
  const count = (name: string) => Math.max(0, Math.round(Number(attribute(pane, name) ?? 0)) || 0);
  return { rows: count('ySplit'), columns: count('xSplit') };
}

function readNotes(zip: ZipReader, sheetPath: string, cells: RawCells): void {
  for (const relationship of readRelationships(zip, sheetPath).values()) {
    if (!isType(relationship, 'comments')) continue;
    const xml = zip.readText(relationship.target) ?? '';
    for (const match of xml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
      const reference = attribute(match[1], 'ref') ?? '';
      const row = Number(/\d+$/.exec(reference)?.[0]);
      const column = columnOf(reference);
      const text = /<text>([\s\S]*?)<\/text>/.exec(match[2])?.[1];
      if (row > 0 && column > 0 && text !== undefined) {
        const note = runText(text);
        if (note) cells.notes.push({ row, column, note });
      }
    }
  }
}

function readSheet(zip: ZipReader, part: string, strings: string[], dateStyles: boolean[]): Omit<RawSheet, 'name' | 'hidden' | 'plain'> {
  const data = zip.read(part);
  if (!data) throw new UnsupportedPackage(`missing part ${part}`);
  const head = data.toString('utf8', 0, Math.max(0, data.indexOf('<sheetData')));
  const parser = new SheetDataParser(strings, dateStyles);
  parseSheetData(data, parser);
  readNotes(zip, part, parser.cells);
  const pane = frozenPane(head);
  return { frozenRows: pane.rows, frozenColumns: pane.columns, cells: parser.cells };
}

/** The package as raw sheets; throws `UnsupportedPackage` when exceljs should read it instead. */
export function readPackage(data: Buffer): RawWorkbook {
  let zip: ZipReader;
  try {
    zip = new ZipReader(data);
  } catch (error) {
    throw error instanceof UnsupportedZip ? new UnsupportedPackage(error.message) : error;
  }
  try {
    const root = [...readRelationships(zip, '').values()].find((r) => isType(r, 'officeDocument'));
    const workbookPath = root?.target ?? 'xl/workbook.xml';
    const workbookXml = zip.readText(workbookPath);
    if (!workbookXml) throw new UnsupportedPackage('no workbook part');
    const relationships = readRelationships(zip, workbookPath);
    const entries = [...workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((match) => {
      const id = /(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*"([^"]*)"/.exec(match[1])?.[1];
      const target = id ? relationships.get(decodeText(id)) : undefined;
      if (!target || !isType(target, 'worksheet')) throw new UnsupportedPackage('a sheet that is not a worksheet');
      const state = attribute(match[1], 'state') ?? 'visible';
      return { name: attribute(match[1], 'name') ?? '', hidden: state !== 'visible', part: target.target };
    });
    // Only files that carry our metadata take this path: a plain xlsx needs what exceljs reads.
    if (!entries.some((entry) => entry.name === METADATA_SHEET)) throw new UnsupportedPackage('no metadata');
    const related = [...relationships.values()];
    const stylesPart = related.find((r) => isType(r, 'styles'));
    const stringsPart = related.find((r) => isType(r, 'sharedStrings'));
    const dateStyles = readDateStyles((stylesPart && zip.readText(stylesPart.target)) ?? '');
    const strings = readSharedStrings(stringsPart ? zip.readText(stringsPart.target) : null);
    const activeTab = Number(attribute(/<workbookView\b([^>]*)>/.exec(workbookXml)?.[1] ?? '', 'activeTab') ?? 0) || 0;

    let metadataChunks: string[] = [];
    const sheets: RawSheet[] = [];
    for (const entry of entries) {
      const sheet = readSheet(zip, entry.part, strings, dateStyles);
      if (entry.name === METADATA_SHEET) {
        metadataChunks = sheet.cells.rows.flatMap((row) => (row && row.length > 0 ? [String(row[0] ?? '')] : []));
        continue;
      }
      sheets.push({
        name: entry.name,
        hidden: entry.hidden,
        ...sheet,
        plain: () => {
          throw new UnsupportedPackage(`tab "${entry.name}" has no metadata`);
        },
      });
    }
    return { sheets, metadataChunks, activeTab };
  } catch (error) {
    throw error instanceof UnsupportedZip ? new UnsupportedPackage(error.message) : error;
  }
}
