import { a1Notation } from '../columns/a1-notation';
import { columnLabel } from '../columns/column-label';
import type { DealColumn } from '../columns/deal-columns';
import { isFieldFilled, isRequirableField } from '../columns/required-fields';
import type { HistoryEntry } from '../history/history-entry';
import { lastStageByDeal } from '../history/history-rows';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import type { ParsedDeals } from '../parse/parse-deals';
import type { Deal } from '../deals/deal';
import type { PipelineDefinition, Stage } from '../stages/stage';

export type RowProblemKind = 'unknown-stage' | 'missing-field' | 'missing-id' | 'duplicate-id' | 'history-mismatch' | 'unreadable';

export const ROW_PROBLEM_KINDS: readonly RowProblemKind[] = ['unknown-stage', 'missing-field', 'missing-id', 'duplicate-id', 'history-mismatch', 'unreadable'];

/** A problem with one cell of the pipeline sheet. Row and column are 1-based sheet positions. */
export interface RowProblem {
  kind: RowProblemKind;
  row: number;
  column: number;
  /** The cell in A1 notation, e.g. `G12`. */
  a1: string;
  /** What is wrong, in the user's language, on one line. */
  message: string;
  /** The row's Deal ID (`''` when it has none, and for problems with the header). */
  dealId: string;
}

export interface RowCheckInput {
  /** The sheet's deals as `parseDeals` read them from values starting at sheet row 1, column A. */
  parsed: ParsedDeals;
  history: readonly HistoryEntry[];
  definition: PipelineDefinition;
  language: Language;
}

/**
 * The fields `stage` requires that `deal` leaves empty, each with its 0-based column when
 * the sheet has one (`undefined`: no such column).
 */
export function missingRequiredFields(deal: Deal, stage: Stage, columns: ParsedDeals['columns']): { field: DealColumn; column: number | undefined }[] {
  return stage.requiredFields
    .filter((field) => isRequirableField(field) && !isFieldFilled(deal, field))
    .map((field) => ({ field: field as DealColumn, column: columns[field as DealColumn] }));
}

/**
 * Every problem of every row of a pipeline sheet (SPEC §3), for marking, not fixing:
 * - unknown or blank stage;
 * - a field the current stage requires left empty (marked on that field's cell);
 * - missing or duplicate Deal ID (the Stage History is keyed by it);
 * - a stage that differs from the one the Stage History last moved the deal to;
 * - cells `parseDeals` could not read (a bad number, date, probability...).
 * A cell that cannot be read is reported once, as unreadable, not also as missing.
 * Problems come sorted by row, then column.
 */
export function checkRows(input: RowCheckInput): RowProblem[] {
  const { parsed, definition, language } = input;
  const { columns, headerRow } = parsed;
  const problems: RowProblem[] = [];
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const add = (kind: RowProblemKind, row: number, column: number, message: string, dealId: string) =>
    problems.push({ kind, row, column, a1: a1Notation(row, column), message: message.replace(/\s*[\r\n]+\s*/g, ' '), dealId });
  const columnOf = (column: DealColumn) => (columns[column] === undefined ? undefined : (columns[column] as number) + 1);
  const stageColumn = columnOf('Stage');
  const idColumn = columnOf('Deal ID');
  const sheetRowOf = (index: number) => headerRow + 2 + index;
  const label = (stage: Stage) => stage.labels[language];
  const stageByKey = new Map(definition.stages.map((stage) => [stage.key, stage]));
  const stageList = definition.stages.map(label).join(', ');

  // Cells parseDeals could not read; an unknown stage gets the fuller message listing the stages.
  const unreadable = new Set<string>();
  const rowOfSheetRow = new Map<number, string>();
  for (const deal of parsed.deals) rowOfSheetRow.set(sheetRowOf(deal.index), deal.id);
  for (const problem of parsed.problems) {
    unreadable.add(`${problem.row}:${problem.column}`);
    const dealId = rowOfSheetRow.get(problem.row) ?? '';
    if (problem.column === stageColumn && problem.row !== headerRow + 1) {
      add('unknown-stage', problem.row, problem.column, t('validate.unknownStage', { value: String(problem.value).trim(), stages: stageList }), dealId);
    } else {
      add('unreadable', problem.row, problem.column, problem.message, dealId);
    }
  }

  if (headerRow >= 0 && idColumn === undefined && stageColumn !== undefined) {
    add('missing-id', headerRow + 1, stageColumn, t('validate.noIdColumn'), '');
  }

  const rowsById = new Map<string, number[]>();
  for (const deal of parsed.deals) {
    if (deal.id === '') continue;
    const rows = rowsById.get(deal.id);
    if (rows) rows.push(sheetRowOf(deal.index));
    else rowsById.set(deal.id, [sheetRowOf(deal.index)]);
  }
  const lastInHistory = lastStageByDeal(input.history);

  for (const deal of parsed.deals) {
    const row = sheetRowOf(deal.index);
    const stage = deal.stage === null ? undefined : stageByKey.get(deal.stage);
    // A blank Stage cell is fine on a deal its Status closes (Pipedrive's won and lost).
    if (stageColumn !== undefined && deal.stageText === '' && stage === undefined) add('unknown-stage', row, stageColumn, t('validate.blankStage', { stages: stageList }), deal.id);

    if (stage && stageColumn !== undefined) {
      for (const { field, column: index } of missingRequiredFields(deal, stage, columns)) {
        const column = index === undefined ? undefined : index + 1;
        if (column === undefined) {
          add('missing-field', row, stageColumn, t('validate.missingFieldColumn', { stage: label(stage), field: columnLabel(field, language) }), deal.id);
        } else if (!unreadable.has(`${row}:${column}`)) {
          add('missing-field', row, column, t('validate.missingField', { field: columnLabel(field, language), stage: label(stage) }), deal.id);
        }
      }
    }

    if (idColumn !== undefined && deal.id === '') {
      add('missing-id', row, idColumn, t('validate.missingId'), '');
      continue;
    }
    const sameId = rowsById.get(deal.id) ?? [];
    if (idColumn !== undefined && sameId.length > 1) {
      add('duplicate-id', row, idColumn, t('validate.duplicateId', { id: deal.id, rows: sameId.filter((r) => r !== row).join(', ') }), deal.id);
      // Which of the rows the history follows cannot be told, so it is not compared.
      continue;
    }
    const last = deal.id === '' ? undefined : lastInHistory.get(deal.id);
    if (stage && stageColumn !== undefined && last !== undefined && last !== stage.key) {
      const inHistory = stageByKey.get(last);
      add('history-mismatch', row, stageColumn, t('validate.historyMismatch', { stage: label(stage), history: inHistory ? label(inHistory) : last }), deal.id);
    }
  }
  return problems.sort((a, b) => a.row - b.row || a.column - b.column);
}
