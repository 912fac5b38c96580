export type Align = 'left' | 'right';

export interface Column {
  title: string;
  align?: Align;
}

/** Rows of text as an aligned plain-text table (monospace), header underlined. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, c) => Math.max(column.title.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, c) => {
        const cell = cells[c] ?? '';
        return column.align === 'left' ? cell.padEnd(widths[c]) : cell.padStart(widths[c]);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)].join('\n');
}
