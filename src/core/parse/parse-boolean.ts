import { foldLabel } from '../text/fold';
import { isBlankValue, type Reading } from './reading';

/** Ticked-box spellings of exports and hand-typed sheets, in English and French, folded. */
const TRUE_TEXTS = new Set(['true', 'vrai', 'yes', 'y', 'oui', 'o', '1', 'x', 'checked', 'coche']);
const FALSE_TEXTS = new Set(['false', 'faux', 'no', 'n', 'non', '0', 'unchecked', 'noncoche']);

/**
 * A checkbox cell: Sheets gives booleans; exports give `TRUE`/`FALSE`, `VRAI`/`FAUX`,
 * `yes`/`no`, `oui`/`non`, `1`/`0` or an `x` mark. Blank reads as `null` so callers choose
 * what a blank means (an unticked box, or "use the default rule").
 */
export function readBooleanCell(value: unknown): Reading<boolean> {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (isBlankValue(value)) return null;
  if (typeof value !== 'string') return undefined;
  const folded = foldLabel(value);
  if (TRUE_TEXTS.has(folded)) return true;
  return FALSE_TEXTS.has(folded) ? false : undefined;
}
