import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import { parseSettings } from '../../core/settings/parse-settings';
import { renderSettings } from '../../core/settings/render-settings';
import { blockTitleName, DEFAULT_PIPELINE_NAME, SETTINGS_LAYOUT_WIDTH } from '../../core/settings/settings-layout';
import { textForWrite } from '../../core/setup/column-write';
import { definitionFromSettings } from '../../core/sidebar/settings-input';
import type { CommandResult, SettingsData } from '../../core/sidebar/sidebar-api';
import type { PipelineDefinition } from '../../core/stages/stage';
import { foldLabel } from '../../core/text/fold';
import { refreshPipelineFormats } from '../conditional-formats';
import { withDocumentLock } from '../document-lock';
import { registeredPipeline } from '../pipeline-registry';
import { readUsedValues } from '../reports/pipeline-snapshot';
import { WorkbookSheets } from '../reports/workbook-sheets';
import { openCommand, refused } from './command-context';
import { getSidebarState, stateOf } from './sidebar-state';

/** Sidebar: the pipeline definition the settings editor edits. */
export function getSettings(): SettingsData {
  return getSidebarState().settings;
}

/** The rows of `values` (0-based, end excluded) the block `name` spans; a sheet without titles is one block. */
function blockSpan(values: unknown[][], name: string): { start: number; end: number } {
  const titles = values.map((row, r) => (blockTitleName(row[0]) === undefined ? -1 : r)).filter((r) => r >= 0);
  if (titles.length === 0) return { start: 0, end: values.length };
  const start = titles.find((r) => foldLabel(blockTitleName(values[r][0])) === foldLabel(name));
  if (start === undefined) return { start: values.length + 1, end: values.length + 1 };
  return { start, end: titles.find((r) => r > start) ?? values.length };
}

/** Writes `definition` as its block of Pipeline Settings, in one write, moving blocks below it down when it grows. */
function writeBlock(definition: PipelineDefinition, name: string, language: Language): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = WorkbookSheets.read(spreadsheet).owned('sheet.settings', language) ?? spreadsheet.insertSheet(translate(language, 'sheet.settings'));
  const values = readUsedValues(sheet).values;
  const { start, end } = blockSpan(values, name);
  const rows = renderSettings(definition, language, name).map((row) => row.map((cell) => (typeof cell === 'string' && cell !== '' ? textForWrite(cell) : cell)));
  if (rows.length > end - start && end < values.length) sheet.insertRowsAfter(end, rows.length - (end - start));
  while (rows.length < end - start) rows.push(new Array<unknown>(SETTINGS_LAYOUT_WIDTH).fill(''));
  sheet.getRange(start + 1, 1, rows.length, SETTINGS_LAYOUT_WIDTH).setValues(rows);
  sheet.getRange(start + 3, 5, definition.stages.length, 1).setNumberFormat('0%');
  refreshPipelineFormats(spreadsheet);
}

/**
 * Sidebar: checks the edited settings (nothing trusted), writes this pipeline's block of
 * Pipeline Settings and refreshes the stale and overdue formatting.
 */
export function saveSettings(settings: unknown): CommandResult<{ settings: SettingsData }> {
  const command = openCommand();
  if (Array.isArray(command)) return refused(command);
  const { language } = command;
  const { definition, errors } = definitionFromSettings(settings, command.definition, language);
  if (errors.length > 0) return refused(errors);
  const name = registeredPipeline(command.layout.sheet.getSheetId())?.block ?? DEFAULT_PIPELINE_NAME;
  const problem = parseSettings(renderSettings(definition, language, name), language).errors[0];
  if (problem) return refused([{ field: '', message: problem.message }]);
  try {
    withDocumentLock(() => writeBlock(definition, name, language));
  } catch (_busy) {
    return refused([{ field: '', message: translate(language, 'enforce.busy') }]);
  }
  const state = stateOf({ ...command, definition });
  return { ok: true, state, settings: state.settings };
}
