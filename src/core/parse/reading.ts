/**
 * What reading one cell gives: the value, `null` for a blank cell, `undefined` when the
 * cell holds something that cannot be read as the column's type (reported, never guessed).
 * A union rather than a wrapper object: 100 000-row columns are read cell by cell.
 */
export type Reading<T> = T | null | undefined;

/** Blank as Sheets gives it: `""`, or nothing at all past the end of a short row. */
export function isBlankValue(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
