import { columnLetters } from '../core/columns/a1-notation';
import type { DealColumn } from '../core/columns/deal-columns';
import type { RequiredFieldValues } from '../core/columns/required-fields';
import { blankDeal } from '../core/deals/blank-deal';
import { isBlankCell } from '../core/deals/blank-row';
import type { Via } from '../core/history/history-entry';
import { lastStageByDeal } from '../core/history/history-rows';
import type { Language } from '../core/i18n/language';
import { translate } from '../core/i18n/strings';
import { blockValues, cellBlocks, writableCell, type CellUpdates } from '../core/moves/cell-blocks';
import type { ChangeProblem } from '../core/moves/change-problem';
import { planStageChanges, type StageChangeAttempt, type StageChangePlan } from '../core/moves/plan-stage-changes';
import { stageChangesResult, type StageChangesResult } from '../core/moves/stage-changes-result';
import { stageLabelLanguage } from '../core/moves/stage-label-language';
import { statusStageText } from '../core/moves/status-stage-text';
import { undoneNote } from '../core/moves/undone-message';
import { cellText } from '../core/parse/cell-text';
import { needsSpreadsheetLocale } from '../core/parse/locale-columns';
import { parseDeals } from '../core/parse/parse-deals';
import { readStatusCell, statusLanguage } from '../core/parse/parse-status';
import { stageMatcher } from '../core/stages/match-stage';
import type { PipelineDefinition, StageKind } from '../core/stages/stage';
import { openDealIdCounter, type DealIdCounter } from './deal-id-counter';
import { tryDocumentLock } from './document-lock';
import type { PipelineLayout } from './pipeline-layout';
import { activeUserEmail } from './setup/active-user';
import { appendHistory, ensureHistorySheet, readHistory } from './stage-history';
import type { HistoryEntry } from '../core/history/history-entry';

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
  /** Edits: the Status cell's text before, for a typed Status cell (`''` when it was blank). */
  oldStatus?: string;
  /**
   * Commands: other cells of the deal to write with an accepted change, by English column
   * name; a `FormDay` is handed to Sheets as the day typed.
   */
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
  /**
   * Edits of a sheet with a Status column: which of the Stage and Status cells the edit
   * covered (the Stage cell alone by default). A Status cell stands for a stage as
   * `statusStageText` says, and a refused change puts back the cells the edit covered.
   */
  edited?: { stage: boolean; status: boolean };
  /** Refuse every change with this problem (Pipeline Settings unreadable): edits are put back, nothing is logged. */
  refuseAll?: ChangeProblem;
  /** Defaults: the active user's e-mail when Apps Script reveals it, and now. */
  user?: string;
  now?: Date;
}

/** The pipeline sheet as a sidebar command read it, under the document lock it still holds. */
export interface HeldPipeline {
  /**
   * The sheet from row 1 (`values[0]` is sheet row 1), read under the lock, full width; the
   * cells written are patched in (an added deal at the row it landed on), so the command's
   * answer needs no second read.
   */
  values: unknown[][];
  /** The Deal IDs of the Stage History, read under the lock: a new ID is never one of them. */
  historyIds: readonly string[];
}

/**
 * The one code path for stage changes, whatever made them: a typed cell, a paste or fill
 * (here), a sidebar command (`applyHeldStageChanges`); both run `runBatch`. Under the
 * document lock it reads the rows concerned (one read), the history only when a previous
 * stage must come from it; plans every change at once (`planStageChanges`); then writes one
 * block per run of side-by-side columns that change (refused edits put back, Stage entered,
 * Lost at stage, Deal IDs: see `cellBlocks`), the notes of the refused cells, and the history
 * rows (one write). A constant number of calls, whatever the number of rows. New Deal IDs
 * come from the counter in the document's properties (deal-id-counter.ts), not from a read.
 *
 * When another execution holds the lock past its timeout, nothing is judged or logged: the
 * edits are put back (the user is told to enter them again, and the note keeps the text).
 * No history row is lost and nothing is half-written.
 */
export function applyStageChanges(targets: readonly StageChangeTarget[], setup: StageChangeSetup): StageChangesResult {
  if (targets.length === 0) return { ok: true, busy: false, accepted: [], rejected: [] };
  const attempt = tryDocumentLock(() => runBatch(targets, setup, sheetSource(targets, setup), setup.refuseAll, true));
  if (!attempt.busy) return attempt.value;
  // Judged by no one: every change refused as busy (edits put back), nothing logged, no ID issued.
  const busy: ChangeProblem = { code: 'busy', message: translate(setup.language, 'enforce.busy') };
  return runBatch(targets, setup, sheetSource(targets, setup), busy, false, true);
}

/**
 * The same path for a sidebar command that already holds the document lock and read the
 * whole pipeline sheet and history under it: nothing is read again (the rows, the Deal IDs,
 * the stage labels all come from `held`), so the command's answer costs only its writes.
 */
