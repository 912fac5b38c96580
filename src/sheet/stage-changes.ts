import { columnLetters } from '../core/columns/a1-notation';
import type { DealColumn } from '../core/columns/deal-columns';
import type { RequiredFieldValues } from '../core/columns/required-fields';
import { blankDeal } from '../core/deals/blank-deal';
import { isBlankCell } from '../core/deals/blank-row';
import type { Via } from '../core/history/history-entry';
import { lastStageByDeal } from '../core/history/history-rows';
import type { Language } from '../core/i18n/language';
import { translate } from '../core/i18n/strings';
import type { ChangeProblem } from '../core/moves/change-problem';
import { planStageChanges, type StageChangeAttempt, type StageChangePlan } from '../core/moves/plan-stage-changes';
import { stageChangesResult, type StageChangesResult } from '../core/moves/stage-changes-result';
import { stageLabelLanguage } from '../core/moves/stage-label-language';
import { undoneNote } from '../core/moves/undone-message';
import { cellText } from '../core/parse/cell-text';
import { needsSpreadsheetLocale } from '../core/parse/locale-columns';
import { parseDeals } from '../core/parse/parse-deals';
import { columnWrite } from '../core/setup/column-write';
import { stageMatcher } from '../core/stages/match-stage';
import type { PipelineDefinition } from '../core/stages/stage';
import { withDocumentLock } from './document-lock';
import type { PipelineLayout } from './pipeline-layout';
import { activeUserEmail } from './setup/active-user';
import { appendHistory, ensureHistorySheet, readHistory } from './stage-history';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type { StageChangesResult } from '../core/moves/stage-changes-result';

/** One deal whose stage changes (or was changed) in a batch. */
export interface StageChangeTarget {
  /** 1-based sheet row of the deal; `'new'` adds a row below the last deal (a command adding a deal). */
  row: number | 'new';
  /** Commands: the stage wanted. Edits leave it out: the cell already holds what the user entered. */
  stage?: string;
  /** Edits: the Stage cell's text before, when Sheets gave it (`e.oldValue` of a typed cell). */
  oldValue?: string;
  /** Commands: other cells of the deal to write with an accepted change, by English column name. */
  fields?: Partial<Record<DealColumn, unknown>>;
}

export interface StageChangeSetup {
  layout: PipelineLayout;
  definition: PipelineDefinition;
  /** Language of messages and notes (the user's). */
  language: Language;
  via: Via;
  /**
   * `edited`: the cells already hold the new stages (onEdit): refused changes are put back,
   * with a note keeping what was entered. `command`: nothing is written yet (sidebar):
   * accepted changes are written, refused ones leave the sheet untouched.
   */
  mode: 'edited' | 'command';
  historySheet: Sheet | null;
  /**
   * Edits: keep each refused text in a note on its cell. A single typed cell leaves it out:
   * the toast already quotes the text and the reason (SPEC §3: recoverable from the toast
   * or a note), which keeps a typed edit within its 6-call budget (SPEC §8).
   */
  noteRefused?: boolean;
  /** Refuse every change with this problem (Pipeline Settings unreadable): edits are put back, nothing is logged. */
  refuseAll?: ChangeProblem;
  /** Defaults: the active user's e-mail when Apps Script reveals it, and now. */
  user?: string;
  now?: Date;
}


/**
 * The one code path for stage changes, whatever made them: a typed cell, a paste or fill,
 * a sidebar command. Under the document lock it reads the rows concerned (one read), the
 * history only when a previous stage must come from it, the Deal ID column only when a
 * new deal needs an ID; plans every change at once (`planStageChanges`); then writes one
 * block per column (refused edits put back, Stage entered, Lost at stage, Deal IDs), the
 * notes of the refused cells, and the history rows (one write). A constant number of
 * calls, whatever the number of rows.
 *
 * When another execution holds the lock past its timeout, nothing is judged or logged:
 * edits are put back (the user is told to enter them again, and the note keeps the text),
 * commands write nothing. Either way no history row is lost and nothing is half-written.
 */
export function applyStageChanges(targets: readonly StageChangeTarget[], setup: StageChangeSetup): StageChangesResult {
  if (targets.length === 0) return { ok: true, busy: false, accepted: [], rejected: [] };
  let locked = false;
  try {
    return withDocumentLock(() => {
      locked = true;
      return runBatch(targets, setup, setup.refuseAll);
    });
  } catch (error) {
    if (locked) throw error;
    const busy: ChangeProblem = { code: 'busy', message: translate(setup.language, 'enforce.busy') };
    return runBatch(targets, setup, busy, true);
  }
}

interface Batch {
  /** Sheet row of `values[0]`. */
  firstRow: number;
  /** Full-width values of the rows from `firstRow`, as read (new rows: blank). */
  values: unknown[][];
  /** Each target's sheet row. */
  rows: number[];
}

