/**
 * One number per cell, for maps over hundreds of thousands of cells: string keys like
 * `"12:3"` cost far more to build and hash.
 */

/** Larger than xlsx's 16 384 columns, so `row * STRIDE + column` is unique. */
export const STRIDE = 1 << 15;

export const cellKey = (row: number, column: number) => row * STRIDE + column;
export const keyRow = (key: number) => Math.floor(key / STRIDE);
export const keyColumn = (key: number) => key % STRIDE;