export function applyHeldStageChanges(targets: readonly StageChangeTarget[], setup: StageChangeSetup, held: HeldPipeline): StageChangesResult {
  return runBatch(targets, setup, heldSource(targets, setup.layout, held), setup.refuseAll, true);
}

interface Batch {
  /** Sheet row of `values[0]`. */
  firstRow: number;
  /** Full-width values of the rows from `firstRow`, as read (rows of added deals: blank). */
  values: unknown[][];
  /** Each target's sheet row; added deals get a provisional row below everything read, until `appendRow` places them. */
  rows: number[];
}

/** Where a batch's rows, stage texts and known Deal IDs come from. */
interface BatchSource {
  batch: Batch;
  /** The Stage cells that tell which language the column is written in. */
  stageTexts: () => Iterable<unknown>;
  /** Every Deal ID of the sheet and the history when the caller read them; `null`: read them only if no counter exists yet. */
  knownIds: (() => Iterable<unknown>) | null;
  /** The rows read, from sheet row 1, to patch with what is written (`held.values`). */
  patch?: unknown[][];
}

function sheetSource(targets: readonly StageChangeTarget[], setup: StageChangeSetup): BatchSource {
  const { layout } = setup;
  const batch = readBatch(layout.sheet, targets, layout.headers.length);
  const stage = layout.columns.Stage as number;
  return { batch, stageTexts: () => batch.values.map((row) => row[stage]), knownIds: null };
}

function heldSource(targets: readonly StageChangeTarget[], layout: PipelineLayout, held: HeldPipeline): BatchSource {
  let next = Math.max(held.values.length, layout.headerRow) + 1;
  const rows = targets.map((t) => (t.row === 'new' ? next++ : t.row));
  const { min: firstRow, max: lastRow } = bounds(rows);
  const values = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => held.values[firstRow - 1 + i] ?? new Array<unknown>(layout.headers.length).fill(''));
  const data = () => held.values.slice(layout.headerRow);
  const id = layout.columns['Deal ID'];
  return {
    batch: { firstRow, values, rows },
    stageTexts: () => data().map((row) => row[layout.columns.Stage as number]),
    knownIds: () => [...(id === undefined ? [] : data().map((row) => row[id])), ...held.historyIds],
    patch: held.values,
  };
}

function runBatch(targets: readonly StageChangeTarget[], setup: StageChangeSetup, source: BatchSource, refuseAll: ChangeProblem | undefined, locked: boolean, busy = false): StageChangesResult {
  const { layout, definition, mode } = setup;
  const stageIndex = layout.columns.Stage;
  if (stageIndex === undefined) throw new Error(`The sheet "${layout.sheet.getName()}" has no Stage column.`);
  const sheet = layout.sheet;
  const { batch } = source;
  const idIndex = layout.columns['Deal ID'];
  const statusIndex = layout.columns.Status;
  const statusOf = (row: readonly unknown[]) => (statusIndex === undefined ? '' : row[statusIndex]);
  const stageText = statusStageText(definition, setup.language);
  const edited = setup.edited ?? { stage: true, status: false };
  const now = setup.now ?? new Date();
  const current = (i: number) => batch.values[batch.rows[i] - batch.firstRow];

  // Rows as they will be judged: commands carry their new stage and fields.
  const judged = targets.map((target, i) => {
    const row = [...current(i)];
    if (mode === 'command') {
      for (const [column, value] of Object.entries(target.fields ?? {})) {
        const index = layout.columns[column as DealColumn];
        if (index !== undefined && column !== 'Stage') row[index] = value;
      }
      row[stageIndex] = target.stage ?? '';
    }
    return row;
  });

  // The history is read at most once a batch: for the last stages of a paste's deals and for the Deal ID counter's first fill.
  let history: HistoryEntry[] | null = null;
  const historyEntries = (): HistoryEntry[] => (history ??= readHistory(setup.historySheet, definition));
  let lastStages: Map<string, string> | null = null;
  const historyStage = (dealId: string): string | null => {
    lastStages ??= lastStageByDeal(historyEntries());
    return lastStages.get(dealId) ?? null;
  };
  const deals = dealsOf(judged, layout, definition, setup.language);
  const attempts: StageChangeAttempt[] = targets.map((target, i) => {
    const values = judged[i];
    const dealId = idIndex === undefined ? '' : cellText(values[idIndex]);
    const was = current(i);
    let previous: string | null;
    if (mode === 'command') previous = target.row === 'new' ? null : stageText(was[stageIndex], statusOf(was));
    else if (target.oldValue !== undefined) previous = stageText(target.oldValue, statusOf(values));
    else if (target.oldStatus !== undefined) previous = stageText(values[stageIndex], target.oldStatus);
    else previous = dealId === '' ? null : historyStage(dealId);
    return {
      row: batch.rows[i],
      dealId,
      previous,
      // A command carries its stage; an edit stands for the stage its Stage and Status cells say.
      next: mode === 'command' ? cellText(values[stageIndex]) : stageText(values[stageIndex], statusOf(values)),
      shown: mode === 'command' ? undefined : cellText(edited.stage ? values[stageIndex] : statusOf(values)),
      deal: deals[i],
      rowHasContent: values.some((value, column) => column !== stageIndex && !isBlankCell(value)),
      revertTo: mode === 'edited' && target.oldValue !== undefined ? target.oldValue : undefined,
    };
  });

  const labelLanguage = stageLabelLanguage(source.stageTexts(), definition, setup.language);
  const ids = dealIds(sheet, layout, () => historyEntries().map((entry) => entry.dealId), source, judged, locked);
  const plan = planStageChanges(attempts, {
    definition,
    language: setup.language,
    labelLanguage,
    via: setup.via,
    user: setup.user ?? activeUserEmail(),
    now,
    highestDealId: ids.highest,
    refuseAll,
  });
  ids.settle(plan, targets.length > 1);

  const statusWords = statusIndex === undefined ? labelLanguage : statusLanguage(batch.values.map(statusOf), labelLanguage);
  const updates = cellUpdates(plan, targets, setup, labelLanguage, (kind) => translate(statusWords, `status.${kind}`), current);
  const landed = writeUpdates(sheet, batch, updates, new Set(batch.rows.filter((_, i) => targets[i].row === 'new')));
  const noteColumn = edited.stage || statusIndex === undefined ? stageIndex : statusIndex;
  if (mode === 'edited' && setup.noteRefused !== false) writeNotes(sheet, noteColumn + 1, plan, now, setup.language);
  if (plan.history.length > 0) appendHistory(historySheetFor(setup), plan.history, definition, labelLanguage);
  const result = stageChangesResult(plan, mode === 'edited', busy);
  for (const change of result.accepted) change.row = landed.get(change.row) ?? change.row;
  if (source.patch) patchValues(source.patch, updates, landed);
  return result;
}