function runBatch(targets: readonly StageChangeTarget[], setup: StageChangeSetup, refuseAll: ChangeProblem | undefined, busy = false): StageChangesResult {
  const { layout, definition, mode } = setup;
  const stageIndex = layout.columns.Stage;
  if (stageIndex === undefined) throw new Error(`The sheet "${layout.sheet.getName()}" has no Stage column.`);
  if (busy && mode === 'command') {
    const plan = refusedCommands(targets, refuseAll as ChangeProblem);
    return stageChangesResult(plan, false, true);
  }
  const sheet = layout.sheet;
  const width = layout.headers.length;
  const batch = readBatch(sheet, layout, targets, width);
  const idIndex = layout.columns['Deal ID'];
  const now = setup.now ?? new Date();

  // Rows as they will be judged: commands carry their new stage and fields.
  const judged = targets.map((target, i) => {
    const row = [...batch.values[batch.rows[i] - batch.firstRow]];
    if (mode === 'command') {
      for (const [column, value] of Object.entries(target.fields ?? {})) {
        const index = layout.columns[column as DealColumn];
        if (index !== undefined && column !== 'Stage') row[index] = value;
      }
      row[stageIndex] = target.stage ?? '';
    }
    return row;
  });

  let lastStages: Map<string, string> | null = null;
  const historyStage = (dealId: string): string | null => {
    lastStages ??= lastStageByDeal(readHistory(setup.historySheet, definition));
    return lastStages.get(dealId) ?? null;
  };
  const deals = dealsOf(judged, layout, definition, setup.language);
  const attempts: StageChangeAttempt[] = targets.map((target, i) => {
    const values = judged[i];
    const dealId = idIndex === undefined ? '' : cellText(values[idIndex]);
    const current = batch.values[batch.rows[i] - batch.firstRow][stageIndex];
    let previous: string | null;
    if (mode === 'command') previous = target.row === 'new' ? null : cellText(current);
    else if (target.oldValue !== undefined) previous = target.oldValue;
    else previous = dealId === '' ? null : historyStage(dealId);
    return {
      row: batch.rows[i],
      dealId,
      previous,
      next: cellText(values[stageIndex]),
      deal: deals[i],
      rowHasContent: values.some((value, column) => column !== stageIndex && !isBlankCell(value)),
      revertTo: mode === 'edited' && target.oldValue !== undefined ? target.oldValue : undefined,
    };
  });

  const labelLanguage = stageLabelLanguage(batch.values.map((row) => row[stageIndex]), definition, setup.language);
  const plan = planStageChanges(attempts, {
    definition,
    language: setup.language,
    labelLanguage,
    via: setup.via,
    user: setup.user ?? activeUserEmail(),
    now,
    dealIds: () => readDealIds(sheet, layout),
    refuseAll,
  });

  const updates = cellUpdates(plan, targets, setup, labelLanguage);
  writeColumns(sheet, batch, updates);
  if (mode === 'edited' && setup.noteRefused !== false) writeNotes(sheet, stageIndex + 1, plan, now, setup.language);
  if (plan.history.length > 0) appendHistory(historySheetFor(setup), plan.history, definition, labelLanguage);
  return stageChangesResult(plan, mode === 'edited', busy);
}

/** Stage History, created by the first change it logs; the user stays on the sheet they were editing. */
function historySheetFor(setup: StageChangeSetup): Sheet {
  if (setup.historySheet) return setup.historySheet;
  const spreadsheet = setup.layout.sheet.getParent();
  const created = ensureHistorySheet(spreadsheet, setup.language);
  spreadsheet.setActiveSheet(setup.layout.sheet);
  return created;
}

