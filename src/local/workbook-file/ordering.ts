/**
 * xlsx gives back notes and formulas in row-major order; the model may list them in any
 * order. The metadata keeps the model order as a permutation only when it differs.
 */
interface Positioned {
  row: number;
  column: number;
}

const rowMajor = (a: Positioned, b: Positioned) => a.row - b.row || a.column - b.column;

/** For each model entry, its index in the row-major list; undefined when already row-major. */
export function modelOrder(cells: Positioned[]): number[] | undefined {
  const sorted = cells.map((cell, index) => ({ cell, index })).sort((a, b) => rowMajor(a.cell, b.cell));
  if (sorted.every((entry, position) => entry.index === position)) return undefined;
  const order = new Array<number>(cells.length);
  sorted.forEach((entry, position) => (order[entry.index] = position));
  return order;
}

/** Puts a row-major list back in model order; a permutation that no longer fits is ignored. */
export function restoreOrder<T extends Positioned>(cells: T[], order: number[] | undefined): T[] {
  const sorted = [...cells].sort(rowMajor);
  if (!order || order.length !== sorted.length || order.some((i) => sorted[i] === undefined)) return sorted;
  return order.map((i) => sorted[i]);
}