/**
 * New Deal IDs without a read of the Deal ID column: after the highest number the counter
 * knows, the batch's own rows, and (the caller's full read, or a first read when the
 * spreadsheet has no counter yet) every ID of the sheet and the history. Pastes, which read
 * the Deal IDs of their rows anyway, raise the counter with them. Only under the lock.
 */
function dealIds(sheet: Sheet, layout: PipelineLayout, historyIds: () => string[], source: BatchSource, rows: unknown[][], locked: boolean) {
  const id = layout.columns['Deal ID'];
  const rowIds = () => (id === undefined ? [] : rows.map((row) => row[id]));
  let counter: DealIdCounter | null = null;
  let fullView = false;
  return {
    highest: (): number => {
      counter = openDealIdCounter();
      counter.raise(rowIds());
      fullView = !!source.knownIds || !counter.known;
      if (source.knownIds) counter.raise(source.knownIds());
      else if (fullView) counter.raise([...readDealIds(sheet, layout), ...historyIds()]);
      return counter.highest;
    },
    /** After planning: the IDs issued (and a paste's) into the counter, under the lock only. */
    settle(plan: StageChangePlan, many: boolean): void {
      if (!locked || !(counter || (many && id !== undefined))) return;
      counter ??= openDealIdCounter();
      counter.raise([...rowIds(), ...plan.accepted.map((change) => change.dealId)]);
      counter.save(fullView);
    },
  };
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

/** One read of the rows concerned (edits name existing rows; `'new'` is for commands, see `applyHeldStageChanges`). */
function readBatch(sheet: Sheet, targets: readonly StageChangeTarget[], width: number): Batch {
  const rows = targets.map((t) => (t.row === 'new' ? 0 : t.row));
  const { min: firstRow, max: lastRow } = bounds(rows);
  // Every row in the span is read, so nothing between two targets is ever taken for blank.
  return { firstRow, values: sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues(), rows };
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
  // A deleted deal (Status column) moved back into the pipeline is judged on its own fields too.
  const byIndex = new Map([...parsed.deals, ...parsed.deleted].map((deal) => [deal.index, deal]));
  return rows.map((_, index) => byIndex.get(index) ?? blankDeal(index));
}

/** Every Deal ID of the sheet, one read of its column (open-ended, so its length need not be asked first). */
function readDealIds(sheet: Sheet, layout: PipelineLayout): unknown[] {
  const index = layout.columns['Deal ID'];
  if (index === undefined) return [];
  const letters = columnLetters(index + 1);
  return sheet.getRange(`${letters}${layout.headerRow + 1}:${letters}`).getValues().map((row) => row[0]);
}

/**
 * The cells a batch writes: refused edits put back (the Stage cell, the Status cell, or
 * both: those the edit covered; a Status cell back to what it was, else to the word for the
 * kind of stage the deal goes back to), and for accepted changes the cells the add-on keeps.
 * A command on a sheet with a Status column also sets a Status cell that no longer agrees
 * with the stage it moves the deal to (won for a won stage...); a blank one stays blank.
 */
function cellUpdates(
  plan: StageChangePlan,
  targets: readonly StageChangeTarget[],
  setup: StageChangeSetup,
  labelLanguage: Language,
  statusWord: (kind: StageKind) => string,
  current: (i: number) => readonly unknown[],
): CellUpdates {
  const { columns } = setup.layout;
  const edited = setup.edited ?? { stage: true, status: false };
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
    if (change.outcome === 'rejected' && setup.mode === 'edited') {
      if (edited.stage) put(columns.Stage, change.row, change.revertTo);
      if (edited.status) {
        const kind = match(change.revertTo)?.kind;
        put(columns.Status, change.row, targets[i].oldStatus ?? (kind === undefined ? '' : statusWord(kind)));
      }
    }
    if (change.outcome !== 'accepted') return;
    if (setup.mode === 'command') {
      const target = targets[i];
      for (const [column, value] of Object.entries(target.fields ?? {})) {
        if (column !== 'Stage') put(columns[column as DealColumn], change.row, value);
      }
      const stage = match(change.to);
      put(columns.Stage, change.row, stage?.labels[labelLanguage] ?? target.stage);
      const status = columns.Status === undefined ? null : readStatusCell(current(i)[columns.Status]);
      if (stage && status !== null && status !== stage.kind) put(columns.Status, change.row, statusWord(stage.kind));
    }
    put(columns['Stage entered'], change.row, change.cells.stageEntered);
    if (change.cells.lostAtStage !== undefined) put(columns['Lost at stage'], change.row, change.cells.lostAtStage);
    if (change.cells.dealId !== undefined) put(columns['Deal ID'], change.row, change.cells.dealId);
  });
  return updates;
}

