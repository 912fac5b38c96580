/**
 * One layer of a sheet (values, formulas, notes, formats, validations) as an array of row
 * arrays, 0-based inside. Values fill it densely; the other layers leave most rows
 * `undefined`, so they cost nothing where unused, and every layer moves the same way when
 * rows are inserted, deleted or sorted.
 */
export class Grid<T> {
  rows: (T[] | undefined)[] = [];

  constructor(readonly empty: T) {}

  get(row: number, column: number): T {
    const r = this.rows[row - 1];
    if (r === undefined) return this.empty;
    const v = r[column - 1];
    return v === undefined ? this.empty : v;
  }

  set(row: number, column: number, value: T): void {
    let r = this.rows[row - 1];
    if (r === undefined) {
      if (value === this.empty) return;
      r = this.rows[row - 1] = [];
    }
    r[column - 1] = value;
  }

  /** True when the row holds nothing but empties (or was never written). */
  rowIsEmpty(row: number): boolean {
    const r = this.rows[row - 1];
    if (r === undefined) return true;
    for (let c = 0; c < r.length; c++) if (r[c] !== undefined && r[c] !== this.empty) return false;
    return true;
  }

  fill(row: number, column: number, numRows: number, numColumns: number, value: T): void {
    for (let r = row; r < row + numRows; r++) {
      if (value === this.empty && this.rows[r - 1] === undefined) continue;
      for (let c = column; c < column + numColumns; c++) this.set(r, c, value);
    }
  }

  /** Applies `fn` to every cell of a block, writing back what it returns. */
  update(row: number, column: number, numRows: number, numColumns: number, fn: (old: T, r: number, c: number) => T): void {
    for (let r = row; r < row + numRows; r++) {
      for (let c = column; c < column + numColumns; c++) this.set(r, c, fn(this.get(r, c), r, c));
    }
  }

  /** Reads a block into fresh row arrays (the caller owns them). */
  read(row: number, column: number, numRows: number, numColumns: number): T[][] {
    const out: T[][] = new Array(numRows);
    const empty = this.empty;
    for (let i = 0; i < numRows; i++) {
      const src = this.rows[row - 1 + i];
      const line: T[] = new Array(numColumns);
      if (src === undefined) {
        line.fill(empty);
      } else {
        for (let j = 0; j < numColumns; j++) {
          const v = src[column - 1 + j];
          line[j] = v === undefined ? empty : v;
        }
      }
      out[i] = line;
    }
    return out;
  }

  insertRows(before: number, count: number): void {
    if (before - 1 > this.rows.length) return;
    this.rows.splice(before - 1, 0, ...new Array<undefined>(count));
  }

  deleteRows(first: number, count: number): void {
    this.rows.splice(first - 1, count);
  }

  insertColumns(before: number, count: number): void {
    for (const r of this.rows) {
      if (r !== undefined && r.length >= before - 1) r.splice(before - 1, 0, ...new Array<T>(count));
    }
  }

  deleteColumns(first: number, count: number): void {
    for (const r of this.rows) if (r !== undefined) r.splice(first - 1, count);
  }

  /** Reorders the cells of rows `first..first+order.length-1` within columns `column..column+numColumns-1`: new row i takes old row `first + order[i]`. */
  permuteRows(first: number, column: number, numColumns: number, order: number[]): void {
    const block = this.read(first, column, order.length, numColumns);
    for (let i = 0; i < order.length; i++) {
      const src = block[order[i]];
      for (let j = 0; j < numColumns; j++) this.set(first + i, column + j, src[j]);
    }
  }

  /** Calls `fn` for every non-empty cell, in row-major order. */
  forEach(fn: (value: T, row: number, column: number) => void): void {
    this.rows.forEach((r, i) => {
      r?.forEach((v, j) => {
        if (v !== undefined && v !== this.empty) fn(v, i + 1, j + 1);
      });
    });
  }

  /** Index (1-based) of the last row holding anything, 0 if none. */
  lastRow(): number {
    for (let i = this.rows.length; i >= 1; i--) if (!this.rowIsEmpty(i)) return i;
    return 0;
  }

  /** Index (1-based) of the last column holding anything, 0 if none. */
  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (r === undefined) continue;
      for (let c = r.length; c > last; c--) {
        if (r[c - 1] !== undefined && r[c - 1] !== this.empty) {
          last = c;
          break;
        }
      }
    }
    return last;
  }
}
