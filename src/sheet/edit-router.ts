import { enforceStageEdit } from './enforce/enforce-stage-edit';
import { readPipelineLayout } from './pipeline-layout';
import { followSettingsEdit } from './settings-edit';

/** Where an edit landed, as far as the add-on cares. */
export type EditTarget = 'pipeline' | 'settings' | 'other';

/**
 * Routes a user edit (the simple `onEdit` trigger) to the sheet layer. An edit on a sheet
 * that is not a pipeline is recognised from the document's registry and the sheet's name,
 * with no read of any sheet; on a pipeline sheet the stage rules are enforced; an edit of
 * Pipeline Settings brings the pipelines' Stage dropdown and formatting in line with it.
 */
export function routeEdit(e: GoogleAppsScript.Events.SheetsOnEdit): EditTarget {
  const layout = readPipelineLayout(e.range.getSheet());
  if (!layout) return followSettingsEdit(e) ? 'settings' : 'other';
  enforceStageEdit(e, layout);
  return 'pipeline';
}
