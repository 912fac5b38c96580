import type { CommandResult } from '../../core/sidebar/sidebar-api';
import { dealRow, openCommand, refused } from './command-context';
import { userLanguage } from '../user-language';
import { readWorkbook, stateOf } from './sidebar-state';

/**
 * Sidebar: selects a deal's row on the pipeline sheet (it becomes the selected deal). It
 * changes no data, so it takes no lock: a row moved meanwhile only selects another row.
 */
export function activateDeal(dealId: unknown): CommandResult {
  const command = openCommand(readWorkbook(userLanguage(), false, false));
  if (Array.isArray(command)) return refused(command);
  const row = dealRow(command, dealId);
  if (Array.isArray(row)) return refused(row);
  const { sheet, headers } = command.layout;
  sheet.getRange(row, 1, 1, Math.max(1, headers.length)).activate();
  return { ok: true, state: stateOf(command) };
}
