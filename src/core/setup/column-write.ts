/**
 * Writing one column of a pipeline sheet in a single `setValues`, however many rows change.
 * The block runs from the first to the last changed row, so the unchanged cells inside it
 * are written back as they are: a formula as its formula, text as text. Apps Script reads
 * a written string like typed input (`'00123'` would become the number 123, `'TRUE'` a
 * boolean, `'=x'` a formula), so any text that could be read as something else is written
 * with the leading apostrophe that makes Sheets keep it as text.
 */

/** Text Sheets would store as this same text when written: letters first, no digits, not a boolean word. */
const PLAIN_TEXT = /^[A-Za-z\u00C0-\u024F][^0-9]*$/;
const BOOLEAN_WORDS = /^(?:true|false|vrai|faux)$/i;

export function textForWrite(text: string): string {
  return PLAIN_TEXT.test(text) && !BOOLEAN_WORDS.test(text.trim()) ? text : `'${text}`;
}

/** The value that writes `value` back unchanged (a formula cell: its formula). */
export function keptCell(value: unknown, formula: string): unknown {
  if (formula !== '') return formula;
  return typeof value === 'string' && value !== '' ? textForWrite(value) : value;
}

/** A block of one column to write: `values` (one cell per row) starting at sheet `row`. */
export interface ColumnWrite {
  /** 1-based sheet column. */
  column: number;
  /** 1-based sheet row of `values[0]`. */
  row: number;
  values: unknown[][];
}

/**
 * The write that puts `updates` (data-row offset → new value) into a column whose data rows
 * currently hold `existing` (and `formulas`, `''` for plain cells), or `null` when there is
 * nothing to change. New strings are written as text.
 */
export function columnWrite(
  column: number,
  firstDataRow: number,
  existing: readonly unknown[],
  formulas: readonly string[] | null,
  updates: ReadonlyMap<number, unknown>,
): ColumnWrite | null {
  if (updates.size === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const offset of updates.keys()) {
    if (offset < first) first = offset;
    if (offset > last) last = offset;
  }
  const values: unknown[][] = [];
  for (let offset = first; offset <= last; offset++) {
    if (updates.has(offset)) {
      const value = updates.get(offset);
      values.push([typeof value === 'string' ? textForWrite(value) : value]);
    } else {
      values.push([keptCell(existing[offset] ?? '', formulas?.[offset] ?? '')]);
    }
  }
  return { column, row: firstDataRow + first, values };
}