/**
 * Writes `updates`: on the rows read, one `setValues` per block of side-by-side columns
 * that change (`cellBlocks`: a column that does not change is never written), the cells a
 * block holds without an update written back as they are (formulas as formulas, their
 * formulas read once for the whole batch and only when such a cell exists); an added deal
 * with one `appendRow`, which lands it below the last row whatever that is and grows the
 * sheet if needed, then one `getLastRow` to know where. Returns where added deals landed.
 */
function writeUpdates(sheet: Sheet, batch: Batch, updates: CellUpdates, added: ReadonlySet<number>): Map<number, number> {
  const existing: CellUpdates = new Map();
  const fresh = new Map<number, Map<number, unknown>>();
  for (const [column, byRow] of updates) {
    for (const [row, value] of byRow) {
      if (added.has(row)) {
        if (!fresh.has(row)) fresh.set(row, new Map());
        (fresh.get(row) as Map<number, unknown>).set(column, value);
      } else {
        if (!existing.has(column)) existing.set(column, new Map());
        (existing.get(column) as Map<number, unknown>).set(row, value);
      }
    }
  }
  let formulas: string[][] | null = null;
  const formulaAt = (row: number, column: number): string => {
    formulas ??= sheet.getRange(batch.firstRow, 1, batch.values.length, batch.values[0].length).getFormulas();
    return formulas[row - batch.firstRow]?.[column] ?? '';
  };
  const valueAt = (row: number, column: number): unknown => batch.values[row - batch.firstRow]?.[column];
  for (const block of cellBlocks(existing)) {
    const values = blockValues(block, existing, valueAt, block.gaps ? formulaAt : () => '');
    sheet.getRange(block.row, block.column + 1, block.numRows, block.numColumns).setValues(values);
  }
  const landed = new Map<number, number>();
  for (const row of [...fresh.keys()].sort((a, b) => a - b)) {
    const cells = fresh.get(row) as Map<number, unknown>;
    const width = bounds(cells.keys()).max + 1;
    sheet.appendRow(Array.from({ length: width }, (_, column) => (cells.has(column) ? writableCell(cells.get(column)) ?? '' : '')));
    landed.set(row, sheet.getLastRow());
  }
  return landed;
}


/** Puts what was written into the rows a command read (`values[0]` = row 1), an added deal at the row it landed on. */
function patchValues(values: unknown[][], updates: CellUpdates, landed: ReadonlyMap<number, number>): void {
  for (const [column, byRow] of updates) {
    for (const [provisional, value] of byRow) {
      const row = landed.get(provisional) ?? provisional;
      while (values.length < row) values.push([]);
      values[row - 1][column] = value ?? '';
    }
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

