import type { DealColumn } from '../../core/columns/deal-columns';
import { translate } from '../../core/i18n/strings';
import { cellText } from '../../core/parse/cell-text';
import type { CommandResult, FieldError } from '../../core/sidebar/sidebar-api';
import type { PipelineLayout } from '../pipeline-layout';
import { activeUserEmail } from '../setup/active-user';
import { applyStageChanges, type StageChangeTarget } from '../stage-changes';
import { invalid, text } from './command-arguments';
import { readWorkbook, stateOf, type Workbook } from './sidebar-state';

/** What every sidebar command works with: the workbook as read once, with its pipeline sheet. */
export interface Command extends Workbook {
  layout: PipelineLayout;
}

export const refused = (errors: FieldError[]): { ok: false; errors: FieldError[] } => ({ ok: false, errors });

/** The workbook, read once; errors when there is no pipeline or its settings are broken. */
export function openCommand(): Command | FieldError[] {
  const w = readWorkbook();
  if (!w.layout) return [{ field: '', message: translate(w.language, 'sidebar.noPipeline') }];
  if (w.settingsProblem) return [{ field: '', message: w.settingsProblem.message }];
  return w as Command;
}

/** The sheet row of a deal, by its Deal ID (in the values already read), or an error. */
export function dealRow(command: Command, dealId: unknown): number | FieldError[] {
  const id = text(dealId);
  const index = command.layout.columns['Deal ID'];
  if (!id || id.length > 100) return [invalid('Deal ID', command.language)];
  if (index !== undefined) {
    for (let r = command.layout.headerRow; r < command.values.length; r++) if (cellText(command.values[r][index]) === id) return r + 1;
  }
  return [{ field: '', message: translate(command.language, 'cmd.noDeal', { id }) }];
}

/** Writes `cells` (by English column name) into the values read, as the sheet now holds them. */
export function patchRow(command: Command, row: number, cells: Partial<Record<DealColumn, unknown>>): void {
  const { values, layout } = command;
  while (values.length < row) values.push([]);
  for (const [column, value] of Object.entries(cells)) {
    const index = layout.columns[column as DealColumn];
    if (index !== undefined) values[row - 1][index] = value ?? '';
  }
}

/**
 * A stage change through the one path every edit takes (rules, history, Stage entered, lock),
 * via the sidebar; the new state is the values read with the written cells and history row patched in.
 */
export function changeStage(command: Command, target: StageChangeTarget): CommandResult<{ dealId: string }> {
  const now = new Date();
  const user = activeUserEmail();
  const result = applyStageChanges([target], { ...command, via: 'sidebar', mode: 'command', now, user });
  const done = result.accepted[0];
  if (!result.ok || !done) {
    return refused(result.rejected.flatMap((r) => r.problems.map((p) => ({ field: p.field ?? (p.code === 'unknown-stage' ? 'Stage' : ''), message: p.message }))));
  }
  const stage = (key: string | null) => command.definition.stages.find((s) => s.key === key);
  const [from, to] = [stage(done.from), stage(done.to)];
  const cells: Partial<Record<DealColumn, unknown>> = { ...target.fields, 'Deal ID': done.dealId, Stage: to?.labels[command.language], 'Stage entered': now };
  if (to?.kind === 'lost' && from?.kind === 'open') cells['Lost at stage'] = from.labels[command.language];
  if (from?.kind === 'lost' && to?.kind !== 'lost') cells['Lost at stage'] = '';
  patchRow(command, done.row, cells);
  command.history.push({ at: now, dealId: done.dealId, from: done.from, to: done.to, user, via: 'sidebar', amount: null });
  return { ok: true, state: stateOf(command), dealId: done.dealId };
}
