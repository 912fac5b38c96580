/**
 * `xl/styles.xml`: one cell format (xf) per distinct `CellFormatModel`, fonts, fills and
 * number formats shared between them, and the differential formats (dxf) conditional
 * formatting rules point to.
 */
import type { CellFormatModel, ConditionalFormatModel } from '../emulator/model';
import { toArgb } from './cell-style';
import { builtInFormatId, FIRST_CUSTOM_FORMAT_ID } from './number-formats';
import { escapeAttribute } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DEFAULT_FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
const ALIGNMENTS = new Set(['left', 'center', 'right']);

/** Interns strings into an indexed list. */
class Indexed {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(initial: string[] = []) {
    for (const item of initial) this.id(item);
  }

  id(item: string): number {
    let id = this.index.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(item);
      this.index.set(item, id);
    }
    return id;
  }
}

export class StyleTable {
  private readonly fonts = new Indexed([`<font>${DEFAULT_FONT}</font>`]);
  private readonly fills = new Indexed(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly customFormats = new Map<string, number>();
  private readonly xfs = new Indexed(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Indexed();
  /** xf id by the model format's JSON, so each distinct format is translated once. */
  private readonly byFormat = new Map<string, number>();

  /** The xf id (the `s` attribute of a cell) for a cell format; 0 is the default. */
  xf(format: CellFormatModel): number {
    const key = JSON.stringify(format);
    let id = this.byFormat.get(key);
    if (id === undefined) {
      id = this.xfs.id(this.xfXml(format));
      this.byFormat.set(key, id);
    }
    return id;
  }

  private numberFormatId(code: string | undefined): number {
    if (!code) return 0;
    const builtIn = builtInFormatId(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT_ID + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }

  private xfXml(format: CellFormatModel): string {
    const numFmtId = this.numberFormatId(format.numberFormat);
    const bold = format.fontWeight === 'bold';
    const colour = toArgb(format.fontColor);
    const fontId = bold || colour ? this.fonts.id(`<font>${bold ? '<b/>' : ''}${colour ? `<color rgb="${colour}"/>` : ''}${DEFAULT_FONT}</font>`) : 0;
    const fill = toArgb(format.background);
    const fillId = fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    // Apps Script reports alignments like `general-left`; xlsx only knows the plain word.
    const horizontal = (format.horizontalAlignment ?? '').replace(/^general-/, '');
    const alignment = [ALIGNMENTS.has(horizontal) ? ` horizontal="${horizontal}"` : '', format.wrap ? ' wrapText="1"' : ''].join('');
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      fontId ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}`;
    return alignment ? `${head}><alignment${alignment}/></xf>` : `${head}/>`;
  }

  /** The dxf id for a conditional format's look; differential fills paint with `bgColor`. */
  dxf(format: ConditionalFormatModel['format']): number {
    const font = [
      format.bold ? '<b/>' : '',
      format.italic ? '<i/>' : '',
      format.strikethrough ? '<strike/>' : '',
      toArgb(format.fontColor) ? `<color rgb="${toArgb(format.fontColor)}"/>` : '',
    ].join('');
    const fill = toArgb(format.background);
    return this.dxfs.id(
      `<dxf>${font ? `<font>${font}</font>` : ''}${fill ? `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor rgb="${fill}"/></patternFill></fill>` : ''}</dxf>`,
    );
  }

  xml(): string {
    const list = (tag: string, items: string[], extra = '') => `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`;
    const numFmts = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      `<styleSheet xmlns="${MAIN_NS}">`,
      numFmts.length > 0 ? list('numFmts', numFmts) : '',
      list('fonts', this.fonts.items),
      list('fills', this.fills.items),
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list('cellXfs', this.xfs.items),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      list('dxfs', this.dxfs.items),
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '</styleSheet>',
    ].join('');
  }
}
