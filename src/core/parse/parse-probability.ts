import { parseNumberText } from './parse-number';
import { isBlankValue, type Reading } from './reading';

const PERCENT_SIGN = /\s*%\s*$/;

/**
 * A probability cell, as a fraction 0–1. Text with a percent sign is percent (`40%`,
 * `40 %`, `40,5 %`). A bare number is a fraction, unless `percentScale` says the column (or
 * the settings cell) is written in percent. Anything outside 0–100 % is unreadable.
 */
export function readProbabilityCell(value: unknown, percentScale: boolean, decimalSeparator: '.' | ','): Reading<number> {
  if (isBlankValue(value)) return null;
  let fraction: number | undefined;
  if (typeof value === 'number') fraction = percentScale ? value / 100 : value;
  else if (typeof value === 'string') {
    const percent = PERCENT_SIGN.test(value);
    const number = parseNumberText(value.replace(PERCENT_SIGN, ''), decimalSeparator);
    fraction = number === undefined ? undefined : percent || percentScale ? number / 100 : number;
  }
  return fraction !== undefined && Number.isFinite(fraction) && fraction >= 0 && fraction <= 1 ? fraction : undefined;
}

/**
 * SPEC §4: a probability column whose values exceed 1 is read as percent. Only bare
 * numbers count as evidence; `40%` text says its own scale.
 */
export function isPercentColumn(values: readonly unknown[], decimalSeparator: '.' | ','): boolean {
  for (const value of values) {
    const number =
      typeof value === 'number' ? value : typeof value === 'string' && !PERCENT_SIGN.test(value) ? parseNumberText(value, decimalSeparator) : undefined;
    if (number !== undefined && number > 1) return true;
  }
  return false;
}
