/**
 * A report tab as plain data: rows of typed cells, which rows are bold, where each table
 * is and which charts to draw. Builders fill it from the metrics; the sheet layer writes
 * it with one `setValues`, one `setNumberFormats` and one `setFontWeights`.
 */

/** How a cell's number is shown; the sheet layer maps each kind to a number format. */
export type FormatKind = 'text' | 'count' | 'percent' | 'currency' | 'days' | 'dateTime' | 'month';

export type ReportValue = string | number | Date;

export interface ReportCell {
  value: ReportValue;
  format: FormatKind;
}

/** A block of the tab, 1-based like Apps Script. */
export interface ReportRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type TableId =
  | 'funnel'
  | 'lostByStage'
  | 'lostByReason'
  | 'timeInStage'
  | 'winRateByQuarter'
  | 'fittedProbability'
  | 'forecastByMonth'
  | 'forecastByOwner';

/** Where a table landed: its title and note rows, and its header plus data rows. */
export interface TablePlacement {
  titleRow: number;
  noteRow: number;
  /** Header row and data rows, every column of the table. */
  range: ReportRange;
}

export interface ChartSpec {
  /** `Charts.ChartType` name. */
  type: 'BAR' | 'COLUMN';
  title: string;
  /** Header row plus data rows; the first column is the domain, the others the series. */
  range: ReportRange;
  /** Cell the chart's top-left corner sits on. */
  anchor: { row: number; column: number };
}

export interface ReportGrid {
  /** Rows of cells; shorter rows are padded with blanks when written. */
  rows: ReportCell[][];
  /** Widest row. */
  width: number;
  /** 1-based rows shown in bold: table titles and headers. */
  boldRows: number[];
  /** The summary block: label (A), value (B), definition (C), rows 1..n. */
  summaryRows: number;
  tables: Partial<Record<TableId, TablePlacement>>;
  charts: ChartSpec[];
}

export const text = (value: string): ReportCell => ({ value, format: 'text' });
export const BLANK: ReportCell = text('');

/** A number cell, or the blank cell when the figure has no value. */
export function numberCell(value: number | null, format: FormatKind): ReportCell {
  return value === null || !Number.isFinite(value) ? BLANK : { value, format };
}

/** Builds a report top to bottom: the summary block first, then tables separated by a blank row. */
export class ReportBuilder {
  private readonly rows: ReportCell[][] = [];
  private readonly bold: number[] = [];
  private readonly tables: Partial<Record<TableId, TablePlacement>> = {};
  private readonly charts: ChartSpec[] = [];
  private summaryRows = 0;

  /** One summary line: label in A, the figure in B, its definition in C. */
  summary(label: string, value: ReportCell, definition: string): this {
    if (this.rows.length !== this.summaryRows) throw new Error('The summary block comes before every table');
    this.rows.push([text(label), value, text(definition)]);
    this.summaryRows++;
    return this;
  }

  /**
   * A table: a bold title row, a one-line note on how it is computed, a bold header row,
   * then the data rows. An empty table gets one row saying so, so it is never a bare header.
   */
  table(id: TableId, title: string, note: string, headers: readonly string[], data: readonly ReportCell[][], emptyText: string): TablePlacement {
    if (this.rows.length > 0) this.rows.push([]);
    this.rows.push([text(title)]);
    const titleRow = this.rows.length;
    this.bold.push(titleRow);
    this.rows.push([text(note)]);
    const noteRow = this.rows.length;
    this.rows.push(headers.map(text));
    const headerRow = this.rows.length;
    this.bold.push(headerRow);
    if (data.length === 0) this.rows.push([text(emptyText)]);
    for (const row of data) this.rows.push([...row]);
    const placement: TablePlacement = {
      titleRow,
      noteRow,
      range: { row: headerRow, column: 1, numRows: this.rows.length - headerRow + 1, numColumns: headers.length },
    };
    this.tables[id] = placement;
    return placement;
  }

  chart(spec: ChartSpec): this {
    this.charts.push(spec);
    return this;
  }

  build(): ReportGrid {
    const width = this.rows.reduce((widest, row) => Math.max(widest, row.length), 1);
    return {
      rows: this.rows.map((row) => [...row]),
      width,
      boldRows: [...this.bold],
      summaryRows: this.summaryRows,
      tables: { ...this.tables },
      charts: [...this.charts],
    };
  }
}
