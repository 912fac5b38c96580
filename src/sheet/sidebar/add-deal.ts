import { columnLabel } from '../../core/columns/column-label';
import { translate } from '../../core/i18n/strings';
import type { CommandResult, FieldError } from '../../core/sidebar/sidebar-api';
import { stageMatcher } from '../../core/stages/match-stage';
import { checkFields } from './command-arguments';
import { changeStage, runCommand } from './command-context';

/**
 * Sidebar: adds a deal below the last one, entering its stage (a label in the user's
 * language) under the rules of any move; its Deal ID follows the highest ever issued, and
 * its Created date is today unless the form gives one.
 */
export function addDeal(fields: unknown): CommandResult<{ dealId: string }> {
  return runCommand((command) => {
    const { language } = command;
    const { values, errors } = checkFields(fields, language, command.timeZone, ['Stage']);
    const stage = stageMatcher(command.definition)(values.Stage);
    const required = (field: 'Deal' | 'Lost reason'): void => {
      errors.push({ field, message: translate(language, 'cmd.required', { field: columnLabel(field, language) }) });
    };
    if (!stage && !errors.some((e: FieldError) => e.field === 'Stage')) errors.push({ field: 'Stage', message: translate(language, 'stage.unknown', { value: String(values.Stage ?? '') }) });
    if (!values.Deal) required('Deal');
    if (stage?.kind === 'lost' && !values['Lost reason']) required('Lost reason');
    if (errors.length > 0 || !stage) return errors;
    delete values.Stage;
    // A deal added now was created now, unless the form says otherwise.
    values.Created ??= new Date();
    return changeStage(command, { row: 'new', stage: stage.key, fields: values });
  });
}
