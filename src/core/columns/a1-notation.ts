/** Column letters of a 1-based column number: 1 → `A`, 27 → `AA`, as Sheets names columns. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 notation of a 1-based cell: (5, 3) → `C5`. Messages name cells this way because users see them so. */
export function a1Notation(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * A sheet name as an A1 reference names it: in single quotes, a quote inside doubled
 * (`Bob's deals` → `'Bob''s deals'`). Quoting is always accepted, so every name is quoted.
 */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
