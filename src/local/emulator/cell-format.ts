/**
 * Per-cell formats are shared, immutable objects: a column formatted over 100 000 rows
 * holds one object 100 000 times, and equal formats compare by identity when exported.
 */
import type { CellFormatModel } from './model';

const interned = new Map<string, CellFormatModel>();

function keyOf(format: CellFormatModel): string {
  return JSON.stringify(Object.keys(format).sort().map((k) => [k, format[k as keyof CellFormatModel]]));
}

/** The shared instance equal to `format`, or undefined for the default (no keys). */
export function intern(format: CellFormatModel): CellFormatModel | undefined {
  if (Object.keys(format).length === 0) return undefined;
  const key = keyOf(format);
  let found = interned.get(key);
  if (!found) {
    found = Object.freeze({ ...format });
    interned.set(key, found);
  }
  return found;
}

/** A memoised "set this one key" transition, so large fills intern once per distinct old format. */
export function formatSetter<K extends keyof CellFormatModel>(
  key: K,
  value: CellFormatModel[K] | undefined,
): (old: CellFormatModel | undefined) => CellFormatModel | undefined {
  const memo = new Map<CellFormatModel | undefined, CellFormatModel | undefined>();
  return (old) => {
    if (memo.has(old)) return memo.get(old);
    const next: CellFormatModel = { ...old };
    if (value === undefined || value === null) delete next[key];
    else next[key] = value;
    const result = intern(next);
    memo.set(old, result);
    return result;
  };
}

/** Defaults Apps Script reports for an unformatted cell. */
export const FORMAT_DEFAULTS = {
  numberFormat: 'General',
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  horizontalAlignment: 'general',
  wrap: false,
} as const;

/** Default number format Sheets gives a cell when a Date is written into an unformatted cell. */
export function defaultDateTimeFormat(locale: string): string {
  if (locale === 'en_US' || locale === 'en') return 'M/d/yyyy H:mm:ss';
  if (locale.startsWith('en_')) return 'dd/MM/yyyy HH:mm:ss';
  if (locale.startsWith('de') || locale.startsWith('ru') || locale.startsWith('pl')) return 'dd.MM.yyyy HH:mm:ss';
  return 'dd/MM/yyyy HH:mm:ss';
}
