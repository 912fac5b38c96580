import type { DealColumn } from '../../core/columns/deal-columns';
import { translate } from '../../core/i18n/strings';
import { cellText } from '../../core/parse/cell-text';
import type { CommandResult, FieldError } from '../../core/sidebar/sidebar-api';
import { tryDocumentLock } from '../document-lock';
import type { PipelineLayout } from '../pipeline-layout';
import { activeUserEmail } from '../setup/active-user';
import { applyHeldStageChanges, type StageChangeTarget } from '../stage-changes';
import { userLanguage } from '../user-language';
import { invalid, text } from './command-arguments';
import { readWorkbook, stateOf, type Workbook } from './sidebar-state';

/** What every sidebar command works with: the workbook as read once, with its pipeline sheet. */
export interface Command extends Workbook {
  layout: PipelineLayout;
}

export const refused = (errors: FieldError[]): { ok: false; errors: FieldError[] } => ({ ok: false, errors });

/**
 * How a command picks the deal its answer shows in full: `'active'` the active row (the
 * user's selection is read), `'named'` the deal it names (the command sets `activeRow`
 * once it has found that deal's row; the selection is not read, one call fewer).
 */
export type Selection = 'active' | 'named';

/** The workbook, read once; errors when there is no pipeline or its settings are broken. */
export function openCommand(w: Workbook = readWorkbook(userLanguage(), false)): Command | FieldError[] {
  if (!w.layout) return [{ field: '', message: translate(w.language, 'sidebar.noPipeline') }];
  if (w.settingsProblem) return [{ field: '', message: w.settingsProblem.message }];
  return w as Command;
}

/** What a command's action answers: its errors (nothing written), or what it adds to the answer. */
export type Acted<T extends object> = FieldError[] | { extra: T };

/**
 * Runs a command that writes: takes the document lock, reads the workbook under it (once:
 * the rows that decide what to write are the rows written, so no other execution's change
 * can slip in between), lets `act` judge and write (patching what it writes into the values
 * read), releases the lock, and answers with the state built from those values. While
 * another execution holds the lock nothing is read or written and the command is refused.
 */
export function runCommand<T extends object = object>(act: (command: Command) => Acted<T>, selection: Selection = 'active'): CommandResult<T> {
  const language = userLanguage();
  const attempt = tryDocumentLock((): FieldError[] | { command: Command; extra: T } => {
    const command = openCommand(readWorkbook(language, false, selection === 'active'));
    if (Array.isArray(command)) return command;
    const acted = act(command);
    return Array.isArray(acted) ? acted : { command, extra: acted.extra };
  });
  if (attempt.busy) return refused([{ field: '', message: translate(language, 'enforce.busy') }]);
  const done = attempt.value;
  if (Array.isArray(done)) return refused(done);
  return { ok: true, state: stateOf(done.command), ...done.extra };
}

/**
 * The sheet row of a deal, by its Deal ID (in the values already read), or an error. The
 * deal becomes the one the command's answer shows in full. An ID on several rows is
 * refused, naming them: acting on the first would change a deal other than the one shown.
 */
export function dealRow(command: Command, dealId: unknown): number | FieldError[] {
  const id = text(dealId);
  const index = command.layout.columns['Deal ID'];
  if (!id || id.length > 100) return [invalid('Deal ID', command.language)];
  const rows: number[] = [];
  if (index !== undefined) {
    for (let r = command.layout.headerRow; r < command.values.length; r++) {
      if (cellText(command.values[r][index]) === id) rows.push(r + 1);
    }
  }
  if (rows.length === 0) return [{ field: '', message: translate(command.language, 'cmd.noDeal', { id }) }];
  if (rows.length > 1) return [{ field: '', message: translate(command.language, 'cmd.duplicateDeal', { id, rows: rows.join(', ') }) }];
  return (command.activeRow = rows[0]);
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
 * A stage change through the one path every edit takes (rules, history, Stage entered,
 * Deal IDs), via the sidebar, under the lock `runCommand` holds and with the rows it read;
 * the cells written and the history row are patched into them for the answer's state.
 */
export function changeStage(command: Command, target: StageChangeTarget): Acted<{ dealId: string }> {
  const now = new Date();
  const user = activeUserEmail();
  const held = { values: command.values, historyIds: command.history.map((entry) => entry.dealId) };
  const result = applyHeldStageChanges([target], { ...command, via: 'sidebar', mode: 'command', now, user }, held);
  const done = result.accepted[0];
  if (!result.ok || !done) {
    return result.rejected.flatMap((r) => r.problems.map((p) => ({ field: p.field ?? (p.code === 'unknown-stage' ? 'Stage' : ''), message: p.message })));
  }
  command.history.push({ at: now, dealId: done.dealId, from: done.from, to: done.to, user, via: 'sidebar', amount: null });
  return { extra: { dealId: done.dealId } };
}
