import { findPipelineSheet } from './pipeline-sheet';

/** Where an edit landed, as far as the add-on cares. */
export type EditTarget = 'pipeline' | 'other';

/**
 * Routes a user edit (the simple `onEdit` trigger) to the sheet layer. Edits outside the
 * pipeline sheet are ignored with no further service call; stage enforcement on the
 * pipeline sheet hooks in here.
 */
export function routeEdit(e: GoogleAppsScript.Events.SheetsOnEdit): EditTarget {
  const sheet = e.range.getSheet();
  const pipeline = findPipelineSheet(e.source);
  return pipeline !== null && pipeline.getSheetId() === sheet.getSheetId() ? 'pipeline' : 'other';
}
