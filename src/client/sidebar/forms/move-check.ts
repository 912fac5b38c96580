import { isFieldFilled, isRequirableField, type RequiredFieldValues } from '../../../core/columns/required-fields';
import type { DealColumn } from '../../../core/columns/deal-columns';
import type { ForecastCategory } from '../../../core/deals/deal';
import type { Language } from '../../../core/i18n/language';
import { validateMove } from '../../../core/moves/validate-move';
import type { DealDetail, DealFields, FieldError, SettingsData, StageInfo } from '../../../core/sidebar/sidebar-api';
import type { PipelineDefinition } from '../../../core/stages/stage';

/** The settings as the core rules read them: the browser judges moves with the server's own definition. */
export function pipelineFromSettings(settings: SettingsData): PipelineDefinition {
  return {
    stages: settings.stages.map((stage) => ({ ...stage, requiredFields: [...stage.requiredFields] })),
    rules: settings.rules,
    lostReasons: settings.lostReasons,
    currency: settings.currency,
  };
}

function dayToDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

const FORECAST_CATEGORIES: readonly ForecastCategory[] = ['pipeline', 'best-case', 'commit', 'closed', 'omitted'];

/**
 * The deal as the required-field rules see it after the form is applied: the selected deal's
 * known values (none for a new deal), overwritten by the form's fields. Columns the sidebar
 * state does not carry (Created, Lead source, Need…) count as blank unless the form fills them.
 */
export function requiredFieldValues(deal: DealDetail | null, fields: DealFields): RequiredFieldValues {
  const has = (column: DealColumn) => Object.prototype.hasOwnProperty.call(fields, column) && fields[column] !== null && fields[column] !== undefined;
  const text = (column: DealColumn, base: string) => (has(column) ? String(fields[column]) : base);
  const number = (column: DealColumn, base: number | null) => {
    if (!has(column)) return base;
    const value = fields[column];
    return typeof value === 'number' ? value : null;
  };
  const date = (column: DealColumn, base: string | null) => dayToDate(has(column) ? String(fields[column]) : base);
  const flag = (column: DealColumn) => fields[column] === true;
  const category = fields['Forecast category'];
  return {
    id: text('Deal ID', deal?.id ?? ''),
    name: text('Deal', deal?.name ?? ''),
    company: text('Company', deal?.company ?? ''),
    contact: text('Contact', deal?.contact ?? ''),
    email: text('Email', deal?.email ?? ''),
    owner: text('Owner', deal?.owner ?? ''),
    amount: number('Amount', deal?.amount ?? null),
    probability: number('Probability', deal?.probability ?? null),
    expectedClose: date('Expected close', deal?.expectedClose ?? null),
    created: date('Created', null),
    lastActivity: date('Last activity', null),
    nextStep: text('Next step', deal?.nextStep ?? ''),
    nextStepDue: date('Next step due', deal?.nextStepDue ?? null),
    lostReason: text('Lost reason', deal?.lostReason ?? ''),
    forecastCategory: FORECAST_CATEGORIES.find((c) => c === category) ?? null,
    leadSource: text('Lead source', ''),
    need: flag('Need'),
    budget: flag('Budget'),
    authority: flag('Authority'),
    timing: flag('Timing'),
    score: number('Score', null),
    notes: text('Notes', deal?.notes ?? ''),
  };
}

/**
 * The fields a move to `target` must ask for: for the next stage, what the server says is
 * still missing; for another target, its required fields the sidebar cannot see filled.
 * Losing a deal always asks its reason (SPEC §6), prefilled when the deal already has one.
 */
export function fieldsToAsk(deal: DealDetail, target: StageInfo): DealColumn[] {
  let fields: DealColumn[];
  if (deal.nextStage !== null && deal.nextStage.key === target.key) {
    fields = deal.nextStage.missing.map((m) => m.field);
  } else {
    const known = requiredFieldValues(deal, {});
    fields = target.requiredFields.map((r) => r.field).filter((field) => !isRequirableField(field) || !isFieldFilled(known, field));
  }
  if (target.kind === 'lost' && !fields.includes('Lost reason')) fields.push('Lost reason');
  return fields;
}

/**
 * Every reason the server would refuse this move, found with the same `validateMove`, as
 * errors next to the field they concern; transition rules (skip, backward, reopen) are
 * form-wide. A lost deal needs its reason even where the settings forget to require it.
 */
export function moveErrors(
  deal: DealDetail | null,
  fromStage: string | null,
  target: StageInfo,
  fields: DealFields,
  asked: readonly DealColumn[],
  settings: SettingsData,
  language: Language,
  reasonMessage: string,
): FieldError[] {
  // A field the form shows and the user left blank is blank, whatever the sheet held before.
  const blanks: DealFields = {};
  for (const column of asked) blanks[column] = '';
  const values = requiredFieldValues(deal, { ...blanks, ...fields });
  const problems = validateMove(values, fromStage, target.key, pipelineFromSettings(settings), language);
  const errors: FieldError[] = problems.map((p) => ({ field: p.field ?? '', message: p.message }));
  if (target.kind === 'lost' && values.lostReason.trim() === '' && !errors.some((e) => e.field === 'Lost reason')) {
    errors.push({ field: 'Lost reason', message: reasonMessage });
  }
  return errors;
}