/** The smallest and largest of many numbers (a spread of 100 000 arguments would overflow the stack). */
function bounds(values: Iterable<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

/** One read of the rows concerned; rows for new deals are allocated below the last row. */
function readBatch(sheet: Sheet, layout: PipelineLayout, targets: readonly StageChangeTarget[], width: number): Batch {
  const existing = targets.map((t) => t.row).filter((row): row is number => row !== 'new');
  const newCount = targets.length - existing.length;
  let firstNew = 0;
  if (newCount > 0) {
    firstNew = Math.max(sheet.getLastRow(), layout.headerRow) + 1;
    const missing = firstNew + newCount - 1 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  }
  let next = firstNew;
  const rows = targets.map((t) => (t.row === 'new' ? next++ : t.row));
  const { min: firstRow, max: lastRow } = bounds(rows);
  // Every real row in the span is read, so nothing between two targets is ever taken for blank.
  const readTo = existing.length === 0 ? firstRow - 1 : newCount > 0 ? firstNew - 1 : lastRow;
  const values = readTo >= firstRow ? sheet.getRange(firstRow, 1, readTo - firstRow + 1, width).getValues() : [];
  while (values.length < lastRow - firstRow + 1) values.push(new Array<unknown>(width).fill(''));
  return { firstRow, values, rows };
}

/**
 * The deals of the judged rows, parsed as the rest of the add-on parses them. The
 * spreadsheet's locale is asked for only when a locale-dependent column holds text:
 * numbers and dates typed in Sheets arrive as numbers and dates already.
 */
function dealsOf(rows: unknown[][], layout: PipelineLayout, definition: PipelineDefinition, language: Language): RequiredFieldValues[] {
  const needsLocale = needsSpreadsheetLocale(rows, layout.columns);
  const spreadsheet = layout.sheet.getParent();
  const parsed = parseDeals([layout.headers, ...rows], {
    definition,
    locale: needsLocale ? spreadsheet.getSpreadsheetLocale() : 'en_US',
    timeZone: needsLocale ? spreadsheet.getSpreadsheetTimeZone() : 'UTC',
    language,
  });
  const byIndex = new Map(parsed.deals.map((deal) => [deal.index, deal]));
  return rows.map((_, index) => byIndex.get(index) ?? blankDeal(index));
}

/** Every Deal ID of the sheet, one read of its column (open-ended, so its length need not be asked first). */
function readDealIds(sheet: Sheet, layout: PipelineLayout): unknown[] {
  const index = layout.columns['Deal ID'];
  if (index === undefined) return [];
  const letters = columnLetters(index + 1);
  return sheet.getRange(`${letters}${layout.headerRow + 1}:${letters}`).getValues().map((row) => row[0]);
}

/** New values by 0-based column, then by sheet row. */
type CellUpdates = Map<number, Map<number, unknown>>;

function cellUpdates(plan: StageChangePlan, targets: readonly StageChangeTarget[], setup: StageChangeSetup, labelLanguage: Language): CellUpdates {
  const { columns } = setup.layout;
  const updates: CellUpdates = new Map();
  const put = (index: number | undefined, row: number, value: unknown) => {
    if (index === undefined) return;
    let column = updates.get(index);
    if (!column) updates.set(index, (column = new Map()));
    // `null` clears a cell; an empty string would go out as a lone apostrophe (text kept as text).
    column.set(row, value === '' ? null : value);
  };
  const match = stageMatcher(setup.definition);
  plan.changes.forEach((change, i) => {
    if (change.outcome === 'rejected' && setup.mode === 'edited') put(columns.Stage, change.row, change.revertTo);
    if (change.outcome !== 'accepted') return;
    if (setup.mode === 'command') {
      const target = targets[i];
      for (const [column, value] of Object.entries(target.fields ?? {})) {
        if (column !== 'Stage') put(columns[column as DealColumn], change.row, value);
      }
      put(columns.Stage, change.row, match(change.to)?.labels[labelLanguage] ?? target.stage);
    }
    put(columns['Stage entered'], change.row, change.cells.stageEntered);
    if (change.cells.lostAtStage !== undefined) put(columns['Lost at stage'], change.row, change.cells.lostAtStage);
    if (change.cells.dealId !== undefined) put(columns['Deal ID'], change.row, change.cells.dealId);
  });
  return updates;
}

/**
 * One `setValues` per column that changes, over the rows from its first to its last
 * change; the cells in between are written back as they are (formulas as formulas, text
 * as text), their formulas read once for the whole batch and only when such a gap exists.
 */
function writeColumns(sheet: Sheet, batch: Batch, updates: CellUpdates): void {
  let formulas: string[][] | null = null;
  const formulasOf = (): string[][] => {
    formulas ??= sheet.getRange(batch.firstRow, 1, batch.values.length, batch.values[0].length).getFormulas();
    return formulas;
  };
  for (const [index, byRow] of updates) {
    const offsets = new Map([...byRow].map(([row, value]) => [row - batch.firstRow, value]));
    const { min, max } = bounds(offsets.keys());
    const span = max - min + 1;
    const column = batch.values.map((row) => row[index]);
    const columnFormulas = span > offsets.size ? formulasOf().map((row) => row[index]) : null;
    const write = columnWrite(index + 1, batch.firstRow, column, columnFormulas, offsets);
    if (write) sheet.getRange(write.row, write.column, write.values.length, 1).setValues(write.values);
  }
}

/** Refused edits keep what was entered in a note on their cell, below any note already there. */
function writeNotes(sheet: Sheet, column: number, plan: StageChangePlan, at: Date, language: Language): void {
  if (plan.rejected.length === 0) return;
  const { min: first, max: last } = bounds(plan.rejected.map((change) => change.row));
  const range = sheet.getRange(first, column, last - first + 1, 1);
  const notes = range.getNotes();
  for (const change of plan.rejected) notes[change.row - first][0] = undoneNote(notes[change.row - first][0], change, at, language);
  range.setNotes(notes);
}

/** A command that could not get the lock: refused as a whole, nothing read or written. */
function refusedCommands(targets: readonly StageChangeTarget[], problem: ChangeProblem): StageChangePlan {
  const rejected = targets.map((target) => ({
    outcome: 'rejected' as const,
    row: typeof target.row === 'number' ? target.row : 0,
    dealId: '',
    text: target.stage ?? '',
    revertTo: '',
    problems: [problem],
  }));
  return { changes: rejected, accepted: [], rejected, history: [] };
}
