/**
 * A row is blank when no cell holds anything a person typed. `false` counts as blank:
 * an unticked checkbox column (Need, Budget, ...) is not a deal on its own.
 */
export function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined || value === false;
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlankCell);
}
