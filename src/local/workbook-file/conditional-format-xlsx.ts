/**
 * Conditional format rules as xlsx expression rules. Every boolean condition becomes a
 * formula relative to the first cell of the first range, which is how xlsx evaluates
 * expression rules, so one translation covers text, number and custom-formula rules.
 */
import type ExcelJS from 'exceljs';
import type { ConditionalFormatModel } from '../emulator/model';
import { cellA1, parseSqref, rangeA1 } from './a1';
import { fromArgb, toArgb } from './cell-style';

const quote = (value: unknown) => `"${String(value).replace(/"/g, '""')}"`;
const literal = (value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value).toUpperCase() : quote(value));

type Builder = (cell: string, values: unknown[]) => string;

const CONDITIONS: Record<string, Builder> = {
  CUSTOM_FORMULA: (_cell, [formula]) => String(formula).replace(/^=/, ''),
  TEXT_EQ: (cell, [text]) => `${cell}=${quote(text)}`,
  TEXT_NOT_EQ: (cell, [text]) => `${cell}<>${quote(text)}`,
  TEXT_CONTAINS: (cell, [text]) => `ISNUMBER(SEARCH(${quote(text)},${cell}))`,
  TEXT_NOT_CONTAINS: (cell, [text]) => `ISERROR(SEARCH(${quote(text)},${cell}))`,
  TEXT_STARTS_WITH: (cell, [text]) => `LEFT(${cell},LEN(${quote(text)}))=${quote(text)}`,
  TEXT_ENDS_WITH: (cell, [text]) => `RIGHT(${cell},LEN(${quote(text)}))=${quote(text)}`,
  CELL_EMPTY: (cell) => `LEN(TRIM(${cell}))=0`,
  CELL_NOT_EMPTY: (cell) => `LEN(TRIM(${cell}))>0`,
  NUMBER_EQ: (cell, [n]) => `${cell}=${literal(n)}`,
  NUMBER_NOT_EQ: (cell, [n]) => `${cell}<>${literal(n)}`,
  NUMBER_GREATER_THAN: (cell, [n]) => `${cell}>${literal(n)}`,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (cell, [n]) => `${cell}>=${literal(n)}`,
  NUMBER_LESS_THAN: (cell, [n]) => `${cell}<${literal(n)}`,
  NUMBER_LESS_THAN_OR_EQUAL_TO: (cell, [n]) => `${cell}<=${literal(n)}`,
  NUMBER_BETWEEN: (cell, [a, b]) => `AND(${cell}>=${literal(a)},${cell}<=${literal(b)})`,
  NUMBER_NOT_BETWEEN: (cell, [a, b]) => `OR(${cell}<${literal(a)},${cell}>${literal(b)})`,
};

function toDxf(format: ConditionalFormatModel['format']): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const fill = toArgb(format.background);
  // Differential formats (dxf) paint a solid fill with bgColor, unlike cell styles.
  if (fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } };
  const font: Partial<ExcelJS.Font> = {};
  const colour = toArgb(format.fontColor);
  if (colour) font.color = { argb: colour };
  if (format.bold) font.bold = true;
  if (format.italic) font.italic = true;
  if (format.strikethrough) font.strike = true;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

/** null when the condition has no xlsx equivalent (the metadata still keeps it). */
export function toXlsxConditionalFormat(rule: ConditionalFormatModel, priority: number): ExcelJS.ConditionalFormattingOptions | null {
  const build = CONDITIONS[rule.condition.type];
  const first = rule.ranges[0];
  if (!build || !first) return null;
  return {
    ref: rule.ranges.map(rangeA1).join(' '),
    rules: [{ type: 'expression', priority, formulae: [build(cellA1(first.row, first.column), rule.condition.values)], style: toDxf(rule.format) }],
  };
}

/** Expression rules of a plain xlsx become custom-formula rules; other rule kinds are dropped. */
export function fromXlsxConditionalFormat(options: ExcelJS.ConditionalFormattingOptions): ConditionalFormatModel[] {
  const ranges = parseSqref(options.ref);
  if (ranges.length === 0) return [];
  return options.rules.flatMap((rule) => {
    if (rule.type !== 'expression' || !rule.formulae?.length) return [];
    const style = rule.style ?? {};
    const format: ConditionalFormatModel['format'] = {};
    const background = fromArgb(style.fill?.type === 'pattern' ? style.fill.bgColor : undefined);
    if (background) format.background = background;
    const fontColor = fromArgb(style.font?.color);
    if (fontColor) format.fontColor = fontColor;
    if (style.font?.bold) format.bold = true;
    if (style.font?.italic) format.italic = true;
    if (style.font?.strike) format.strikethrough = true;
    return [{ ranges, condition: { type: 'CUSTOM_FORMULA', values: [`=${String(rule.formulae[0])}`] }, format }];
  });
}
