/** `Sheet`: a view of one sheet's store, with the row/column operations that grow or shrink it. */
import type { SheetStore } from './sheet-store';
import type { Workbook } from './workbook';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl, chartFromModel, chartToModel } from './chart';
import { ConditionalFormatRuleImpl, ruleFromModel, ruleToModel } from './conditional-format';
import { enumName } from './enums';
import { formatDisplayValue } from './format';
import { ProtectionImpl, newProtection } from './protection';
import { SCRIPT_CLASS, ScriptObject, asGas, implOf } from './proxy';
import { RangeImpl, checkedGrid, rangeFromA1 } from './range';
import { SpreadsheetImpl, checkSheetName } from './spreadsheet';

type Gas = GoogleAppsScript.Spreadsheet.Sheet;

/** Column width Sheets gives a column nobody resized. */
export const DEFAULT_COLUMN_WIDTH = 100;

type SheetApi = Pick<
  Gas,
  | 'getName' | 'setName' | 'getSheetName' | 'getSheetId' | 'getIndex' | 'hideSheet' | 'showSheet' | 'isSheetHidden'
  | 'activate' | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'insertRowsBefore' | 'insertRows' | 'insertRowAfter'
  | 'insertRowBefore' | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertColumns' | 'deleteRow' | 'deleteRows'
  | 'deleteColumn' | 'deleteColumns' | 'appendRow' | 'clear' | 'clearContents' | 'clearFormats' | 'clearNotes' | 'getParent'
  | 'setColumnWidth' | 'getColumnWidth' | 'autoResizeColumns' | 'setTabColor' | 'getTabColor' | 'getRange'
  | 'getDataRange' | 'getLastRow' | 'getLastColumn' | 'setFrozenRows' | 'getFrozenRows' | 'setFrozenColumns'
  | 'getFrozenColumns' | 'protect' | 'getProtections' | 'getConditionalFormatRules' | 'setConditionalFormatRules'
  | 'newChart' | 'insertChart' | 'getCharts' | 'removeChart' | 'updateChart'
>;

export class SheetImpl extends ScriptObject implements SheetApi {
  readonly [SCRIPT_CLASS] = 'Sheet';

  constructor(
    readonly workbook: Workbook,
    readonly store: SheetStore,
  ) {
    super();
  }

