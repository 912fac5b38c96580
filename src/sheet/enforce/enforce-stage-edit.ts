import { stageEditRows, type EditedArea } from '../../core/moves/stage-edit-rows';
import { undoneToast } from '../../core/moves/undone-message';
import { noteDealIds } from '../deal-id-counter';
import type { PipelineLayout } from '../pipeline-layout';
import { applyStageChanges, type StageChangeTarget } from '../stage-changes';
import { userLanguage } from '../user-language';
import { loadStageContext } from './stage-context';

/**
 * Deal IDs typed or pasted into the Deal ID column (an edit that misses the Stage column)
 * are noted for the Deal ID counter, so a new deal never gets one of them: a typed cell
 * from `e.value`, a paste with one read of the IDs it put there. An edit that covers the
 * Stage column too has its rows read by the stage path, which notes them itself.
 */
function noteEditedDealIds(e: GoogleAppsScript.Events.SheetsOnEdit, layout: PipelineLayout, area: EditedArea): void {
  const idIndex = layout.columns['Deal ID'];
  const rows = idIndex === undefined ? null : stageEditRows(area, layout.headerRow, idIndex + 1);
  if (!rows || idIndex === undefined) return;
  const single = area.numRows === 1 && area.numColumns === 1;
  noteDealIds(single ? [e.value] : layout.sheet.getRange(rows.first, idIndex + 1, rows.last - rows.first + 1, 1).getValues().map((row) => row[0]));
}

/** Long enough to read a few refused deals and their reasons. */
const TOAST_SECONDS = 20;

/**
 * Enforces the stage rules on a user's edit of a pipeline sheet (SPEC §3): a typed cell
 * (judged against `e.oldValue`), a paste or fill of many cells (no old values: each row
 * against the last stage the history knows for its Deal ID), a cleared cell, an edit of
 * several columns that includes Stage. On a sheet with a Status column (Pipedrive's), an
 * edit of a Status cell is a change of the stage the row stands for (open to won: a move
 * to Closed won; see `statusStageText`), judged, logged and put back the same way.
 * Refused changes are put back and one toast names each with its reasons; the accepted
 * ones of the same paste are kept and logged. Edits that miss the Stage and Status columns
 * cost nothing more (a paste into the Deal ID column: one read of the IDs it put there,
 * see `noteEditedDealIds`).
 */
export function enforceStageEdit(e: GoogleAppsScript.Events.SheetsOnEdit, layout: PipelineLayout): void {
  const stageIndex = layout.columns.Stage;
  if (stageIndex === undefined) return;
  const range = e.range;
  const numRows = range.getNumRows();
  const numColumns = range.getNumColumns();
  const area = { row: range.getRow(), column: range.getColumn(), numRows, numColumns };
  const statusIndex = layout.columns.Status;
  const stageRows = stageEditRows(area, layout.headerRow, stageIndex + 1);
  const statusRows = statusIndex === undefined ? null : stageEditRows(area, layout.headerRow, statusIndex + 1);
  const rows = stageRows ?? statusRows;
  if (!rows) {
    noteEditedDealIds(e, layout, area);
    return;
  }

  const single = numRows === 1 && numColumns === 1;
  const language = userLanguage();
  const context = loadStageContext(e.source, layout, language);
  const targets: StageChangeTarget[] = [];
  for (let row = rows.first; row <= rows.last; row++) {
    // Sheets gives no oldValue for a cell that was blank: a Status cell was blank, a Stage cell's deal is what the history says.
    if (single && statusRows) targets.push({ row, oldStatus: e.oldValue ?? '' });
    else targets.push(single && e.oldValue !== undefined ? { row, oldValue: e.oldValue } : { row });
  }
  const result = applyStageChanges(targets, {
    layout,
    definition: context.definition,
    language,
    via: single ? 'edit' : 'paste',
    mode: 'edited',
    noteRefused: !single,
    edited: { stage: stageRows !== null, status: statusRows !== null },
    historySheet: context.historySheet,
    refuseAll: context.settingsProblem ?? undefined,
  });
  if (result.rejected.length === 0) return;
  const toast = undoneToast(result.rejected, result.accepted.length, language);
  e.source.toast(toast.message, toast.title, TOAST_SECONDS);
}
