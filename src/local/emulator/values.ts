/** How a value written by the script becomes cell content, and how cells compare when sorted. */
import type { CellValue } from './model';

/** What one written value turns into: plain content, or a formula to evaluate. */
export type CellInput = { value: CellValue; formula?: undefined } | { formula: string; value?: undefined };

/**
 * Whether text could be anything but text when typed into Sheets (a number, percentage,
 * currency, date, boolean). Lets bulk writes of names and labels skip the full input parser.
 */
export function mightNotBeText(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 40 || c === 32 || c === 36) return true;
  if (text.length === 4 || text.length === 5) return /^(true|false)$/i.test(text);
  // Month names ("Jan 5, 2024") and currency signs are the other typed-value openings.
  return /^[A-Za-z]{3,9}\.? \d|^[€£¥]/.test(text);
}

/**
 * Turns one script-written value into cell content, as `Range.setValue(s)` does: `null`
 * and `undefined` clear, `=...` is a formula, a leading `'` forces text, Dates are copied,
 * other objects are stored as their string form. Other text is parsed like typed input
 * (`setValue('42')` stores the number 42 in Apps Script) unless `parseText` is null, as for
 * plain-text (`@`) cells.
 */
export function toCellInput(value: unknown, parseText: ((text: string) => CellValue) | null): CellInput {
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return { value };
    case 'string':
      if (value.length > 1 && value.charCodeAt(0) === 61 /* = */) return { formula: value };
      if (value.charCodeAt(0) === 39 /* ' */) return { value: value.slice(1) };
      return { value: parseText && value !== '' ? parseText(value) : value };
    case 'undefined':
      return { value: '' };
    case 'object':
      if (value === null) return { value: '' };
      if (value instanceof Date) return { value: new Date(value.getTime()) };
      return { value: String(value) };
    default:
      return { value: String(value) };
  }
}

/** A copy safe to hand out: cells are shared with no one, so Dates must not escape. */
export function copyCell(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

/** Sheets' ascending order: numbers and dates, then text (case-insensitive), then booleans; blanks always last. */
function rank(value: CellValue): number {
  if (typeof value === 'number' || value instanceof Date) return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

export function compareCells(a: CellValue, b: CellValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) {
    const x = (a as string).toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}
