/** Loading a WorkbookModel into the emulator's stores and exporting them back as plain data. */
import type { CellFormatModel, CellValue, GridRange, SheetModel, WorkbookModel } from './model';
import type { Grid } from './grid';
import type { SheetStore } from './sheet-store';
import { Workbook, type Env } from './workbook';
import { intern } from './cell-format';
import { copyCell } from './values';

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Covers a layer's non-empty cells with rectangles of equal value (by identity: formats and rules are shared objects). */
export function gridToRects<T>(grid: Grid<T | undefined>): { range: GridRange; value: T }[] {
  const done: { range: GridRange; value: T }[] = [];
  let open = new Map<string, { range: GridRange; value: T }>();
  const ids = new Map<T, number>();
  const idOf = (v: T) => ids.get(v) ?? (ids.set(v, ids.size), ids.size - 1);
  for (let r = 1; r <= grid.rows.length; r++) {
    const line = grid.rows[r - 1] ?? [];
    const next = new Map<string, { range: GridRange; value: T }>();
    for (let c = 1; c <= line.length; c++) {
      const value = line[c - 1];
      if (value === undefined) continue;
      let end = c;
      while (end < line.length && line[end] === value) end++;
      const key = `${c}:${end}:${idOf(value)}`;
      const prev = open.get(key);
      if (prev) {
        prev.range.numRows++;
        open.delete(key);
        next.set(key, prev);
      } else {
        next.set(key, { range: { row: r, column: c, numRows: 1, numColumns: end - c + 1 }, value });
      }
      c = end;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.range.row - b.range.row || a.range.column - b.range.column);
}

function loadSheet(workbook: Workbook, m: SheetModel, index: number): void {
  const store = workbook.addSheet(m.name, index, m.maxRows, m.maxColumns, m.id);
  store.hidden = m.hidden;
  store.frozenRows = m.frozenRows;
  store.frozenColumns = m.frozenColumns;
  store.tabColor = m.tabColor ?? null;
  store.values.rows = m.values.map((row) => row.map(copyCell));
  for (const f of m.formulas) store.formulas.set(f.row, f.column, f.formula);
  for (const n of m.notes) store.notes.set(n.row, n.column, n.note);
  for (const { range, format } of m.formats) {
    // Later entries override earlier ones key by key, like successive setXxx calls.
    store.formats.update(range.row, range.column, range.numRows, range.numColumns, (old) => intern({ ...old, ...format }));
  }
  for (const { range, rule } of m.validations) {
    const shared = Object.freeze(clone(rule));
    store.validations.fill(range.row, range.column, range.numRows, range.numColumns, shared);
  }
  store.protections = clone(m.protections);
  store.conditionalFormats = clone(m.conditionalFormats);
  store.charts = clone(m.charts);
  for (const { column, width } of m.columnWidths) store.columnWidths.set(column, width);
  store.contentChanged();
}

export function loadWorkbook(env: Env, model: WorkbookModel): Workbook {
  const workbook = new Workbook(env, model.id, model.name, model.locale, model.timeZone);
  model.sheets.forEach((s, i) => loadSheet(workbook, s, i));
  workbook.activeSheetId = (workbook.sheetByName(model.activeSheet) ?? workbook.sheets[0]).id;
  workbook.properties = clone(model.properties);
  workbook.nextChartId = Math.max(0, ...model.sheets.flatMap((s) => s.charts.map((c) => c.id))) + 1;
  return workbook;
}

function trimRow(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.length === end ? row : row.slice(0, end);
}

function exportSheet(workbook: Workbook, store: SheetStore): SheetModel {
  const lastRow = store.lastRow();
  const lastColumn = store.lastColumn();
  const values = lastRow ? workbook.readValues(store, { row: 1, column: 1, numRows: lastRow, numColumns: lastColumn }).map(trimRow) : [];
  const formulas: SheetModel['formulas'] = [];
  store.formulas.forEach((formula, row, column) => formulas.push({ row, column, formula }));
  const notes: SheetModel['notes'] = [];
  store.notes.forEach((note, row, column) => notes.push({ row, column, note }));
  return {
    name: store.name,
    id: store.id,
    hidden: store.hidden,
    maxRows: store.maxRows,
    maxColumns: store.maxColumns,
    frozenRows: store.frozenRows,
    frozenColumns: store.frozenColumns,
    values,
    formulas,
    notes,
    formats: gridToRects<CellFormatModel>(store.formats).map(({ range, value }) => ({ range, format: { ...value } })),
    validations: gridToRects(store.validations).map(({ range, value }) => ({ range, rule: clone(value) })),
    protections: clone(store.protections),
    conditionalFormats: clone(store.conditionalFormats),
    charts: clone(store.charts),
    columnWidths: [...store.columnWidths].sort((a, b) => a[0] - b[0]).map(([column, width]) => ({ column, width })),
    ...(store.tabColor ? { tabColor: store.tabColor } : {}),
  };
}

export function exportWorkbook(workbook: Workbook): WorkbookModel {
  return {
    id: workbook.id,
    name: workbook.name,
    locale: workbook.locale,
    timeZone: workbook.timeZone,
    activeSheet: workbook.activeSheet().name,
    sheets: workbook.sheets.map((s) => exportSheet(workbook, s)),
    properties: clone(workbook.properties),
  };
}
