/**
 * The model's `values` may have trailing empty rows and rows trimmed of trailing `""`;
 * xlsx keeps neither, so the exact shape is recorded (run-length encoded: a 100 000-row
 * rectangle is one pair).
 */
import type { CellValue } from '../emulator/model';
import type { SheetMetadata } from './metadata';

export function encodeShape(values: CellValue[][]): SheetMetadata['shape'] {
  const widths: [number, number][] = [];
  for (const row of values) {
    const last = widths[widths.length - 1];
    if (last && last[0] === row.length) last[1] += 1;
    else widths.push([row.length, 1]);
  }
  return { rows: values.length, widths };
}

/** Row lengths from a recorded shape, or null when the recording is inconsistent. */
export function decodeShape(shape: SheetMetadata['shape']): number[] | null {
  const lengths: number[] = [];
  for (const pair of shape.widths) {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((n) => Number.isInteger(n) && n >= 0)) return null;
    for (let i = 0; i < pair[1]; i += 1) lengths.push(pair[0]);
  }
  return lengths.length === shape.rows ? lengths : null;
}
