import { isBlankValue, type Reading } from './reading';

/** The shape most cells have, read without the slow path; `1.234` only where `.` is the decimal separator. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const PLAIN_INTEGER = /^-?\d+$/;
/**
 * A currency sign (`$`, `€`, `US$`, `R$`) or code (`EUR`, `CHF`, `kr`), before or after the
 * figure. Only capitals go before a sign: `1,5 k€` (thousands) must not read as 1,5.
 */
const CURRENCY = '(?:[A-Z]{0,2}\\p{Sc}|[A-Z]{3}|kr|zł|Kč|Fr\\.)';
const CURRENCY_PREFIX = new RegExp(`^${CURRENCY}\\s*`, 'u');
const CURRENCY_SUFFIX = new RegExp(`\\s*${CURRENCY}$`, 'u');
/** Spaces (plain, no-break, narrow no-break, thin) and apostrophes group thousands in fr, de_CH, ...; never decimals. */
const SPACE_GROUPS = /[\s\u00a0\u202f\u2009'’]/g;
const DIGITS_AND_SEPARATORS = /^\d[\d.,]*$/;

/**
 * Reads a number typed as text by a person or written by an export: `1.234,50 €` (de_DE,
 * fr_FR), `$1,234.50` (en_US), `1 234,50`, `-1234.5`, `(1,234.50)` (accounting negative),
 * `CHF 1'234.50`. When both `.` and `,` appear, the last one is the decimal separator.
 * When one of them appears, the locale's `decimalSeparator` decides, except where that
 * reading is impossible: `12.5` in a decimal-comma locale cannot group thousands, so it
 * is 12.5. Returns `undefined` for anything else (`1,23,456`, `12 abc`).
 */
export function parseNumberText(text: string, decimalSeparator: '.' | ','): number | undefined {
  let rest = text.trim();
  if ((decimalSeparator === '.' ? PLAIN_NUMBER : PLAIN_INTEGER).test(rest)) return Number(rest);
  let negative = false;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  rest = rest.replace(CURRENCY_PREFIX, '');
  const sign = rest.charAt(0);
  if (sign === '-' || sign === '\u2212' || sign === '+') {
    negative = negative !== (sign !== '+');
    rest = rest.slice(1).trim().replace(CURRENCY_PREFIX, '');
  }
  rest = rest.replace(CURRENCY_SUFFIX, '').replace(SPACE_GROUPS, '');
  if (!DIGITS_AND_SEPARATORS.test(rest)) return undefined;
  const value = readSeparatedDigits(rest, decimalSeparator);
  return value === undefined ? undefined : negative ? -value : value;
}

function readSeparatedDigits(text: string, decimalSeparator: '.' | ','): number | undefined {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return Number(text);
  let decimal: '.' | ',' | null;
  let group: '.' | ',';
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
  } else {
    const only = lastDot >= 0 ? '.' : ',';
    const once = text.indexOf(only) === text.lastIndexOf(only);
    decimal = once && (only === decimalSeparator || !isThousandsGrouped(text, only)) ? only : null;
    group = only;
  }
  const point = decimal === null ? -1 : text.lastIndexOf(decimal);
  const whole = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? '' : text.slice(point + 1);
  if (!/^\d+$/.test(point < 0 ? '0' : fraction)) return undefined;
  if (decimal !== null && whole.includes(decimal)) return undefined;
  if (whole.includes(group) && !isThousandsGrouped(whole, group)) return undefined;
  return Number(`${whole.split(group).join('') || '0'}.${fraction || '0'}`);
}

/** `1,234,567` groups thousands with `,`; `1,5` and `12,34,567` do not. */
function isThousandsGrouped(text: string, separator: string): boolean {
  const parts = text.split(separator);
  return parts[0].length >= 1 && parts[0].length <= 3 && parts.slice(1).every((part) => /^\d{3}$/.test(part));
}

/** A number cell as Sheets gives it (a number) or as text (see `parseNumberText`). Booleans and dates are not numbers. */
export function readNumberCell(value: unknown, decimalSeparator: '.' | ','): Reading<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (isBlankValue(value)) return null;
  return typeof value === 'string' ? parseNumberText(value, decimalSeparator) : undefined;
}
