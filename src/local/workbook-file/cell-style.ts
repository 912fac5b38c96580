/** Colours and cell styles between the model's `CellFormatModel` and xlsx. */
import type ExcelJS from 'exceljs';
import type { CellFormatModel } from '../emulator/model';

/** `#rgb` / `#rrggbb` → exceljs ARGB; null for names and anything else xlsx cannot take. */
export function toArgb(colour: string | undefined): string | null {
  if (!colour) return null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!hex) return null;
  const digits = hex[1].length === 3 ? hex[1].replace(/./g, (d) => d + d) : hex[1];
  return `FF${digits.toUpperCase()}`;
}

export function fromArgb(colour: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = colour?.argb;
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : undefined;
}

const ALIGNMENTS: Record<string, ExcelJS.Alignment['horizontal']> = { left: 'left', center: 'center', right: 'right' };

/** A cell style exceljs read from a plain xlsx; defaults (General, no fill, black, normal) read as absent. */
export function fromStyle(style: Partial<ExcelJS.Style> | undefined): CellFormatModel {
  const format: CellFormatModel = {};
  if (!style) return format;
  if (style.numFmt && style.numFmt !== 'General') format.numberFormat = style.numFmt;
  const fill = style.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const background = fromArgb(fill.fgColor);
    if (background) format.background = background;
  }
  const fontColor = fromArgb(style.font?.color);
  if (fontColor && fontColor !== '#000000') format.fontColor = fontColor;
  if (style.font?.bold) format.fontWeight = 'bold';
  const horizontal = style.alignment?.horizontal;
  if (horizontal && horizontal in ALIGNMENTS) format.horizontalAlignment = horizontal;
  if (style.alignment?.wrapText) format.wrap = true;
  return format;
}

/**
 * Whether exceljs will read a number under this format back as a `Date`. This is
 * exceljs's own rule (lib/utils/utils.js `isDateFmt`), repeated here because the writer
 * must predict what the reader will do.
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const bare = numberFormat.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}
