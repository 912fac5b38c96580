import { translate } from '../../core/i18n/strings';
import { planNotes } from '../../core/validate/note-marks';
import { checkRows, ROW_PROBLEM_KINDS, type RowProblem } from '../../core/validate/row-checks';
import { withDocumentLock } from '../document-lock';
import { readPipelineSnapshot } from '../reports/pipeline-snapshot';
import { userLanguage } from '../user-language';

/** What `validateAllRows` returns: JSON-safe, the problems by cell. */
export interface ValidationResult {
  sheet: string;
  /** Deals checked (non-blank rows under the header). */
  rowsChecked: number;
  problems: RowProblem[];
  /** Problems per kind, every kind listed. */
  counts: Record<RowProblem['kind'], number>;
  /** Cells carrying a mark after this run. */
  markedCells: number;
  /** Cells whose marks were removed because their problems are fixed. */
  clearedCells: number;
  /** The summary shown to the user. */
  summary: string;
  checkedAt: string;
}

/** Seconds the summary toast stays up: long enough to read. */
const TOAST_SECONDS = 15;

/**
 * Menu: checks every row of the pipeline sheet against the rules (see `checkRows`) and marks
 * each problem with a note on the offending cell, without changing any value, format or
 * validation. The user's own notes are kept: the add-on's lines, prefixed
 * "⚠ Sheets Pipeline:", are added after them, and replaced (or removed once fixed) on the
 * next run. One read of the values, one of the notes, one write of the notes, a toast.
 */
export function validateAllRows(): ValidationResult {
  const language = userLanguage();
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const snapshot = readPipelineSnapshot(spreadsheet, language);
    const problems = checkRows({ parsed: snapshot.parsed, history: snapshot.history, definition: snapshot.definition, language });

    // The used area starts at A1, and every problem lies in it (header and deal rows).
    const existing = snapshot.used.range.getNotes();
    const plan = planNotes(existing, { row: 1, column: 1 }, problems, language);
    if (plan) snapshot.sheet.getRange(plan.row, plan.column, plan.notes.length, plan.notes[0].length).setNotes(plan.notes);

    const counts = Object.fromEntries(ROW_PROBLEM_KINDS.map((kind) => [kind, 0])) as Record<RowProblem['kind'], number>;
    for (const problem of problems) counts[problem.kind]++;
    const rowsChecked = snapshot.parsed.deals.length;
    const summary =
      problems.length === 0
        ? translate(language, 'validate.summary.none', { rows: rowsChecked })
        : translate(language, 'validate.summary.some', {
            rows: rowsChecked,
            count: problems.length,
            problemRows: new Set(problems.map((problem) => problem.row)).size,
            kinds: ROW_PROBLEM_KINDS.filter((kind) => counts[kind] > 0)
              .map((kind) => `${counts[kind]} × ${translate(language, `validate.kind.${kind}`)}`)
              .join(', '),
          });
    spreadsheet.toast(summary, translate(language, 'menu.validateAll'), TOAST_SECONDS);
    return {
      sheet: snapshot.sheetName,
      rowsChecked,
      problems,
      counts,
      markedCells: new Set(problems.map((problem) => problem.a1)).size,
      clearedCells: plan?.cleared ?? 0,
      summary,
      checkedAt: new Date().toISOString(),
    };
  });
}
