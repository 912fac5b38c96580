import { columnLabel } from '../../core/columns/column-label';
import { translate } from '../../core/i18n/strings';
import type { CommandResult } from '../../core/sidebar/sidebar-api';
import { statusStageText } from '../../core/moves/status-stage-text';
import { stageMatcher } from '../../core/stages/match-stage';
import { checkFields, invalid } from './command-arguments';
import { changeStage, dealRow, runCommand } from './command-context';

/**
 * Sidebar: moves a deal to the stage `toStage` (a key), writing the fields the form asked
 * for with it, under the rules of any edit. Judged and written under the document lock,
 * on the rows read under it (see `runCommand`); the answer shows the deal moved.
 */
export function moveDeal(dealId: unknown, toStage: unknown, fields: unknown): CommandResult {
  return runCommand((command) => {
    const { language } = command;
    const { values, errors } = checkFields(fields, language, command.timeZone);
    const stage = command.definition.stages.find((s) => s.key === toStage);
    if (!stage) errors.push({ field: 'Stage', message: translate(language, 'stage.unknown', { value: String(toStage).slice(0, 40) }) });
    if (stage?.kind === 'lost' && !values['Lost reason']) errors.push({ field: 'Lost reason', message: translate(language, 'cmd.required', { field: columnLabel('Lost reason', language) }) });
    if (errors.length > 0 || !stage) return errors;
    const row = dealRow(command, dealId);
    if (Array.isArray(row)) return row;
    // Already there (as its Stage and Status cells say): refused (nothing written), so fields are never written without the stage change they came with.
    const cells = command.values[row - 1];
    const { Stage, Status } = command.layout.columns;
    const here = statusStageText(command.definition, language)(cells[Stage as number], Status === undefined ? '' : cells[Status]);
    if (stageMatcher(command.definition)(here)?.key === stage.key) return [invalid('Stage', language)];
    return changeStage(command, { row, stage: stage.key, fields: values });
  }, 'named');
}
