import { columnLabel } from '../columns/column-label';
import type { DealColumn } from '../columns/deal-columns';
import { mapColumns, type ColumnMap } from '../columns/find-columns';
import { isBlankRow } from '../deals/blank-row';
import type { HistoryEntry, Via } from '../history/history-entry';
import type { Language } from '../i18n/language';
import { cellText } from '../parse/cell-text';
import { localeConventions } from '../parse/locale-conventions';
import { readNumberCell } from '../parse/parse-number';
import { readStatusCell } from '../parse/parse-status';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition } from '../stages/stage';
import { statusStager } from '../stages/status-stage';
import { columnWrite, type ColumnWrite } from './column-write';
import { formatDealId, highestDealIdNumber } from './deal-ids';
import { locateHeader } from './locate-header';
import { CHECKBOX_COLUMNS, missingManagedColumns, newSheetColumns } from './managed-columns';
import { StageFindings, stageSpelling, type StageFinding, LISTED_ROWS } from './stage-spelling';

export interface SetupInput {
  /** The sheet's used area as `getValues()` gives it: `values[0]` is sheet row 1, every row as wide as the last used column. */
  values: readonly (readonly unknown[])[];
  /** `getFormulas()` of the same area (`''` for plain cells), or `null` when the area is empty. */
  formulas: readonly (readonly string[])[] | null;
  definition: PipelineDefinition;
  language: Language;
  /** Spreadsheet locale, for amounts typed as text (`1 200,50`). */
  locale: string;
  now: Date;
  /** Who runs setup, for the history rows. */
  user: string;
  /** Deal IDs the Stage History already has rows for. */
  historyIds: ReadonlySet<string>;
  /** The highest Deal ID number the add-on ever issued or saw (its counter): new IDs follow it too, so a deleted deal's ID is never issued again. */
  highestIssuedDealId?: number;
  /** How the history rows say the deals entered: `setup` (the menu), or `import` when a file is being imported. */
  via?: Via;
}

/**
 * The document setting an importer sets before running setup on the workbook it built, so
 * that the history rows say `import`; setup consumes it (one run only).
 */
export const SETUP_VIA_PROPERTY = 'sheetsPipeline.setupVia';

/** A Deal ID found on more than one row (history is keyed by it, so the user should know). */
export interface DuplicateId {
  id: string;
  rows: number[];
  count: number;
}

/** What setup found and will do, in numbers and lists the summary shows (JSON-safe). */
export interface SetupFacts {
  headerRow: number;
  dealsFound: number;
  idsGenerated: number;
  firstIdGenerated: string | null;
  lastIdGenerated: string | null;
  columnsAdded: string[];
  stageEnteredFilled: number;
  historyRowsAdded: number;
  unrecognisedStages: StageFinding[];
  differentlySpeltStages: StageFinding[];
  /**
   * Rows of a sheet with a Status column (Pipedrive's) that it reads as won or lost whatever
   * their Stage cell says (history `to` = the won or lost stage), and deleted rows, left out
   * of the history and of every figure.
   */
  statusRows: { won: number; lost: number; deleted: number };
  /** Status cells that name no status, read as no status (the Stage cell decides). */
  unrecognisedStatuses: StageFinding[];
  duplicateIds: DuplicateId[];
  checkboxColumns: string[];
  /** BANT columns left without checkboxes because they hold other values: the column, the first such row and its text. */
  checkboxColumnsSkipped: { column: string; row: number; value: string }[];
}

export interface SetupPlan {
  /** The sheet had nothing in it: the whole header is new. */
  blank: boolean;
  /** 1-based header row. */
  headerRow: number;
  /** Header cells to write on the header row from `column` (1-based): the added columns' names. */
  headerWrite: { column: number; labels: string[] } | null;
  /** Sheet columns the pipeline spans once the added ones are in (the last is the rightmost added column, or the last used one). */
  width: number;
  /** Header texts left to right, trailing blanks dropped, as the pipeline registry keeps them. */
  headers: string[];
  /** Every recognised column (0-based), added ones included. */
  columns: ColumnMap;
  /** 1-based sheet columns that were added, by deal column. */
  added: Partial<Record<DealColumn, number>>;
  /** Data cells to fill: Deal IDs, Created, Stage entered; one block per column. */
  writes: ColumnWrite[];
  history: HistoryEntry[];
  /** 1-based sheet columns that get checkboxes. */
  checkboxColumns: number[];
  facts: SetupFacts;
}

/** A cell nothing was ever typed into (no value, no formula). */
function isEmptyCell(value: unknown, formula: string): boolean {
  return (value === '' || value === null || value === undefined) && formula === '';
}

