import type { Language } from '../i18n/language';
import { isBlankValue } from '../parse/reading';
import { fail } from './function-error';

/** A custom-function argument as Sheets passes it: a single value, or a 2-D array for a range or array literal. */
export type Argument = unknown;

/** True when an optional argument was left out (`FN(a,,c)` passes `""`; a missing one is `undefined`). */
export function isOmitted(argument: Argument): boolean {
  if (argument === undefined || argument === null || argument === '') return true;
  return Array.isArray(argument) && argument.every((row) => (Array.isArray(row) ? row.every(isBlankValue) : isBlankValue(row)));
}

/**
 * A range or array literal as a list: one column (`B2:B`) or one row (`{"a","b","c"}`
 * arrives as one row). A single value is a list of one.
 */
export function toList(argument: Argument, name: string, language: Language): unknown[] {
  if (!Array.isArray(argument)) return [argument];
  const rows = argument as unknown[];
  if (rows.length === 0) return [];
  if (!Array.isArray(rows[0])) return rows;
  const grid = rows as unknown[][];
  const width = grid[0].length;
  if (width === 1) return grid.map((row) => row[0]);
  if (grid.length === 1) return grid[0];
  return fail(language, 'fn.error.notColumn', { name, rows: grid.length, columns: width });
}

/**
 * Several column arguments read together: they must have the same length (as ranges of the
 * same rows do), and trailing rows blank in all of them are dropped (open-ended ranges).
 */
export function toColumns(named: readonly [string, Argument][], language: Language): unknown[][] {
  const lists = named.map(([name, argument]) => toList(argument, name, language));
  for (let i = 1; i < lists.length; i++) {
    if (lists[i].length !== lists[0].length) {
      fail(language, 'fn.error.lengthMismatch', { first: named[0][0], firstCount: lists[0].length, second: named[i][0], secondCount: lists[i].length });
    }
  }
  let length = lists.length === 0 ? 0 : lists[0].length;
  while (length > 0 && lists.every((list) => isBlankValue(list[length - 1]))) length--;
  return lists.map((list) => (list.length === length ? list : list.slice(0, length)));
}
