/**
 * The Import report's rows: every problem found importing a file, one per cell or row, with
 * the row of the Pipeline sheet (the same as the record's position in the file), the
 * column, the value and what is wrong, in the user's language. Nothing here changes the
 * workbook: a problem is reported, the value is kept.
 */
import { columnLetters } from '../../core/columns/a1-notation';
import { mapColumns } from '../../core/columns/find-columns';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import { cellText } from '../../core/parse/cell-text';
import { parseDeals, type ParsedDeals } from '../../core/parse/parse-deals';
import { columnLabel } from '../../core/columns/column-label';
import type { DealColumn } from '../../core/columns/deal-columns';
import { missingRequiredFields } from '../../core/validate/row-checks';
import type { Stage } from '../../core/stages/stage';
import type { Deal } from '../../core/deals/deal';
import type { PipelineDefinition } from '../../core/stages/stage';
import type { CellValue } from '../emulator/model';
import type { SourceTable } from './source-table';
import { formatCount } from './summary-text';
import { isBlankValue } from '../../core/parse/reading';

/**
 * `status-closed` is a notice, not a problem: how many deals a Status column (Pipedrive's)
 * closed as won or lost, listed once so the figures can be traced; `deleted` lists each
 * deal whose Status is deleted (kept, counted nowhere).
 */
export type ProblemKind =
  | 'duplicate-id' | 'generated-id' | 'unknown-stage' | 'no-stage' | 'missing-field' | 'unreadable' | 'extra-values' | 'unclosed-quote' | 'formulas'
  | 'locale-guess' | 'mixed-currencies' | 'status-closed' | 'deleted';

export interface ImportProblem {
  kind: ProblemKind;
  /** 1-based row of the Pipeline sheet; `rowText` when the problem spans rows (`2–8801`). */
  row: number;
  rowText?: string;
  /** 1-based column, and its header (or its letters when it has none). */
  column: number;
  columnName: string;
  value: CellValue;
  message: string;
}

/**
 * What the problems need to know of the file once it is in the workbook: which rows had no
 * Deal ID (setup fills them), `null` when the file has no Deal ID column; and its notices.
 * Kept apart so the file's rows can be let go of while setup runs (100 000-row files).
 */
export interface SourceFacts {
  blankIds: Uint8Array | null;
  notices: SourceTable['notices'];
  /** The deal columns the file itself has (setup may add others, empty). */
  fileColumns: ReadonlySet<DealColumn>;
}

export function sourceFacts(source: SourceTable): SourceFacts {
  const columns = mapColumns(source.rows[source.headerIndex] ?? []);
  const fileColumns = new Set(Object.keys(columns) as DealColumn[]);
  const index = columns['Deal ID'];
  if (index === undefined) return { blankIds: null, notices: source.notices, fileColumns };
  const blankIds = new Uint8Array(source.rows.length);
  source.rows.forEach((row, r) => (blankIds[r] = isBlankValue(row[index]) ? 1 : 0));
  return { blankIds, notices: source.notices, fileColumns };
}

export interface ProblemInput {
  source: SourceFacts;
  /** The Pipeline sheet's values after setup. */
  values: readonly (readonly CellValue[])[];
  /** 1-based header row setup found. */
  headerRow: number;
  definition: PipelineDefinition;
  locale: string;
  timeZone: string;
  language: Language;
}

type AddProblem = (kind: ProblemKind, row: number, column: number, value: CellValue, message: string, rowText?: string) => void;

function unreadableCells(problems: ParsedDeals['problems']): Set<string> {
  return new Set(problems.map((problem) => `${problem.row}:${problem.column}`));
}

/**
 * Fields a deal's stage requires that it leaves empty (SPEC §3: the rules hold on a bulk
 * import too; the deal is kept and counted, as a typed edit could not have left it). Listed
 * once per stage and field, with its rows: a file without loss reasons would otherwise fill
 * the report with one line per lost deal. Said apart when the file has no such column
 * (setup may have added it, empty).
 */
