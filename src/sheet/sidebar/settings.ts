import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import { parseSettings } from '../../core/settings/parse-settings';
import { renderSettings } from '../../core/settings/render-settings';
import { blockTitleName, DEFAULT_PIPELINE_NAME, SETTINGS_LAYOUT_WIDTH } from '../../core/settings/settings-layout';
import { textForWrite } from '../../core/setup/column-write';
import { settingsData } from '../../core/sidebar/deal-view';
import { definitionFromSettings } from '../../core/sidebar/settings-input';
import type { CommandResult, FieldError, SettingsData } from '../../core/sidebar/sidebar-api';
import { stageMatcher } from '../../core/stages/match-stage';
import type { PipelineDefinition } from '../../core/stages/stage';
import { foldLabel } from '../../core/text/fold';
import { stageLabelLanguage } from '../../core/moves/stage-label-language';
import { followPipelineFormats, pipelineFormatRules } from '../conditional-formats';
import { formatProbabilityColumn, probabilityColumnFormatted } from '../setup/settings-sheet';
import { putStageDropdown } from '../setup/sheet-validation';
import { registeredPipeline } from '../pipeline-registry';
import { userLanguage } from '../user-language';
import { invalid } from './command-arguments';
import { dealRow, refused, runCommand, type Command } from './command-context';
import { getSidebarState } from './sidebar-state';

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

/**
 * Writes `definition` as its block of Pipeline Settings, in one write, moving blocks below it
 * down when it grows; then brings the pipeline sheet in line: the Stage dropdown offers the new
 * stage names (in the language its Stage column is written in) and the stale and overdue
 * formatting uses the new stale days. Tabs and pipeline rows come from the command's one read.
 */
function writeBlock(command: Command, definition: PipelineDefinition, name: string): void {
  const { spreadsheet, language, layout } = command;
  const before = command.definition;
  const existing = command.tabs.owned('sheet.settings', language);
  const sheet = existing ?? spreadsheet.insertSheet(translate(language, 'sheet.settings'));
  const values = command.settingsValues ?? [];
  const { start, end } = blockSpan(values, name);
  const rows = renderSettings(definition, language, name).map((row) => row.map((cell) => (typeof cell === 'string' && cell !== '' ? textForWrite(cell) : cell)));
  if (rows.length > end - start && end < values.length) sheet.insertRowsAfter(end, rows.length - (end - start));
  while (rows.length < end - start) rows.push(new Array<unknown>(SETTINGS_LAYOUT_WIDTH).fill(''));
  sheet.getRange(start + 1, 1, rows.length, SETTINGS_LAYOUT_WIDTH).setValues(rows);
  // Probabilities show as percents: a block written where it was, with no more stages than before, has the format
  // already, and so does any row once the column is formatted to the bottom (see formatProbabilityColumn).
  const placed = existing !== null && ((start < values.length && definition.stages.length <= before.stages.length) || probabilityColumnFormatted());
  if (!placed) formatProbabilityColumn(sheet);

  // The sheet is only touched where the saved settings change what it shows.
  const pipeline = layout.sheet;
  const stage = layout.columns.Stage;
  if (stage === undefined) return;
  const stageTexts = command.values.slice(layout.headerRow).map((row) => row[stage]);
  const labels = (d: PipelineDefinition) => JSON.stringify(d.stages.map((s) => s.labels));
  const rules = (d: PipelineDefinition) => JSON.stringify(pipelineFormatRules(layout, d));
  const newDropdown = labels(before) !== labels(definition);
  const newFormats = rules(before) !== rules(definition);
  if (!newDropdown && !newFormats) return;
  // With a row read below the header, the dropdown and the formatting run open-ended to the bottom (no size asked).
  const maxRows = command.values.length > layout.headerRow ? undefined : pipeline.getMaxRows();
  if (newDropdown) putStageDropdown(pipeline, stage + 1, layout.headerRow + 1, definition, stageLabelLanguage(stageTexts, definition, language), maxRows);
  // As when Pipeline Settings is edited by hand: rules the user removed stay removed.
  if (newFormats) followPipelineFormats(pipeline, { headerRow: layout.headerRow, columns: layout.columns, width: layout.headers.length }, definition, maxRows);
}

/**
 * A stage the new settings leave out while deals are in it: refused, naming the stage and how
 * many deals. Saved, those deals would have no known stage and drop out of every figure.
 */
function removedStagesInUse(command: Command, definition: PipelineDefinition): FieldError[] {
  const stageColumn = command.layout.columns.Stage;
  if (stageColumn === undefined) return [];
  const kept = new Set(definition.stages.map((stage) => stage.key));
  const match = stageMatcher(command.definition);
  const counts = new Map<string, number>();
  for (let r = command.layout.headerRow; r < command.values.length; r++) {
    const stage = match(command.values[r][stageColumn]);
    if (stage && !kept.has(stage.key)) counts.set(stage.key, (counts.get(stage.key) ?? 0) + 1);
  }
  return command.definition.stages
    .filter((stage) => counts.has(stage.key))
    .map((stage) => ({ field: 'stages', message: translate(command.language, 'cmd.stageInUse', { stage: stage.labels[command.language], count: counts.get(stage.key) ?? 0 }) }));
}

/**
 * Sidebar: checks the edited settings (nothing trusted), writes this pipeline's block of
 * Pipeline Settings and updates the pipeline sheet's Stage dropdown and stale and overdue
 * formatting, all under the document lock (see `runCommand`). `selectedDealId`: the deal
 * the sidebar shows (null for none), which the answer shows again; without it the answer
 * shows the active row's deal (the selection is then read: one call more).
 */
export function saveSettings(settings: unknown, selectedDealId?: unknown): CommandResult<{ settings: SettingsData }> {
  const named = selectedDealId !== undefined;
  if (named && selectedDealId !== null && (typeof selectedDealId !== 'string' || selectedDealId.length > 100)) {
    return refused([invalid('Deal ID', userLanguage())]);
  }
  return runCommand((command) => {
    const { language } = command;
    // A deal deleted meanwhile only leaves the answer without a deal shown.
    if (typeof selectedDealId === 'string' && selectedDealId !== '') dealRow(command, selectedDealId);
    const { definition, errors } = definitionFromSettings(settings, command.definition, language);
    if (errors.length > 0) return errors;
    const inUse = removedStagesInUse(command, definition);
    if (inUse.length > 0) return inUse;
    const name = registeredPipeline(command.layout.sheet.getSheetId())?.block ?? DEFAULT_PIPELINE_NAME;
    const problem = parseSettings(renderSettings(definition, language, name), language).errors[0];
    if (problem) return [{ field: '', message: problem.message }];
    writeBlock(command, definition, name);
    // The answer's state follows the settings just written.
    command.definition = definition;
    return { extra: { settings: settingsData(definition) } };
  }, named ? 'named' : 'active');
}
