/**
 * Conditional format rules as xlsx expression rules. Every boolean condition becomes a
 * formula relative to the first cell of the first range, which is how xlsx (like Sheets
 * for custom formulas) evaluates expression rules, so one translation covers text,
 * number, date and custom-formula rules. Conditions compare the way Sheets does: number
 * and date conditions hold only for numbers (Excel would call any text greater than 5).
 */
import type ExcelJS from 'exceljs';
import type { ConditionalFormatModel } from '../emulator/model';
import { cellA1, parseSqref, rangeA1 } from './a1';
import { fromArgb } from './cell-style';
import type { ZoneClock } from './time-zone';

const quote = (value: unknown) => `"${String(value).replace(/"/g, '""')}"`;
/** SEARCH treats `*`, `?` and `~` as wildcards; Sheets' "text contains" does not. */
const searchText = (value: unknown) => quote(String(value).replace(/[~*?]/g, '~$&'));
const literal = (value: unknown) => {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).toUpperCase() : '0';
  if (typeof value === 'boolean') return String(value).toUpperCase();
  const number = Number(value);
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(number) ? String(number).toUpperCase() : quote(value);
};

const RELATIVE_DATES: Record<string, string> = {
  TODAY: 'TODAY()',
  TOMORROW: 'TODAY()+1',
  YESTERDAY: 'TODAY()-1',
  PAST_WEEK: 'TODAY()-7',
  PAST_MONTH: 'EDATE(TODAY(),-1)',
  PAST_YEAR: 'EDATE(TODAY(),-12)',
};

/** A date criterion value: a `Date` (an ISO string once it went through JSON) or a relative date's name. */
function dateLiteral(value: unknown, clock: ZoneClock): string | null {
  if (typeof value === 'string' && RELATIVE_DATES[value]) return RELATIVE_DATES[value];
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  const wall = clock.toWallClock(date);
  return `DATE(${wall.getUTCFullYear()},${wall.getUTCMonth() + 1},${wall.getUTCDate()})`;
}

type Builder = (cell: string, values: unknown[], clock: ZoneClock) => string | null;

const numberRule = (test: (cell: string, values: unknown[]) => string): Builder => (cell, values) => `AND(ISNUMBER(${cell}),${test(cell, values)})`;
const dateRule = (operator: string): Builder => (cell, [value], clock) => {
  const date = dateLiteral(value, clock);
  return date === null ? null : `AND(ISNUMBER(${cell}),INT(${cell})${operator}${date})`;
};

/** Keyed by `BooleanCriteria` name; the short names are those of files written before the emulator used Apps Script's. */
const CONDITIONS: Record<string, Builder> = {
  CUSTOM_FORMULA: (_cell, [formula]) => (typeof formula === 'string' && formula.replace(/^=/, '').trim() !== '' ? formula.replace(/^=/, '') : null),
  TEXT_EQUAL_TO: (cell, [text]) => `${cell}=${quote(text)}`,
  TEXT_NOT_EQUAL_TO: (cell, [text]) => `${cell}<>${quote(text)}`,
  TEXT_CONTAINS: (cell, [text]) => `ISNUMBER(SEARCH(${searchText(text)},${cell}))`,
  TEXT_DOES_NOT_CONTAIN: (cell, [text]) => `ISERROR(SEARCH(${searchText(text)},${cell}))`,
  TEXT_STARTS_WITH: (cell, [text]) => `LEFT(${cell},LEN(${quote(text)}))=${quote(text)}`,
  TEXT_ENDS_WITH: (cell, [text]) => `RIGHT(${cell},LEN(${quote(text)}))=${quote(text)}`,
  CELL_EMPTY: (cell) => `LEN(TRIM(${cell}))=0`,
  CELL_NOT_EMPTY: (cell) => `LEN(TRIM(${cell}))>0`,
  NUMBER_EQUAL_TO: numberRule((cell, [n]) => `${cell}=${literal(n)}`),
  NUMBER_NOT_EQUAL_TO: numberRule((cell, [n]) => `${cell}<>${literal(n)}`),
  NUMBER_GREATER_THAN: numberRule((cell, [n]) => `${cell}>${literal(n)}`),
  NUMBER_GREATER_THAN_OR_EQUAL_TO: numberRule((cell, [n]) => `${cell}>=${literal(n)}`),
  NUMBER_LESS_THAN: numberRule((cell, [n]) => `${cell}<${literal(n)}`),
  NUMBER_LESS_THAN_OR_EQUAL_TO: numberRule((cell, [n]) => `${cell}<=${literal(n)}`),
  NUMBER_BETWEEN: numberRule((cell, [a, b]) => `${cell}>=${literal(a)},${cell}<=${literal(b)}`),
  NUMBER_NOT_BETWEEN: numberRule((cell, [a, b]) => `OR(${cell}<${literal(a)},${cell}>${literal(b)})`),
  DATE_EQUAL_TO: dateRule('='),
  DATE_BEFORE: dateRule('<'),
  DATE_AFTER: dateRule('>'),
  DATE_EQUAL_TO_RELATIVE: dateRule('='),
  DATE_BEFORE_RELATIVE: dateRule('<'),
  DATE_AFTER_RELATIVE: dateRule('>'),
};
CONDITIONS.TEXT_EQ = CONDITIONS.TEXT_EQUAL_TO;
CONDITIONS.TEXT_NOT_EQ = CONDITIONS.TEXT_NOT_EQUAL_TO;
CONDITIONS.TEXT_NOT_CONTAINS = CONDITIONS.TEXT_DOES_NOT_CONTAIN;
CONDITIONS.NUMBER_EQ = CONDITIONS.NUMBER_EQUAL_TO;
CONDITIONS.NUMBER_NOT_EQ = CONDITIONS.NUMBER_NOT_EQUAL_TO;

/** An xlsx expression rule: where it applies and its formula (no leading `=`). */
export interface XlsxConditionalFormat {
  sqref: string;
  formula: string;
}

/** null when the condition has no xlsx equivalent (the metadata still keeps it). */
export function toXlsxConditionalFormat(rule: ConditionalFormatModel, clock: ZoneClock): XlsxConditionalFormat | null {
  const build = CONDITIONS[rule.condition.type];
  const first = rule.ranges[0];
  if (!build || !first) return null;
  const formula = build(cellA1(first.row, first.column), rule.condition.values ?? [], clock);
  return formula === null ? null : { sqref: rule.ranges.map(rangeA1).join(' '), formula };
}

/** Expression rules of a plain xlsx become custom-formula rules; other rule kinds are dropped. */
export function fromXlsxConditionalFormat(options: ExcelJS.ConditionalFormattingOptions): ConditionalFormatModel[] {
  const ranges = parseSqref(options.ref);
  if (ranges.length === 0) return [];
  return options.rules.flatMap((rule) => {
    if (rule.type !== 'expression' || !rule.formulae?.length) return [];
    const style = rule.style ?? {};
    const format: ConditionalFormatModel['format'] = {};
    const fill = style.fill?.type === 'pattern' ? style.fill : undefined;
    const background = fromArgb(fill?.bgColor) ?? fromArgb(fill?.fgColor);
    if (background) format.background = background;
    const fontColor = fromArgb(style.font?.color);
    if (fontColor) format.fontColor = fontColor;
    if (style.font?.bold) format.bold = true;
    if (style.font?.italic) format.italic = true;
    if (style.font?.strike) format.strikethrough = true;
    return [{ ranges, condition: { type: 'CUSTOM_FORMULA', values: [`=${String(rule.formulae[0])}`] }, format }];
  });
}
