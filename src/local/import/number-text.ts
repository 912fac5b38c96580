/**
 * Numbers written as text in an export, read the way a spreadsheet types them on import:
 * `1234.5`, `1,234.50`, `1.234,50`, `1 234,50`, `-12`, `(1,234.50)`, `25%`, `€1.234,50`,
 * `1 234,50 €`, `USD 1,200`. Stricter than the engine's reader on purpose: a value becomes a
 * number only when nothing about it is lost, so `+33 6 12 34 56 78`, `12 abc`, `1,23,456`
 * and `1E5` stay text, and the caller decides about `007` (leading zeros: an ID).
 */

/** Currency signs before or after the figure: any Unicode currency symbol, with an optional two-letter prefix (`US$`, `R$`). */
const SYMBOL = /^(?:[A-Z]{0,2}\p{Sc})/u;
const SYMBOL_END = /(?:[A-Z]{0,2}\p{Sc})$/u;
/** ISO codes spelt next to amounts in exports; a whitelist, so that `INV 123` stays text. */
/** The ISO code a currency sign stands for, where it stands for one (`kr` does not: SEK, NOK or DKK). */
const SIGN_CODES: Record<string, string> = {
  $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', R$: 'BRL', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD',
  NZ$: 'NZD', HK$: 'HKD', S$: 'SGD', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', 'zł': 'PLN', 'Kč': 'CZK', '₪': 'ILS', '₫': 'VND', '₱': 'PHP',
};

/** The ISO 4217 code of a currency sign or code as a TypedNumber holds it, `null` when it names none for sure. */
export function currencyCode(sign: string): string | null {
  if (CODES.has(sign)) return sign;
  return SIGN_CODES[sign] ?? null;
}

