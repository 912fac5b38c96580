/**
 * A cell as text, for text columns and for quoting a cell in a message. Sheets gives
 * numbers, booleans and `Date`s even in columns meant for text (a numeric Deal ID, a date
 * typed in Notes); they become the text a person would read.
 */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
