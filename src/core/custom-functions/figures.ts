import { noValueReason } from '../metrics/definitions';
import type { Figure, Rate } from '../metrics/rate';
import type { Language } from '../i18n/language';
import { fail } from './function-error';

/** A rate or figure as a cell value; no value fails with the reason (e.g. "no closed deals"). */
export function valueOf(result: Rate | Figure, language: Language): number {
  if (result.value === null) return fail(language, 'fn.error.noValue', { reason: noValueReason(result.reason, language) });
  return result.value;
}

/** A rate in a table cell: blank when it has no value (the table says why elsewhere). */
export function cellOf(result: Rate | Figure): number | string {
  return result.value === null ? '' : result.value;
}