const CODES = new Set(['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'CNY', 'INR', 'BRL', 'MXN', 'ZAR', 'SGD', 'HKD']);
const CODE_START = /^([A-Z]{3})(?=[\s\d.,(+\-\u2212])/;
const CODE_END = /(?<=[\s\d.,)])([A-Z]{3})$/;

/** Digits grouped by threes with one separator throughout, or not grouped; then decimals. */
const BODY = {
  '.': /^(?:\d{1,3}(?:([,\u00a0\u202f '’])\d{3})(?:\1\d{3})*|\d+)?(?:\.\d+)?$/,
  ',': /^(?:\d{1,3}(?:([.\u00a0\u202f '’])\d{3})(?:\1\d{3})*|\d+)?(?:,\d+)?$/,
} as const;

/** Beyond 15 significant digits a double no longer holds the figure exactly: such text is an ID. */
const MAX_DIGITS = 15;

export interface TypedNumber {
  value: number;
  /** The currency sign or code as written, where it was, and whether a space separated it. */
  currency: { sign: string; after: boolean; spaced: boolean } | null;
  percent: boolean;
  grouped: boolean;
  decimals: boolean;
  /** `007`, `0123`: a leading zero an ID would have and a number would not. */
  leadingZero: boolean;
}

const SIGNS = new Set(['-', '+', '\u2212']);

function stripCurrency(text: string, atEnd: boolean): { rest: string; sign: string; spaced: boolean } | null {
  const symbol = (atEnd ? SYMBOL_END : SYMBOL).exec(text);
  const code = symbol ? null : (atEnd ? CODE_END : CODE_START).exec(text);
  const sign = symbol?.[0] ?? (code && CODES.has(code[1]) ? code[1] : null);
  if (sign === null) return null;
  const rest = atEnd ? text.slice(0, -sign.length) : text.slice(sign.length);
  const trimmed = rest.trim();
  return { rest: trimmed, sign, spaced: trimmed.length !== rest.length };
}

/** The shape most cells have (`1200`, `-12.5`, `12,5`), read without the general path. */
const PLAIN = { '.': /^-?\d+(?:\.\d+)?$/, ',': /^-?\d+(?:,\d+)?$/ } as const;

function plainNumber(text: string, decimal: '.' | ','): TypedNumber | undefined {
  const first = text.charCodeAt(0) === 0x2d ? 1 : 0;
  const point = text.indexOf(decimal);
  let leading = first;
  while (text.charCodeAt(leading) === 0x30) leading++;
  if (text.length - leading - (point >= 0 ? 1 : 0) > MAX_DIGITS) return undefined;
  const value = Number(point < 0 || decimal === '.' ? text : `${text.slice(0, point)}.${text.slice(point + 1)}`);
  const leadingZero = text.charCodeAt(first) === 0x30 && (point < 0 ? text.length - first : point - first) > 1;
  return { value: value === 0 ? 0 : value, currency: null, percent: false, grouped: false, decimals: point >= 0, leadingZero };
}

/** Reads `text` with `decimal` as the decimal separator, or returns `undefined` when it is not clearly a number. */
export function readNumberText(text: string, decimal: '.' | ','): TypedNumber | undefined {
  if (PLAIN[decimal].test(text)) return plainNumber(text, decimal);
  let rest = text.trim();
  if (rest === '') return undefined;
  let negative = false;
  let signs = 0;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    signs++;
    rest = rest.slice(1, -1).trim();
  }
  if (SIGNS.has(rest.charAt(0))) {
    negative = negative !== (rest.charAt(0) !== '+');
    signs++;
    rest = rest.slice(1).trim();
  }
  let currency: TypedNumber['currency'] = null;
  const before = stripCurrency(rest, false);
  if (before) {
    currency = { sign: before.sign, after: false, spaced: before.spaced };
    rest = before.rest;
    if (SIGNS.has(rest.charAt(0))) {
      negative = negative !== (rest.charAt(0) !== '+');
      signs++;
      rest = rest.slice(1).trim();
    }
  }
  let percent = false;
  if (currency === null) {
    if (rest.endsWith('%')) {
      percent = true;
      rest = rest.slice(0, -1).trim();
    } else {
      const after = stripCurrency(rest, true);
      if (after) {
        currency = { sign: after.sign, after: true, spaced: after.spaced };
        rest = after.rest;
      }
    }
  }
  if (signs > 1 || rest === '' || !BODY[decimal].test(rest) || !/\d/.test(rest)) return undefined;
  const point = rest.lastIndexOf(decimal);
  const whole = point < 0 ? rest : rest.slice(0, point);
  const digits = whole.replace(/\D/g, '');
  const fraction = point < 0 ? '' : rest.slice(point + 1);
  if (digits.replace(/^0+/, '').length + fraction.length > MAX_DIGITS) return undefined;
  let value = Number(`${digits || '0'}.${fraction || '0'}`);
  if (percent) value /= 100;
  if (negative) value = -value;
  return {
    value: value === 0 ? 0 : value,
    currency,
    percent,
    grouped: digits.length !== whole.length,
    decimals: fraction.length > 0,
    leadingZero: digits.length > 1 && digits.startsWith('0'),
  };
}

/**
 * Which separator a number-like text proves to be its decimal one: `1.234,5` and `1,5`
 * prove `,`; `1,234.5`, `1.5` and `1,234,567` prove `.`; `1,234` and `1.234` prove nothing.
 */
export function decimalShownBy(text: string): '.' | ',' | null {
  const body = text.replace(/[^\d.,]/g, '');
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastDot < 0 && lastComma < 0) return null;
  const separator = lastDot >= 0 ? '.' : ',';
  const other = separator === '.' ? ',' : '.';
  const position = Math.max(lastDot, lastComma);
  if (body.indexOf(separator) !== position) return other;
  return body.length - position - 1 === 3 && position > 0 ? null : separator;
}

/** The Sheets number format that shows a typed number as it was written. */
export function numberFormatFor(typed: TypedNumber, decimals: boolean): string | undefined {
  if (typed.currency) {
    const sign = `"${typed.currency.sign}"`;
    const space = typed.currency.spaced ? ' ' : '';
    return typed.currency.after ? `#,##0.00${space}${sign}` : `${sign}${space}#,##0.00`;
  }
  if (typed.percent) return decimals ? '0.00%' : '0%';
  if (typed.grouped) return decimals ? '#,##0.00' : '#,##0';
  return undefined;
}