/** A cell as the user sees it, spaces included (`"Proposal "` must show why it is not `Proposal`). */
function rawText(value: unknown): string {
  return typeof value === 'string' ? value : cellText(value);
}

/** Header texts as the registry and `readPipelineLayout` compare them. */
function trimmedHeaders(cells: readonly unknown[]): string[] {
  const headers = cells.map(cellText);
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return headers;
}

/** Checkbox columns must hold only ticks, unticks and blanks; anything else would be shown as invalid. */
function isCheckboxValue(value: unknown): boolean {
  return value === '' || value === true || value === false || value === null || value === undefined;
}

/**
 * Everything setup does to a sheet, decided from its values alone (the sheet layer reads
 * and writes): where the header is, which managed columns to append, which empty cells to
 * fill, which history rows to add, which stage spellings to report. Existing values are
 * never changed: only empty cells and new columns are written.
 */
export function planSetup(input: SetupInput): SetupPlan {
  const { values, formulas, definition, language, now } = input;
  const headerIndex = locateHeader(values);
  const usedWidth = values.length > 0 ? values[0].length : 0;
  const blank = headerIndex < 0;
  const headerCells: unknown[] = blank ? [] : [...values[headerIndex]];
  const existingColumns = blank ? {} : mapColumns(headerCells);
  const toAdd = blank ? newSheetColumns(definition) : missingManagedColumns(existingColumns, definition);
  // New columns go after the last used column, so nothing the user keeps at the right is overwritten.
  const firstAdded = blank ? 0 : usedWidth;
  const labels = toAdd.map((column) => columnLabel(column, language));
  const added: Partial<Record<DealColumn, number>> = {};
  const columns: ColumnMap = { ...existingColumns };
  toAdd.forEach((column, i) => {
    added[column] = firstAdded + i + 1;
    columns[column] = firstAdded + i;
  });
  const fullHeader = [...headerCells, ...new Array<unknown>(Math.max(0, firstAdded - headerCells.length)).fill(''), ...labels];
  const headerRow = blank ? 1 : headerIndex + 1;

  const facts: SetupFacts = {
    headerRow,
    dealsFound: 0,
    idsGenerated: 0,
    firstIdGenerated: null,
    lastIdGenerated: null,
    columnsAdded: labels,
    stageEnteredFilled: 0,
    historyRowsAdded: 0,
    unrecognisedStages: [],
    differentlySpeltStages: [],
    statusRows: { won: 0, lost: 0, deleted: 0 },
    unrecognisedStatuses: [],
    duplicateIds: [],
    checkboxColumns: [],
    checkboxColumnsSkipped: [],
  };

  const firstDataIndex = headerRow; // 0-based index of the first row under the header
  const dataRows = blank ? [] : values.slice(firstDataIndex);
  const existingAt = (column: DealColumn | undefined): number | undefined => (column === undefined ? undefined : existingColumns[column]);
  const cell = (r: number, index: number | undefined): unknown => (index === undefined ? '' : dataRows[r][index]);
  const formulaAt = (r: number, index: number | undefined): string => (index === undefined || !formulas ? '' : formulas[firstDataIndex + r]?.[index] ?? '');
  const columnValues = (index: number | undefined): unknown[] => (index === undefined ? [] : dataRows.map((row) => row[index]));
  const columnFormulas = (index: number | undefined): string[] | null =>
    index === undefined || !formulas ? null : dataRows.map((_, r) => formulas[firstDataIndex + r]?.[index] ?? '');

  const idIndex = existingAt('Deal ID');
  const stageIndex = existingAt('Stage');
  const statusIndex = existingAt('Status');
  const enteredIndex = existingAt('Stage entered');
  const amountIndex = existingAt('Amount');

  const match = stageMatcher(definition);
  const stager = statusStager(definition);
  const { decimalSeparator } = localeConventions(input.locale);
  const unknownStatuses = new StageFindings();
  const unrecognised = new StageFindings();
  const different = new StageFindings();
  const idRows = new Map<string, number[]>();
  const idUpdates = new Map<number, unknown>();
  const enteredUpdates = new Map<number, unknown>();
  const history: HistoryEntry[] = [];
  const logged = new Set<string>();

  const existingIds = idIndex === undefined ? [] : columnValues(idIndex);
  let nextNumber = Math.max(highestDealIdNumber(existingIds), highestDealIdNumber(input.historyIds), input.highestIssuedDealId ?? 0) + 1;

  for (let r = 0; r < dataRows.length; r++) {
    if (isBlankRow(dataRows[r])) continue;
    facts.dealsFound++;
    const sheetRow = headerRow + 1 + r;

    let id = cellText(cell(r, idIndex));
    if (id !== '') {
      const rows = idRows.get(id) ?? [];
      rows.push(sheetRow);
      idRows.set(id, rows);
    } else if (isEmptyCell(cell(r, idIndex), formulaAt(r, idIndex))) {
      id = formatDealId(nextNumber++);
      idUpdates.set(r, id);
      facts.idsGenerated++;
      facts.firstIdGenerated ??= id;
      facts.lastIdGenerated = id;
    }

    // A deleted deal (Status column) is no sales outcome: no stage, no history row, no dates filled.
    const status = statusIndex === undefined ? null : readStatusCell(cell(r, statusIndex));
    if (status === undefined) unknownStatuses.add(rawText(cell(r, statusIndex)), null, sheetRow);
    if (status === 'deleted') {
      facts.statusRows.deleted++;
      continue;
    }
    const spelling = stageSpelling(cell(r, stageIndex), match, language);
    if (spelling.kind === 'unrecognised') unrecognised.add(spelling.text, null, sheetRow);
    if (spelling.kind === 'different') different.add(rawText(cell(r, stageIndex)), spelling.canonical, sheetRow);
    // A won or lost Status closes the deal; its Stage cell, kept as it is, says where it stood.
    const stage = stager(spelling.kind === 'canonical' || spelling.kind === 'different' ? spelling.stage : undefined, status);
    if (stage === undefined) continue;
    if (status === 'won' || status === 'lost') facts.statusRows[status]++;

    // Created stays blank: when a deal already on the sheet was created is not known, and
    // today's date would make the sales cycle of a deal closed last year negative. Deals the
    // add-on sees enter the pipeline get one (the sidebar writes it; the metrics read an
    // edit's first history row as one, see addHistoryFacts).
    const entered = cell(r, enteredIndex);
    let enteredAt = entered instanceof Date && !Number.isNaN(entered.getTime()) ? entered : now;
    if (isEmptyCell(entered, formulaAt(r, enteredIndex))) {
      enteredUpdates.set(r, now);
      enteredAt = now;
      facts.stageEnteredFilled++;
    }
    if (id !== '' && !input.historyIds.has(id) && !logged.has(id)) {
      logged.add(id);
      const amount = readNumberCell(cell(r, amountIndex), decimalSeparator);
      history.push({ at: enteredAt, dealId: id, from: null, to: stage.key, user: input.user, via: input.via ?? 'setup', amount: typeof amount === 'number' ? amount : null });
    }
  }
  facts.historyRowsAdded = history.length;
  facts.unrecognisedStages = unrecognised.list();
  facts.differentlySpeltStages = different.list();
  facts.unrecognisedStatuses = unknownStatuses.list();
  facts.duplicateIds = [...idRows]
    .filter(([, rows]) => rows.length > 1)
    .map(([id, rows]) => ({ id, rows: rows.slice(0, LISTED_ROWS), count: rows.length }));

  const firstDataRow = headerRow + 1;
  const writes: ColumnWrite[] = [];
  const addWrite = (column: DealColumn, updates: Map<number, unknown>) => {
    const index = columns[column];
    if (index === undefined) return;
    const isNew = added[column] !== undefined;
    const write = columnWrite(index + 1, firstDataRow, isNew ? [] : columnValues(index), isNew ? null : columnFormulas(index), updates);
    if (write) writes.push(write);
  };
  addWrite('Deal ID', idUpdates);
  addWrite('Stage entered', enteredUpdates);

  const checkboxColumns: number[] = [];
  for (const column of CHECKBOX_COLUMNS) {
    const index = columns[column];
    if (index === undefined) continue;
    const bad = added[column] === undefined ? dataRows.findIndex((row) => !isCheckboxValue(row[index])) : -1;
    if (bad < 0) {
      checkboxColumns.push(index + 1);
      facts.checkboxColumns.push(cellText(fullHeader[index]));
    } else {
      facts.checkboxColumnsSkipped.push({ column: cellText(fullHeader[index]), row: firstDataRow + bad, value: cellText(dataRows[bad][index]) });
    }
  }

  return {
    blank,
    headerRow,
    headerWrite: labels.length > 0 ? { column: firstAdded + 1, labels } : null,
    width: Math.max(usedWidth, firstAdded + labels.length),
    headers: trimmedHeaders(fullHeader),
    columns,
    added,
    writes,
    history,
    checkboxColumns,
    facts,
  };
}