  #changed(): Gas {
    this.workbook.env.changed();
    return asGas(this);
  }

  #insertRows(before: number, count: number): Gas {
    if (before < 1 || before > this.store.maxRows + 1) throw new Error('Those rows are out of bounds.');
    this.store.insertRows(before, count);
    return this.#changed();
  }

  #insertColumns(before: number, count: number): Gas {
    if (before < 1 || before > this.store.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    this.store.insertColumns(before, count);
    return this.#changed();
  }

  getName(): string {
    return this.store.name;
  }

  getSheetName(): string {
    return this.store.name;
  }

  setName(name: string): Gas {
    if (name !== this.store.name) checkSheetName(this.workbook, name);
    this.store.name = name;
    return this.#changed();
  }

  getSheetId(): number {
    return this.store.id;
  }

  getIndex(): number {
    return this.workbook.sheets.indexOf(this.store) + 1;
  }

  hideSheet(): Gas {
    if (this.workbook.sheets.every((s) => s === this.store || s.hidden)) throw new Error("You can't hide all the sheets in a document.");
    this.store.hidden = true;
    if (this.workbook.activeSheetId === this.store.id) this.workbook.activeSheetId = this.workbook.activeSheet().id;
    return this.#changed();
  }

  showSheet(): Gas {
    this.store.hidden = false;
    return this.#changed();
  }

  isSheetHidden(): boolean {
    return this.store.hidden;
  }

  activate(): Gas {
    this.store.hidden = false;
    this.workbook.activeSheetId = this.store.id;
    this.workbook.activeRange = null;
    return asGas(this);
  }

  getMaxRows(): number {
    return this.store.maxRows;
  }

  getMaxColumns(): number {
    return this.store.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Gas {
    return this.#insertRows(afterPosition + 1, howMany);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Gas {
    return this.#insertRows(beforePosition, howMany);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.#insertRows(rowIndex, numRows);
  }

  insertRowAfter(afterPosition: number): Gas {
    return this.#insertRows(afterPosition + 1, 1);
  }

  insertRowBefore(beforePosition: number): Gas {
    return this.#insertRows(beforePosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Gas {
    return this.#insertColumns(afterPosition + 1, howMany);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Gas {
    return this.#insertColumns(beforePosition, howMany);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.#insertColumns(columnIndex, numColumns);
  }

  #delete(kind: 'rows' | 'columns', first: number, count: number): Gas {
    const max = kind === 'rows' ? this.store.maxRows : this.store.maxColumns;
    const frozen = kind === 'rows' ? this.store.frozenRows : this.store.frozenColumns;
    if (first < 1 || count < 1 || first + count - 1 > max) throw new Error(`Those ${kind} are out of bounds.`);
    if (count >= max - frozen) throw new Error(`Sorry, it is not possible to delete all non-frozen ${kind}.`);
    if (kind === 'rows') this.store.deleteRows(first, count);
    else this.store.deleteColumns(first, count);
    return this.#changed();
  }

  deleteRow(rowPosition: number): Gas {
    return this.#delete('rows', rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.#delete('rows', rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): Gas {
    return this.#delete('columns', columnPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.#delete('columns', columnPosition, howMany);
  }

  /** Writes after the last row with content, growing the sheet when it is full, as Sheets does. */
  appendRow(rowContents: unknown[]): Gas {
    if (!Array.isArray(rowContents)) throw new Error(`The parameters (${typeof rowContents}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`);
    const row = this.store.lastRow() + 1;
    if (row > this.store.maxRows) this.store.insertRows(this.store.maxRows + 1, row - this.store.maxRows);
    const width = Math.max(rowContents.length, 1);
    if (width > this.store.maxColumns) this.store.insertColumns(this.store.maxColumns + 1, width - this.store.maxColumns);
    if (rowContents.length) this.workbook.writeValues(this.store, { row, column: 1, numRows: 1, numColumns: rowContents.length }, (_i, j) => rowContents[j]);
    return this.#changed();
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Gas {
    const only = options?.formatOnly || options?.contentsOnly;
    this.store.clearBlock(this.store.whole(), only ? { content: options?.contentsOnly, format: options?.formatOnly } : { content: true, format: true });
    return this.#changed();
  }

  clearContents(): Gas {
    return this.clear({ contentsOnly: true });
  }

  clearFormats(): Gas {
    return this.clear({ formatOnly: true });
  }

  clearNotes(): Gas {
    this.store.clearBlock(this.store.whole(), { notes: true });
    return this.#changed();
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(new SpreadsheetImpl(this.workbook));
  }

  setColumnWidth(columnPosition: number, width: number): Gas {
    this.store.columnWidths.set(columnPosition, width);
    return this.#changed();
  }

  getColumnWidth(columnPosition: number): number {
    return this.store.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Fits columns to their longest displayed text (about 7 px a character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): Gas {
    const lastRow = this.store.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      if (lastRow > 0) {
        const values = this.workbook.readValues(this.store, { row: 1, column: c, numRows: lastRow, numColumns: 1 });
        values.forEach(([v], i) => {
          const text = formatDisplayValue(v, this.store.formats.get(i + 1, c)?.numberFormat, this.workbook.locale, this.workbook.timeZone);
          longest = Math.max(longest, text.length);
        });
      }
      this.store.columnWidths.set(c, Math.max(21, longest * 7 + 10));
    }
    return this.#changed();
  }

  setTabColor(color: string | null): Gas {
    this.store.tabColor = color;
    return this.#changed();
  }

  getTabColor(): string | null {
    return this.store.tabColor;
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GoogleAppsScript.Spreadsheet.Range {
    if (typeof a === 'string') return asGas(rangeFromA1(this.workbook, a, this.store));
    if (column === undefined) throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return asGas(new RangeImpl(this.workbook, this.store, checkedGrid(this.store, a, column, numRows, numColumns)));
  }

  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.getRange(1, 1, Math.max(1, this.store.lastRow()), Math.max(1, this.store.lastColumn()));
  }

  getLastRow(): number {
    return this.store.lastRow();
  }

  getLastColumn(): number {
    return this.store.lastColumn();
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.store.maxRows) throw new Error('Invalid argument: rows');
    this.store.frozenRows = rows;
    this.#changed();
  }

  getFrozenRows(): number {
    return this.store.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.store.maxColumns) throw new Error('Invalid argument: columns');
    this.store.frozenColumns = columns;
    this.#changed();
  }

  getFrozenColumns(): number {
    return this.store.frozenColumns;
  }

  /** Returns the existing sheet protection if there is one, as Apps Script does. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    let model = this.store.protections.find((p) => p.type === 'SHEET');
    if (!model) {
      model = newProtection('SHEET', this.workbook.env.execution().ctx.user);
      this.store.protections.push(model);
      this.workbook.env.changed();
    }
    return asGas(new ProtectionImpl(this.workbook, this.store, model));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const name = enumName(type);
    return this.store.protections
      .filter((p) => p.type === name)
      .map((p) => asGas<GoogleAppsScript.Spreadsheet.Protection>(new ProtectionImpl(this.workbook, this.store, p)));
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.store.conditionalFormats.map((m) => asGas<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(ruleFromModel(m, this.workbook, this.store)));
  }

  /** Replaces every rule of the sheet: callers that want to add one must read, merge and write back. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.store.conditionalFormats = rules.map((r) => ruleToModel(implOf(r, ConditionalFormatRuleImpl, 'SpreadsheetApp.Sheet.setConditionalFormatRules')));
    this.#changed();
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return asGas(new EmbeddedChartBuilderImpl());
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const impl = implOf(chart, EmbeddedChartImpl, 'SpreadsheetApp.Sheet.insertChart');
    impl.state.model.id = this.workbook.nextChartId++;
    this.store.charts.push(chartToModel(impl.state));
    this.#changed();
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.store.charts.map((m) => asGas<GoogleAppsScript.Spreadsheet.EmbeddedChart>(chartFromModel(m, this.workbook, this.store)));
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = implOf(chart, EmbeddedChartImpl, 'SpreadsheetApp.Sheet.removeChart').state.model.id;
    this.store.charts = this.store.charts.filter((m) => m.id !== id);
    this.#changed();
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const impl = implOf(chart, EmbeddedChartImpl, 'SpreadsheetApp.Sheet.updateChart');
    const index = this.store.charts.findIndex((m) => m.id === impl.state.model.id);
    if (index < 0) throw new Error('The chart is not in this sheet.');
    this.store.charts[index] = chartToModel(impl.state);
    this.#changed();
  }
}
