import type { FormatKind, ReportGrid, ReportValue } from './report-grid';

/** What one `setValues`, one `setNumberFormats` and one `setFontWeights` write. */
export interface SheetGrid {
  values: ReportValue[][];
  numberFormats: string[][];
  fontWeights: ('bold' | null)[][];
  numRows: number;
  numColumns: number;
}

/**
 * The report as rectangular arrays for the sheet. Text is written with a leading
 * apostrophe, which Sheets drops: an owner called `=SUM(A1)`, a stage called `2024` or a
 * reason like `-10% discount` then stays text instead of becoming a formula or a number.
 */
export function toSheetGrid(grid: ReportGrid, formats: Record<FormatKind, string>): SheetGrid {
  const numColumns = grid.width;
  const bold = new Set(grid.boldRows);
  const values: ReportValue[][] = [];
  const numberFormats: string[][] = [];
  const fontWeights: ('bold' | null)[][] = [];
  grid.rows.forEach((row, index) => {
    const valueLine: ReportValue[] = new Array(numColumns);
    const formatLine: string[] = new Array(numColumns);
    for (let c = 0; c < numColumns; c++) {
      const cell = row[c];
      if (cell === undefined) {
        valueLine[c] = '';
        formatLine[c] = formats.text;
        continue;
      }
      valueLine[c] = typeof cell.value === 'string' && cell.value !== '' ? `'${cell.value}` : cell.value;
      // A figure without a value shows its reason as text, so it gets the text format.
      formatLine[c] = typeof cell.value === 'string' ? formats.text : formats[cell.format];
    }
    values.push(valueLine);
    numberFormats.push(formatLine);
    fontWeights.push(new Array<'bold' | null>(numColumns).fill(bold.has(index + 1) ? 'bold' : null));
  });
  return { values, numberFormats, fontWeights, numRows: values.length, numColumns };
}
