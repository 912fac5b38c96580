import type { Language } from '../core/i18n/language';
import { translate } from '../core/i18n/strings';
import { settingsForPipeline } from '../core/moves/settings-for-pipeline';
import { stageLabelLanguage } from '../core/moves/stage-label-language';
import type { PipelineDefinition } from '../core/stages/stage';
import { followPipelineFormats } from './conditional-formats';
import { withDocumentLock } from './document-lock';
import { isSettingsSheetName, settingsValues } from './enforce/stage-context';
import { readPipelineLayout, type PipelineLayout } from './pipeline-layout';
import { registeredSheetIds } from './pipeline-registry';
import { putStageDropdown } from './setup/sheet-validation';
import { userLanguage } from './user-language';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Long enough to read which cell to fix. */
const TOAST_SECONDS = 20;

/** The dropdown's list on the first deal row, `null` when that cell has none (or another kind of rule). */
function dropdownList(layout: PipelineLayout, stage: number): unknown[] | null {
  const rule = layout.sheet.getRange(layout.headerRow + 1, stage + 1).getDataValidation();
  const list = rule?.getCriteriaValues()[0];
  return Array.isArray(list) ? list : null;
}

/**
 * Brings one pipeline sheet in line with its settings: its Stage dropdown offers the
 * stages' labels (in the language it already uses) and its stale and overdue rules use the
 * stale days; each is rewritten only when it differs. True when anything was rewritten.
 */
function followSettings(layout: PipelineLayout, definition: PipelineDefinition, language: Language): boolean {
  const { sheet, headerRow, columns } = layout;
  const stage = columns.Stage;
  if (stage === undefined) return false;
  const maxRows = sheet.getMaxRows();
  if (maxRows <= headerRow) return false;
  let changed = false;
  const current = dropdownList(layout, stage);
  if (current !== null) {
    const offered = stageLabelLanguage(current, definition, language);
    const labels = definition.stages.map((s) => s.labels[offered]);
    if (labels.join('\u0000') !== current.map(String).join('\u0000')) {
      putStageDropdown(sheet, stage + 1, headerRow + 1, definition, offered, maxRows);
      changed = true;
    }
  }
  // A sheet whose rules the user removed keeps them removed: only rules still there are updated.
  if (followPipelineFormats(sheet, { headerRow, columns, width: layout.headers.length }, definition, maxRows)) changed = true;
  return changed;
}

/**
 * A hand edit of Pipeline Settings (typed, pasted, filled or cleared). The stage rules are
 * read afresh by every stage change, so they need nothing; what else follows the settings
 * on each pipeline sheet the add-on set up, its Stage dropdown and its stale and overdue
 * formatting, is brought in line here, under the document lock, with a toast saying so. A
 * mistake in a pipeline's block leaves its sheet as it was and a toast names the cell and
 * the problem (its stage changes are undone until it is fixed). Returns false for an edit
 * of any other sheet, which it does not read.
 */
export function followSettingsEdit(e: GoogleAppsScript.Events.SheetsOnEdit): boolean {
  const settingsSheet = e.range.getSheet();
  if (!isSettingsSheetName(settingsSheet.getName())) return false;
  const language = userLanguage();
  const messages = withDocumentLock(() => {
    const values = settingsValues(settingsSheet);
    const ids = new Set(registeredSheetIds());
    const pipelines: Sheet[] = ids.size === 0 ? [] : e.source.getSheets().filter((sheet) => ids.has(sheet.getSheetId()));
    const said: string[] = [];
    for (const sheet of pipelines) {
      const layout = readPipelineLayout(sheet);
      if (!layout) continue;
      const reading = settingsForPipeline(values, language, layout.block);
      if (reading.error !== null) {
        const { cell, message } = reading.error;
        said.push(translate(language, 'settings.problem', { cell: `${settingsSheet.getName()}!${cell}`, message, sheet: sheet.getName() }));
      } else if (followSettings(layout, reading.definition, language)) {
        said.push(translate(language, 'settings.followed', { sheet: sheet.getName() }));
      }
    }
    return said;
  });
  if (messages.length > 0) e.source.toast(messages.join('\n'), translate(language, 'sheet.settings'), TOAST_SECONDS);
  return true;
}
