import type { WorkbookJson } from '../workbook-json';
import { fetchWorkbook, postEdit, postSelect, type EditAnswer } from './api-client';
import { wireFileActions } from './file-actions';
import { ChartLayer } from './charts';
import { t, translateChrome } from './page-language';
import { ROW_HEIGHT, SheetGrid, type Cell } from './sheet-grid';
import { showToast } from './toasts';

/**
 * The local preview page: the workbook's tabs as an editable grid, the real sidebar in an
 * iframe beside it. Every edit goes through `/api/edit`, which fires `onEdit` exactly as
 * Sheets would, and the grid then shows the workbook as the add-on left it. The page speaks
 * the preview's language (`--locale`, in `<html lang>`).
 */
translateChrome();

let workbook: WorkbookJson | null = null;
let activeSheet = '';
/** The active cell as the page last knew it (the person's click, or the add-on's last move): a different one is the add-on's to follow. */
let knownActive = '';
/** The person's last click on its way to the server, and how many clicks there were: a reload waits for it, and one overtaken by a click follows nothing. */
let selectSent: Promise<unknown> = Promise.resolve();
let selectVersion = 0;

const status = document.getElementById('status') as HTMLElement;
const formula = document.getElementById('formula') as HTMLInputElement;
const tabs = document.getElementById('tabs') as HTMLElement;

const gridElement = document.getElementById('grid') as HTMLElement;
const grid = new SheetGrid(gridElement, {
  onCommit: (cell, text) => edit(cell, [[text]]),
  onPaste: (cell, rows) => edit(cell, rows),
  onClear: (cell) => edit(cell, [['']]),
  onSelect: (cell, content, byPerson) => {
    formula.value = content;
    // Only a person's click moves the active range the sidebar follows; redraws after a change must not.
    if (byPerson) {
      knownActive = activeKey(activeSheet, cell);
      selectVersion++;
      selectSent = postSelect(activeSheet, cell.row, cell.column).catch(() => undefined);
    }
  },
});
/** The active sheet's charts, drawn over the grid at their anchor cells. */
const charts = new ChartLayer();
grid.overlay = charts.element;

function setStatus(text: string): void {
  status.textContent = text;
}

async function edit(cell: Cell, values: string[][]): Promise<void> {
  setStatus(t('status.saving'));
  try {
    const answer: EditAnswer = await postEdit(activeSheet, cell.row, cell.column, values);
    if (!answer.accepted) showToast(answer.reason ?? t('toast.inputRejected'), t('toast.invalidInput'), 'error');
    for (const toast of answer.toasts) showToast(toast.message, toast.title);
    if (answer.triggerError) showToast(answer.triggerError, t('toast.onEditFailed'), 'error');
    await reload(true);
    setStatus(t('status.saved'));
  } catch (error) {
    setStatus('');
    showToast((error as Error).message, t('toast.editFailed'), 'error');
  }
}

function renderTabs(): void {
  if (!workbook) return;
  tabs.replaceChildren(
    ...workbook.sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = sheet.name;
        button.setAttribute('role', 'tab');
        button.setAttribute('aria-selected', String(sheet.name === activeSheet));
        button.addEventListener('click', () => {
          activeSheet = sheet.name;
          renderTabs();
          showActive(false);
        });
        return button;
      }),
  );
}

function showActive(keepSelection: boolean): void {
  const sheet = workbook?.sheets.find((s) => s.name === activeSheet);
  if (!sheet || !workbook) return;
  charts.show(sheet, workbook);
  grid.show(sheet, keepSelection);
  charts.place(gridElement, ROW_HEIGHT);
}

function activeKey(sheet: string, cell: Cell | null): string {
  return cell ? `${sheet}!${cell.row}:${cell.column}` : '';
}

async function reload(keepSelection: boolean): Promise<void> {
  const version = selectVersion;
  // The server must know the person's last click first, or its older active cell would look like the add-on's move.
  await selectSent;
  workbook = await fetchWorkbook();
  (document.getElementById('workbook-name') as HTMLElement).textContent = workbook.name;
  // The add-on moved the selection (the sidebar going to a deal's row, setActiveRange): go there, as Sheets does.
  const active = activeKey(workbook.activeSheet, workbook.activeCell);
  const current = version === selectVersion && active !== '';
  const moved = keepSelection && current && active !== knownActive;
  if (current) knownActive = active;
  if (moved || !workbook.sheets.some((s) => s.name === activeSheet && !s.hidden)) activeSheet = workbook.activeSheet;
  renderTabs();
  showActive(keepSelection);
  if (moved && workbook.activeCell) grid.follow(workbook.activeCell.row, workbook.activeCell.column);
}

wireFileActions({
  setStatus,
  onImported: async () => {
    // A new workbook: its own first sheet and selection, and a sidebar that reads it afresh.
    activeSheet = '';
    await reload(false);
    (document.getElementById('sidebar') as HTMLIFrameElement).contentWindow?.location.reload();
  },
});

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin) return;
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'sheets-pipeline:changed') void reload(true);
});

reload(false).then(
  () => setStatus(t('status.saved')),
  (error: Error) => showToast(error.message, t('toast.loadFailed'), 'error'),
);
