import { textForWrite } from '../../core/setup/column-write';
import { translate } from '../../core/i18n/strings';
import type { CommandResult } from '../../core/sidebar/sidebar-api';
import { withDocumentLock } from '../document-lock';
import { invalid, isoDay, text } from './command-arguments';
import { dealRow, openCommand, patchRow, refused } from './command-context';
import { stateOf } from './sidebar-state';

/** Sidebar: sets (or, with `''`, clears) a deal's next step and its due date, text kept as text. */
export function setNextStep(dealId: unknown, step: unknown, dueIsoDate: unknown): CommandResult {
  const command = openCommand();
  if (Array.isArray(command)) return refused(command);
  const { language, layout } = command;
  const value = text(step);
  const due = dueIsoDate === '' ? null : isoDay(dueIsoDate, command.timeZone);
  const stepColumn = layout.columns['Next step'];
  const dueColumn = layout.columns['Next step due'];
  const errors = [];
  if (value === null || stepColumn === undefined) errors.push(invalid('Next step', language));
  if ((due === null && dueIsoDate !== '') || dueColumn === undefined) errors.push(invalid('Next step due', language));
  if (errors.length > 0) return refused(errors);
  const row = dealRow(command, dealId);
  if (Array.isArray(row)) return refused(row);
  const cells = [value ? textForWrite(value as string) : null, due];
  try {
    withDocumentLock(() => {
      const [a, b] = [stepColumn as number, dueColumn as number];
      if (b === a + 1) layout.sheet.getRange(row, a + 1, 1, 2).setValues([cells]);
      else [a, b].forEach((column, i) => layout.sheet.getRange(row, column + 1).setValue(cells[i]));
    });
  } catch (_busy) {
    return refused([{ field: '', message: translate(language, 'enforce.busy') }]);
  }
  patchRow(command, row, { 'Next step': value, 'Next step due': due });
  return { ok: true, state: stateOf(command) };
}
