import { writableCell } from '../../core/moves/cell-blocks';
import type { CommandResult, FieldError } from '../../core/sidebar/sidebar-api';
import { invalid, isoDay, text } from './command-arguments';
import { dealRow, patchRow, runCommand } from './command-context';

/**
 * Sidebar: sets (or, with `''`, clears) a deal's next step and its due date, text kept as
 * text, the date written as the typed day. One write when the two columns are side by
 * side, else one each; judged and written under the document lock (see `runCommand`).
 * The answer shows that deal.
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
    const written = [value, due].map(writableCell);
    if (dueColumn === stepColumn + 1) layout.sheet.getRange(row, stepColumn + 1, 1, 2).setValues([written]);
    else if (stepColumn === dueColumn + 1) layout.sheet.getRange(row, dueColumn + 1, 1, 2).setValues([[written[1], written[0]]]);
    else [stepColumn, dueColumn].forEach((column, i) => layout.sheet.getRange(row, column + 1).setValue(written[i]));
    patchRow(command, row, { 'Next step': value, 'Next step due': due });
    return { extra: {} };
  }, 'named');
}
