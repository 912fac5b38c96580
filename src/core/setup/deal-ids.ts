import { cellText } from '../parse/cell-text';

/** Generated Deal IDs: `D-` and at least six digits (`D-000042`). */
const GENERATED_ID = /^D-(\d+)$/i;
const DIGITS = 6;

/** The number of a generated-style Deal ID (`D-000042` → 42), or `null` for any other ID. */
export function dealIdNumber(value: unknown): number | null {
  const match = GENERATED_ID.exec(cellText(value));
  return match ? Number(match[1]) : null;
}

export function formatDealId(n: number): string {
  return `D-${String(n).padStart(DIGITS, '0')}`;
}

/** The highest generated-style number among `ids` (0 when none), so new IDs continue after it. */
export function highestDealIdNumber(ids: Iterable<unknown>): number {
  let highest = 0;
  for (const id of ids) {
    const n = dealIdNumber(id);
    if (n !== null && n > highest) highest = n;
  }
  return highest;
}
