/** Row order for `Range.sort`, with Sheets' ordering of mixed types. */
import type { CellValue } from './model';
import { compareCells } from './values';

export interface SortKey {
  /** 0-based column within the sorted block. */
  index: number;
  ascending: boolean;
}

/** Stable order of the block's rows: `result[i]` is the old index of the row that goes to position i. Blanks sort last in either direction. */
export function sortOrder(rows: CellValue[][], keys: SortKey[]): number[] {
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    for (const { index, ascending } of keys) {
      const x = rows[a][index];
      const y = rows[b][index];
      if (x === '' || y === '') {
        if (x === y) continue;
        return x === '' ? 1 : -1;
      }
      const c = compareCells(x, y);
      if (c !== 0) return ascending ? c : -c;
    }
    return a - b;
  });
  return order;
}
