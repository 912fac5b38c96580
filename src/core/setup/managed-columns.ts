import { DEAL_COLUMNS, type DealColumn } from '../columns/deal-columns';
import type { ColumnMap } from '../columns/find-columns';
import type { PipelineDefinition } from '../stages/stage';

/**
 * The columns setup makes sure a pipeline sheet has, appended at the right when missing:
 * the ones the add-on fills or reads for every deal (Deal ID, Stage, Created, Stage
 * entered, Lost at stage), the ones the stale/overdue formatting and the forecast need
 * (Amount, Expected close, Next step, Next step due) and Lost reason for closing a deal
 * as lost. Descriptive columns (Deal, Company, Owner...) are left to the user: a converted
 * sheet usually has them under names of its own, and an empty duplicate would only confuse.
 *
 * The order keeps side by side the cells a stage change writes together, so that each run
 * of them is one write (SPEC §8: a typed stage edit within 6 calls, a sidebar action within 8):
 * Deal ID, Stage entered and Lost at stage (a new deal's ID with its Stage entered; a lost
 * deal's Lost at stage with it), then Lost reason (a sidebar "mark lost"), with Amount,
 * Expected close and Stage just before (a move to a stage that requires them).
 */
export const MANAGED_COLUMNS: readonly DealColumn[] = [
  'Amount',
  'Expected close',
  'Stage',
  'Deal ID',
  'Stage entered',
  'Lost at stage',
  'Lost reason',
  'Created',
  'Next step',
  'Next step due',
];

/**
 * The header of a blank sheet: the managed columns with the descriptive ones a new
 * pipeline needs, in the order a person reads a deal (who, what, where it stands, what
 * next), the cells a stage change writes together side by side as in MANAGED_COLUMNS.
 */
export const NEW_SHEET_COLUMNS: readonly DealColumn[] = ['Deal', 'Company', 'Contact', 'Owner', ...MANAGED_COLUMNS, 'Notes'];

/** The Need/Budget/Authority/Timing columns that get checkboxes when the sheet has them. */
export const CHECKBOX_COLUMNS: readonly DealColumn[] = ['Need', 'Budget', 'Authority', 'Timing'];

function isDealColumn(name: string): name is DealColumn {
  return Object.prototype.hasOwnProperty.call(DEAL_COLUMNS, name);
}

/** The columns some stage of `definition` requires to be entered (Settings → Required fields). */
export function requiredByStages(definition: PipelineDefinition): DealColumn[] {
  const required: DealColumn[] = [];
  for (const stage of definition.stages) {
    for (const field of stage.requiredFields) if (isDealColumn(field) && !required.includes(field)) required.push(field);
  }
  return required;
}

/** `base` followed by the stage-required columns it lacks. */
function withRequired(base: readonly DealColumn[], definition: PipelineDefinition): DealColumn[] {
  return [...base, ...requiredByStages(definition).filter((column) => !base.includes(column))];
}

/** The columns a sheet mapped as `columns` lacks, in the order they are appended. */
export function missingManagedColumns(columns: ColumnMap, definition: PipelineDefinition): DealColumn[] {
  return withRequired(MANAGED_COLUMNS, definition).filter((column) => columns[column] === undefined);
}

/** The header written on a blank sheet. */
export function newSheetColumns(definition: PipelineDefinition): DealColumn[] {
  return withRequired(NEW_SHEET_COLUMNS, definition);
}
