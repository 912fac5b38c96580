import type { SheetJson } from '../workbook-json';
import { columnLetters } from '../../../core/columns/a1-notation';
import { t } from './page-language';

export const ROW_HEIGHT = 25;
const OVERSCAN = 20;
/** Columns shown past the data, and rows, so there is room to type into. */
const SPARE_COLUMNS = 3;
const SPARE_ROWS = 20;

export interface Cell {
  row: number;
  column: number;
}

export interface GridHandlers {
  /** A person committed text typed into one cell. */
  onCommit(cell: Cell, text: string): void;
  /** A person pasted a block of text starting at `cell`. */
  onPaste(cell: Cell, rows: string[][]): void;
  /** A person cleared the selected cell. */
  onClear(cell: Cell): void;
  /** The selected cell changed or was redrawn; `byPerson` when a click or key chose it (not a redraw). */
  onSelect(cell: Cell, content: string, byPerson: boolean): void;
}

/**
 * The editable grid of one sheet. Only the rows in view are in the DOM, so a 100 000-row
 * sheet scrolls smoothly. Cell text is set with `textContent`: deal text never becomes HTML.
 */
export class SheetGrid {
  private sheet: SheetJson | null = null;
  private selected: Cell = { row: 1, column: 1 };
  private editing = false;
  /** Drawn over the cells (the sheet's charts) and kept across redraws. */
  overlay: HTMLElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: GridHandlers,
  ) {
    container.addEventListener('scroll', () => this.render());
    container.addEventListener('keydown', (event) => this.onKey(event));
    container.addEventListener('paste', (event) => this.onPasteEvent(event));
    // Selected on press, as in Sheets: a redraw between press and release (a reload after the
    // sidebar's call, a scroll) replaces the cells, and a click event would then be lost.
    container.addEventListener('mousedown', (event) => {
      const td = (event.target as HTMLElement).closest('td');
      if (event.button !== 0 || !td?.dataset.row || td.classList.contains('editing')) return;
      const row = Number(td.dataset.row);
      const column = Number(td.dataset.col);
      // Pressing another cell ends an edit in progress as leaving it does (committed), then selects that cell.
      if (this.editing && document.activeElement instanceof HTMLElement) document.activeElement.blur();
      if (row === this.selected.row && column === this.selected.column && !this.editing) this.container.focus();
      else this.select(row, column);
    });
    container.addEventListener('dblclick', (event) => {
      if ((event.target as HTMLElement).closest('td')) this.startEditing(null);
    });
  }

  show(sheet: SheetJson, keepSelection: boolean): void {
    this.sheet = sheet;
    // A reload while a cell is being edited (the sidebar changed something) keeps the editor
    // and what was typed: ending the edit redraws the grid from the new values.
    if (keepSelection && this.editing) return;
    this.editing = false;
    if (!keepSelection) {
      this.selected = { row: Math.min(sheet.frozenRows + 1, Math.max(1, sheet.values.length)), column: 1 };
      this.container.scrollTop = 0;
    }
    this.render();
    this.announce(false);
  }

  private get rowCount(): number {
    return (this.sheet?.values.length ?? 0) + SPARE_ROWS;
  }

  private get columnCount(): number {
    return Math.max(1, ...(this.sheet?.values.map((r) => r.length) ?? [1])) + SPARE_COLUMNS;
  }

  private content(cell: Cell): { display: string; raw: string; kind: string } {
    const sheet = this.sheet;
    const value = sheet?.values[cell.row - 1]?.[cell.column - 1];
    const formula = sheet?.formulas[cell.row - 1]?.[cell.column - 1] ?? '';
    const display = sheet?.displayValues[cell.row - 1]?.[cell.column - 1] ?? '';
    const kind = typeof value === 'number' ? 'num' : typeof value === 'boolean' ? 'bool' : '';
    return { display, raw: formula || display, kind };
  }

  private render(): void {
    if (!this.sheet) return;
    const first = Math.max(1, Math.floor(this.container.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const visible = Math.ceil(this.container.clientHeight / ROW_HEIGHT) + 2 * OVERSCAN;
    const last = Math.min(this.rowCount, first + visible);
    const columns = this.columnCount;

    const table = document.createElement('table');
    table.className = 'sheet';
    const head = table.createTHead().insertRow();
    const corner = document.createElement('th');
    corner.className = 'rownum corner';
    head.append(corner);
    for (let c = 1; c <= columns; c++) {
      const th = document.createElement('th');
      th.textContent = columnLetters(c);
      head.append(th);
    }
    const body = table.createTBody();
    spacer(body, (first - 1) * ROW_HEIGHT, columns);
    for (let r = first; r <= last; r++) {
      const tr = body.insertRow();
      if (r <= this.sheet.frozenRows) tr.className = 'frozen';
      const num = document.createElement('th');
      num.className = 'rownum';
      num.textContent = String(r);
      tr.append(num);
      for (let c = 1; c <= columns; c++) {
        const td = tr.insertCell();
        const { display, kind } = this.content({ row: r, column: c });
        td.textContent = display;
        td.dataset.row = String(r);
        td.dataset.col = String(c);
        if (kind) td.classList.add(kind);
        if (r === this.selected.row && c === this.selected.column) td.classList.add('selected');
      }
    }
    spacer(body, (this.rowCount - last) * ROW_HEIGHT, columns);
    this.container.replaceChildren(...(this.overlay ? [table, this.overlay] : [table]));
  }

  /**
   * Selects a cell the add-on chose (the sidebar's "go to the deal's row"), scrolled into
   * view, without announcing it as the person's choice; nothing while a cell is being edited.
   */
  follow(row: number, column: number): void {
    if (this.editing) return;
    this.select(row, column, false);
  }

  private select(row: number, column: number, byPerson = true): void {
    this.selected = { row: Math.max(1, Math.min(row, this.rowCount)), column: Math.max(1, Math.min(column, this.columnCount)) };
    const top = (this.selected.row - 1) * ROW_HEIGHT;
    if (top < this.container.scrollTop + ROW_HEIGHT) this.container.scrollTop = Math.max(0, top - ROW_HEIGHT);
    else if (top > this.container.scrollTop + this.container.clientHeight - 2 * ROW_HEIGHT) {
      this.container.scrollTop = top - this.container.clientHeight + 2 * ROW_HEIGHT;
    }
    this.render();
    this.announce(byPerson);
    if (byPerson) this.container.focus();
  }

  private announce(byPerson: boolean): void {
    this.handlers.onSelect(this.selected, this.content(this.selected).raw, byPerson);
  }

  private cellElement(cell: Cell): HTMLTableCellElement | null {
    return this.container.querySelector(`td[data-row="${cell.row}"][data-col="${cell.column}"]`);
  }

  /** Opens an input in the selected cell, starting from `initial` (typed key) or the cell's content. */
  private startEditing(initial: string | null): void {
    const td = this.cellElement(this.selected);
    if (!td) return;
    this.editing = true;
    const cell = { ...this.selected };
    const input = document.createElement('input');
    input.setAttribute('aria-label', t('grid.editCell', { cell: `${columnLetters(cell.column)}${cell.row}` }));
    input.value = initial ?? this.content(cell).raw;
    td.classList.add('editing');
    td.replaceChildren(input);
    input.focus();
    let done = false;
    const finish = (commit: boolean, move: number) => {
      if (done) return;
      done = true;
      this.editing = false;
      if (commit) this.handlers.onCommit(cell, input.value);
      this.select(cell.row + move, cell.column);
    };
    input.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Enter') finish(true, 1);
      else if (event.key === 'Escape') finish(false, 0);
      else if (event.key === 'Tab') {
        event.preventDefault();
        finish(true, 0);
      }
    });
    input.addEventListener('blur', () => finish(true, 0));
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editing) return;
    const { row, column } = this.selected;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    if (moves[event.key]) {
      event.preventDefault();
      this.select(row + moves[event.key][0], column + moves[event.key][1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEditing(null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.handlers.onClear(this.selected);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.startEditing(event.key);
    }
  }

  private onPasteEvent(event: ClipboardEvent): void {
    if (this.editing) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text === '') return;
    event.preventDefault();
    const rows = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
    const width = Math.max(...rows.map((r) => r.length));
    this.handlers.onPaste(this.selected, rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]));
  }
}

function spacer(body: HTMLTableSectionElement, height: number, columns: number): void {
  if (height <= 0) return;
  const td = body.insertRow().insertCell();
  td.colSpan = columns + 1;
  td.style.height = `${height}px`;
  td.style.padding = '0';
  td.style.border = '0';
}