function addMissingFields(parsed: ParsedDeals, input: ProblemInput, firstDataRow: number, unreadable: Set<string>, add: AddProblem): void {
  const { definition, language } = input;
  const stageColumn = (parsed.columns.Stage ?? -1) + 1;
  const byKey = new Map(definition.stages.map((stage) => [stage.key, stage]));
  const groups = new Map<string, { stage: Stage; field: DealColumn; column: number | undefined; rows: number[] }>();
  for (const deal of parsed.deals) {
    const stage = deal.stage === null ? undefined : byKey.get(deal.stage);
    if (!stage) continue;
    const row = firstDataRow + deal.index;
    for (const { field, column } of missingRequiredFields(deal, stage, parsed.columns)) {
      // A cell that could not be read is listed as such already.
      if (column !== undefined && unreadable.has(`${row}:${column + 1}`)) continue;
      const key = `${stage.key}\u0000${field}`;
      const group = groups.get(key) ?? { stage, field, column, rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    }
  }
  for (const { stage, field, column, rows } of groups.values()) {
    const inFile = column !== undefined && input.source.fileColumns.has(field);
    const listed = rows.slice(0, LISTED_ROWS).join(', ') + (rows.length > LISTED_ROWS ? ', …' : '');
    const params = { field: columnLabel(field, language), stage: stage.labels[language], count: formatCount(rows.length, language), rows: listed };
    const message = translate(language, inFile ? 'import.problem.missingField' : 'import.problem.missingFieldColumn', params);
    add('missing-field', rows[0], inFile ? column + 1 : stageColumn, rows.length, message, rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : undefined);
  }
}

/** Rows listed in a duplicate-ID message before "…". */
const LISTED_ROWS = 10;

export function findImportProblems(input: ProblemInput): ImportProblem[] {
  const { source, values, language } = input;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const headerIndex = input.headerRow - 1;
  const header = values[headerIndex] ?? [];
  const columnName = (column: number) => cellText(header[column - 1]) || columnLetters(column);
  const problems: ImportProblem[] = [];
  const add = (kind: ProblemKind, row: number, column: number, value: CellValue, message: string, rowText?: string) =>
    problems.push({ kind, row, column, columnName: columnName(column), value, message, ...(rowText === undefined ? {} : { rowText }) });

  // What the engine cannot read: unknown stages, numbers and dates that stayed text, mixed date orders.
  const parsed = parseDeals(values, { definition: input.definition, locale: input.locale, timeZone: input.timeZone, language });
  const stageColumn = parsed.columns.Stage === undefined ? -1 : parsed.columns.Stage + 1;
  const statusColumn = parsed.columns.Status === undefined ? -1 : parsed.columns.Status + 1;
  const firstDataRow = parsed.headerRow + 2;
  const closedByStatus = new Map<number, Deal>();
  for (const deal of parsed.deals) if (deal.status === 'won' || deal.status === 'lost') closedByStatus.set(firstDataRow + deal.index, deal);
  const deletedRows = new Set(parsed.deleted.map((deal) => firstDataRow + deal.index));
  const stageLabel = (key: string | null) => input.definition.stages.find((stage) => stage.key === key)?.labels[language] ?? '';
  for (const problem of parsed.problems) {
    const value = (problem.value ?? '') as CellValue;
    if (problem.column === stageColumn && problem.row > input.headerRow) {
      // A deleted deal is listed as such below; a deal its Status closes is counted, at its closed stage.
      if (deletedRows.has(problem.row)) continue;
      const closed = closedByStatus.get(problem.row);
      const message = closed
        ? t('import.problem.unknownStageClosed', { value: cellText(value), stage: stageLabel(closed.stage) })
        : t('import.problem.unknownStage', { value: cellText(value) });
      add('unknown-stage', problem.row, problem.column, value, message);
    } else {
      add('unreadable', problem.row, problem.column, value, t('import.problem.unreadable', { message: problem.message }));
    }
  }
  for (const deal of parsed.deals) {
    if (deal.stageText === '' && deal.stage === null && stageColumn > 0) add('no-stage', firstDataRow + deal.index, stageColumn, '', t('import.problem.noStage'));
  }
  addMissingFields(parsed, input, firstDataRow, unreadableCells(parsed.problems), add);
  if (closedByStatus.size > 0) {
    const rows = [...closedByStatus.keys()];
    const won = [...closedByStatus.values()].filter((deal) => deal.status === 'won').length;
    const message = t('import.problem.statusClosed', { count: rows.length, won, lost: rows.length - won });
    add('status-closed', rows[0], statusColumn, rows.length, message, rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : undefined);
  }
  for (const row of deletedRows) add('deleted', row, statusColumn, values[row - 1][statusColumn - 1] ?? '', t('import.problem.deleted'));

  const idIndex = parsed.columns['Deal ID'];
  if (idIndex !== undefined) {
    const { blankIds } = source;
    const rowsById = new Map<string, number[]>();
    const generated: { row: number; id: string }[] = [];
    for (let r = headerIndex + 1; r < values.length; r++) {
      const id = cellText(values[r][idIndex]);
      if (id === '') continue;
      if (blankIds === null || blankIds[r] === 1) {
        generated.push({ row: r + 1, id });
        continue;
      }
      const rows = rowsById.get(id);
      if (rows) rows.push(r + 1);
      else rowsById.set(id, [r + 1]);
    }
    for (const [id, rows] of rowsById) {
      if (rows.length < 2) continue;
      const listed = rows.slice(0, LISTED_ROWS).join(', ') + (rows.length > LISTED_ROWS ? ', …' : '');
      for (const row of rows) {
        add('duplicate-id', row, idIndex + 1, values[row - 1][idIndex], t('import.problem.duplicateId', { id, count: rows.length, rows: listed, first: rows[0] }));
      }
    }
    if (blankIds === null && generated.length > 0) {
      const first = generated[0];
      const last = generated[generated.length - 1];
      const message = t('import.problem.generatedIdColumn', { count: generated.length, first: first.id, firstRow: first.row, last: last.id, lastRow: last.row });
      add('generated-id', first.row, idIndex + 1, `${first.id} – ${last.id}`, message, `${first.row}–${last.row}`);
    } else {
      for (const { row, id } of generated) add('generated-id', row, idIndex + 1, id, t('import.problem.generatedId', { id }));
    }
  }

  for (const notice of source.notices) {
    if (notice.kind === 'extra-values') {
      add('extra-values', notice.row, notice.width + 1, values[notice.row - 1]?.[notice.width] ?? '', t('import.problem.extraValues', { count: notice.count, width: notice.width }));
    } else if (notice.kind === 'locale-guess') {
      const value = values[notice.row - 1]?.[notice.column - 1] ?? '';
      const key = notice.guess === 'date-order' ? (notice.reading === 'dmy' ? 'import.problem.dateOrderGuess.dmy' : 'import.problem.dateOrderGuess.mdy') : 'import.problem.decimalGuess';
      add('locale-guess', notice.row, notice.column, value, t(key, { text: notice.text, locale: input.locale, separator: notice.reading }));
    } else if (notice.kind === 'mixed-currencies') {
      add('mixed-currencies', notice.row, notice.column, values[notice.row - 1]?.[notice.column - 1] ?? '', t('import.problem.mixedCurrencies', { signs: notice.signs.join(', ') }));
    } else if (notice.kind === 'formulas') {
      const cell = `${columnLetters(notice.column)}${notice.row}`;
      add('formulas', notice.row, notice.column, values[notice.row - 1]?.[notice.column - 1] ?? '', t('import.problem.formulas', { count: notice.count, cell, formula: notice.formula }));
    } else {
      const value = values[notice.row - 1]?.[notice.column - 1] ?? '';
      const shown = typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value;
      add('unclosed-quote', notice.row, notice.column, shown, t('import.problem.unclosedQuote', { line: notice.line }));
    }
  }
  return problems.sort((a, b) => a.row - b.row || a.column - b.column);
}
