/**
 * Decimal rounding the way spreadsheets do it: on the shortest 15-significant-digit
 * decimal reading of the double (so 1.005 rounds to 1.01, as typed), half away from zero.
 * Works on digit strings to avoid the binary surprises of `toFixed`.
 */

export interface RoundedParts {
  /** Integer digits without leading zeros ('' for zero). */
  integer: string;
  /** Exactly `decimals` fraction digits. */
  fraction: string;
}

/** Significant digits and decimal exponent of `abs`: abs = 0.DIGITS × 10^pointPos. */
function decimalDigits(abs: number): { digits: string; pointPos: number } {
  const [mantissa, exponentText] = abs.toPrecision(15).split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let pointPos = (dot < 0 ? mantissa.length : dot) + exponent;
  const firstNonZero = digits.search(/[1-9]/);
  if (firstNonZero < 0) return { digits: '', pointPos: 0 };
  digits = digits.slice(firstNonZero).replace(/0+$/, '');
  pointPos -= firstNonZero;
  return { digits, pointPos };
}

/** Adds one to the last digit of a digit string, carrying leftwards. */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === '9') {
      chars[i] = '0';
      i--;
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return '1' + chars.join('');
}

/** `abs` (≥ 0) rounded to `decimals` places. */
export function roundDecimal(abs: number, decimals: number): RoundedParts {
  const { digits, pointPos } = decimalDigits(abs);
  const keep = pointPos + decimals;
  if (digits === '' || keep < 0) return { integer: '', fraction: '0'.repeat(decimals) };
  let kept = digits.slice(0, keep).padEnd(keep, '0');
  let point = pointPos;
  if (keep < digits.length && digits[keep] >= '5') {
    const bumped = incrementDigits(kept);
    if (bumped.length > kept.length) point++;
    kept = bumped;
  }
  // Leading zeros come from pointPos < 0 (values below 1).
  const full = point < 0 ? '0'.repeat(-point) + kept : kept;
  const integerLength = Math.max(point, 0);
  const integer = full.slice(0, integerLength).replace(/^0+/, '');
  const fraction = full.slice(integerLength).padEnd(decimals, '0').slice(0, decimals);
  return { integer, fraction };
}

/** The number of digits before the decimal point of `abs` (0 for values below 1). */
export function integerDigitCount(abs: number): number {
  return abs < 1 ? 0 : Math.max(decimalDigits(abs).pointPos, 1);
}

const GENERAL_SIGNIFICANT = 10;
const GENERAL_SCIENTIFIC_SIGNIFICANT = 6;

/**
 * Sheets' "Automatic"/General rendering: up to 10 significant digits (more only when the
 * integer part needs them), no grouping, trailing zeros dropped, scientific notation for
 * very large or very small magnitudes.
 */
export function formatGeneral(value: number, decimalSeparator: string): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN';
  if (value === 0) return '0';
  // Integers below 1e15 print exactly and need neither rounding nor a decimal separator.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (abs >= 1e15 || abs < 1e-9) return sign + formatGeneralScientific(abs, decimalSeparator);
  const decimals = Math.max(0, GENERAL_SIGNIFICANT - integerDigitCount(abs));
  const { integer, fraction } = roundDecimal(abs, decimals);
  const trimmed = fraction.replace(/0+$/, '');
  const text = (integer || '0') + (trimmed ? decimalSeparator + trimmed : '');
  return text === '0' ? '0' : sign + text;
}

function formatGeneralScientific(abs: number, decimalSeparator: string): string {
  let exponent = Math.floor(Math.log10(abs));
  let { integer, fraction } = roundDecimal(abs / 10 ** exponent, GENERAL_SCIENTIFIC_SIGNIFICANT - 1);
  if (integer.length > 1) {
    exponent++;
    ({ integer, fraction } = roundDecimal(abs / 10 ** exponent, GENERAL_SCIENTIFIC_SIGNIFICANT - 1));
  }
  const trimmed = fraction.replace(/0+$/, '');
  const sign = exponent < 0 ? '-' : '+';
  const expDigits = String(Math.abs(exponent)).padStart(2, '0');
  return `${integer || '0'}${trimmed ? decimalSeparator + trimmed : ''}E${sign}${expDigits}`;
}
