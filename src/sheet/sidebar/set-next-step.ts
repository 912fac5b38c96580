import { blockValues, cellBlocks, type CellUpdates } from '../../core/moves/cell-blocks';
import type { CommandResult, FieldError } from '../../core/sidebar/sidebar-api';
import { invalid, isoDay, text } from './command-arguments';
import { dealRow, patchRow, runCommand } from './command-context';

/**
 * Sidebar: sets (or, with `''`, clears) a deal's next step and its due date, text kept as
 * text, the date written as the typed day. One write when the two columns are side by
 * side (either way round), else one each; judged and written under the document lock
 * (see `runCommand`). The answer shows that deal.
 */
export function setNextStep(dealId: unknown, step: unknown, dueIsoDate: unknown): CommandResult {
  return runCommand((command) => {
    const { language, layout } = command;
    const value = text(step);
    const due = dueIsoDate === '' ? null : isoDay(dueIsoDate, command.timeZone);
    const stepColumn = layout.columns['Next step'];
    const dueColumn = layout.columns['Next step due'];
    const errors: FieldError[] = [];
    if (value === null || stepColumn === undefined) errors.push(invalid('Next step', language));
    if ((due === null && dueIsoDate !== '') || dueColumn === undefined) errors.push(invalid('Next step due', language));
    if (errors.length > 0 || stepColumn === undefined || dueColumn === undefined) return errors;
    const row = dealRow(command, dealId);
    if (Array.isArray(row)) return row;
    // The two cells as blocks (cellBlocks): one write when the columns are side by side, either way round, else one each.
    const updates: CellUpdates = new Map([
      [stepColumn, new Map<number, unknown>([[row, value]])],
      [dueColumn, new Map<number, unknown>([[row, due]])],
    ]);
    for (const block of cellBlocks(updates)) {
      const values = blockValues(block, updates, () => '', () => '');
      layout.sheet.getRange(block.row, block.column + 1, block.numRows, block.numColumns).setValues(values);
    }
    patchRow(command, row, { 'Next step': value, 'Next step due': due });
    return { extra: {} };
  }, 'named');
}
