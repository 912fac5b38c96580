/**
 * Everything one sheet holds, with the row and column operations that must move every
 * layer together. No Apps Script API here: `sheet.ts` and `range.ts` are views over it.
 */
import type { CellFormatModel, CellValue, ChartModel, ConditionalFormatModel, GridRange, ProtectionModel, ValidationModel } from './model';
import { Grid } from './grid';

type Axis = 'row' | 'column';

/** Moves one span of a range for an insertion (`count > 0` before `at`) or deletion (`count < 0` from `at`); null when it disappears. */
function shiftSpan(start: number, size: number, at: number, count: number): [number, number] | null {
  if (count > 0) {
    if (at <= start) return [start + count, size];
    if (at < start + size) return [start, size + count];
    return [start, size];
  }
  const delFirst = at;
  const delEnd = at - count; // exclusive
  const end = start + size; // exclusive
  const keptBefore = Math.max(0, Math.min(end, delFirst) - start);
  const keptAfter = Math.max(0, end - Math.max(start, delEnd));
  const newSize = keptBefore + keptAfter;
  if (newSize === 0) return null;
  const newStart = start < delFirst ? start : delFirst + Math.max(0, start - delEnd);
  return [newStart, newSize];
}

export function shiftGridRange(range: GridRange, axis: Axis, at: number, count: number): GridRange | null {
  if (axis === 'row') {
    const s = shiftSpan(range.row, range.numRows, at, count);
    return s && { ...range, row: s[0], numRows: s[1] };
  }
  const s = shiftSpan(range.column, range.numColumns, at, count);
  return s && { ...range, column: s[0], numColumns: s[1] };
}

export class SheetStore {
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly values = new Grid<CellValue>('');
  readonly formulas = new Grid<string>('');
  readonly notes = new Grid<string>('');
  readonly formats = new Grid<CellFormatModel | undefined>(undefined);
  readonly validations = new Grid<ValidationModel | undefined>(undefined);
  protections: ProtectionModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  readonly columnWidths = new Map<number, number>();
  private lastRowCache: number | undefined;
  private lastColumnCache: number | undefined;

  constructor(
    public name: string,
    readonly id: number,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  /** Every write to values or formulas must call this: getLastRow/getLastColumn are cached. */
  contentChanged(): void {
    this.lastRowCache = undefined;
    this.lastColumnCache = undefined;
  }

  lastRow(): number {
    this.lastRowCache ??= Math.max(this.values.lastRow(), this.formulas.lastRow());
    return this.lastRowCache;
  }

  lastColumn(): number {
    this.lastColumnCache ??= Math.max(this.values.lastColumn(), this.formulas.lastColumn());
    return this.lastColumnCache;
  }

  private grids(): Grid<unknown>[] {
    return [this.values, this.formulas, this.notes, this.formats, this.validations] as Grid<unknown>[];
  }

  private shiftRanges(axis: Axis, at: number, count: number): void {
    this.protections = this.protections.flatMap((p) => {
      if (!p.range) return [p];
      const range = shiftGridRange(p.range, axis, at, count);
      return range ? [{ ...p, range }] : [];
    });
    this.conditionalFormats = this.conditionalFormats.flatMap((cf) => {
      const ranges = cf.ranges.map((r) => shiftGridRange(r, axis, at, count)).filter((r): r is GridRange => r !== null);
      return ranges.length ? [{ ...cf, ranges }] : [];
    });
    for (const chart of this.charts) {
      chart.ranges = chart.ranges.map((r) => shiftGridRange(r, axis, at, count)).filter((r): r is GridRange => r !== null);
    }
  }

  insertRows(before: number, count: number): void {
    for (const g of this.grids()) g.insertRows(before, count);
    this.maxRows += count;
    this.shiftRanges('row', before, count);
    this.contentChanged();
  }

  deleteRows(first: number, count: number): void {
    for (const g of this.grids()) g.deleteRows(first, count);
    this.maxRows -= count;
    this.shiftRanges('row', first, -count);
    this.contentChanged();
  }

  insertColumns(before: number, count: number): void {
    for (const g of this.grids()) g.insertColumns(before, count);
    this.maxColumns += count;
    this.shiftRanges('column', before, count);
    this.moveColumnWidths(before, count);
    this.contentChanged();
  }

  deleteColumns(first: number, count: number): void {
    for (const g of this.grids()) g.deleteColumns(first, count);
    this.maxColumns -= count;
    this.shiftRanges('column', first, -count);
    for (let c = first; c < first + count; c++) this.columnWidths.delete(c);
    this.moveColumnWidths(first + count, -count);
    this.contentChanged();
  }

  private moveColumnWidths(from: number, delta: number): void {
    const moved = [...this.columnWidths].map(([c, w]): [number, number] => [c >= from ? c + delta : c, w]);
    this.columnWidths.clear();
    for (const [c, w] of moved) this.columnWidths.set(c, w);
  }

  /** Reorders rows of a block in every cell layer (sort moves notes, formats and formulas with their rows). */
  permuteRows(range: GridRange, order: number[]): void {
    for (const g of this.grids()) g.permuteRows(range.row, range.column, range.numColumns, order);
    this.contentChanged();
  }

  /** Clears every cell layer and sheet-level rule: `Sheet.clear()` plus what deleting content implies. */
  clearBlock(range: GridRange, layers: { content?: boolean; format?: boolean; notes?: boolean; validations?: boolean }): void {
    const { row, column, numRows, numColumns } = range;
    if (layers.content) {
      this.values.fill(row, column, numRows, numColumns, '');
      this.formulas.fill(row, column, numRows, numColumns, '');
      this.contentChanged();
    }
    if (layers.format) this.formats.fill(row, column, numRows, numColumns, undefined);
    if (layers.notes) this.notes.fill(row, column, numRows, numColumns, '');
    if (layers.validations) this.validations.fill(row, column, numRows, numColumns, undefined);
  }

  whole(): GridRange {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }
}
