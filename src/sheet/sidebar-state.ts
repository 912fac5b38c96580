import { countByStage } from '../core/deals/count-by-stage';
import { findHeaderRow, mapColumns } from '../core/columns/find-columns';
import { defaultPipeline } from '../core/stages/default-pipeline';
import type { SidebarState } from '../core/sidebar/sidebar-state';
import { findPipelineSheet, readAllValues } from './pipeline-sheet';
import { userLanguage } from './user-language';

/** Builds the sidebar's state from the active spreadsheet with one read of the pipeline sheet. */
export function getSidebarState(): SidebarState {
  const language = userLanguage();
  const sheet = findPipelineSheet(SpreadsheetApp.getActiveSpreadsheet());
  if (!sheet) return { language, pipelineSheet: null, counts: null };

  const rows = readAllValues(sheet);
  const headerRow = findHeaderRow(rows);
  const stageColumn = headerRow < 0 ? undefined : mapColumns(rows[headerRow]).Stage;
  if (stageColumn === undefined) return { language, pipelineSheet: sheet.getName(), counts: null };

  const counts = countByStage(rows.slice(headerRow + 1), stageColumn, defaultPipeline(), language);
  return { language, pipelineSheet: sheet.getName(), counts };
}
