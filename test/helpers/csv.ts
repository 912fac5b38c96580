import { readFileSync } from 'fs';

/**
 * Reads a CSV file without quoted fields (the shared test data has none) as rows of text
 * cells, header row included, the way a sheet's values would arrive. Blank lines are skipped.
 */
export function readUnquotedCsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}
