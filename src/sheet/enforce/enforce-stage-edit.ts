import { stageEditRows } from '../../core/moves/stage-edit-rows';
import { undoneToast } from '../../core/moves/undone-message';
import type { PipelineLayout } from '../pipeline-layout';
import { applyStageChanges, type StageChangeTarget } from '../stage-changes';
import { userLanguage } from '../user-language';
import { loadStageContext } from './stage-context';

/** Long enough to read a few refused deals and their reasons. */
const TOAST_SECONDS = 20;

/**
 * Enforces the stage rules on a user's edit of a pipeline sheet (SPEC §3): a typed cell
 * (judged against `e.oldValue`), a paste or fill of many cells (no old values: each row
 * against the last stage the history knows for its Deal ID), a cleared cell, an edit of
 * several columns that includes Stage. Refused changes are put back and one toast names
 * each with its reasons; the accepted ones of the same paste are kept and logged. Edits
 * that miss the Stage column cost nothing more.
 */
export function enforceStageEdit(e: GoogleAppsScript.Events.SheetsOnEdit, layout: PipelineLayout): void {
  const stageIndex = layout.columns.Stage;
  if (stageIndex === undefined) return;
  const range = e.range;
  const numRows = range.getNumRows();
  const numColumns = range.getNumColumns();
  const rows = stageEditRows({ row: range.getRow(), column: range.getColumn(), numRows, numColumns }, layout.headerRow, stageIndex + 1);
  if (!rows) return;

  const single = numRows === 1 && numColumns === 1;
  const language = userLanguage();
  const context = loadStageContext(e.source, layout, language);
  const targets: StageChangeTarget[] = [];
  for (let row = rows.first; row <= rows.last; row++) {
    // Sheets gives no oldValue for a cell that was blank: the history then says what the deal was.
    targets.push(single && e.oldValue !== undefined ? { row, oldValue: e.oldValue } : { row });
  }
  const result = applyStageChanges(targets, {
    layout,
    definition: context.definition,
    language,
    via: single ? 'edit' : 'paste',
    mode: 'edited',
    noteRefused: !single,
    historySheet: context.historySheet,
    refuseAll: context.settingsProblem ?? undefined,
  });
  if (result.rejected.length === 0) return;
  const toast = undoneToast(result.rejected, result.accepted.length, language);
  e.source.toast(toast.message, toast.title, TOAST_SECONDS);
}
