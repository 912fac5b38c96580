import type { Deal } from '../deals/deal';
import type { DealColumn } from './deal-columns';

/**
 * The deal columns a stage may require, with the `Deal` property that holds each.
 * Left out: Stage (the move itself), Stage entered and Lost at stage (the add-on fills
 * them), and Phone (not part of `Deal`, so a move could never be checked against it).
 */
export const REQUIRED_FIELD_PROPERTY = {
  'Deal ID': 'id',
  Deal: 'name',
  Company: 'company',
  Contact: 'contact',
  Email: 'email',
  Owner: 'owner',
  Amount: 'amount',
  Probability: 'probability',
  'Expected close': 'expectedClose',
  Created: 'created',
  'Last activity': 'lastActivity',
  'Next step': 'nextStep',
  'Next step due': 'nextStepDue',
  'Lost reason': 'lostReason',
  'Forecast category': 'forecastCategory',
  'Lead source': 'leadSource',
  Need: 'need',
  Budget: 'budget',
  Authority: 'authority',
  Timing: 'timing',
  Score: 'score',
  Notes: 'notes',
} as const satisfies Partial<Record<DealColumn, keyof Deal>>;

export type RequirableField = keyof typeof REQUIRED_FIELD_PROPERTY;

/** The part of a deal that required-field rules can look at. */
export type RequiredFieldValues = Pick<Deal, (typeof REQUIRED_FIELD_PROPERTY)[RequirableField]>;

export function isRequirableField(column: string): column is RequirableField {
  return Object.prototype.hasOwnProperty.call(REQUIRED_FIELD_PROPERTY, column);
}

/** A required field is filled when it holds text, a finite number, a valid date, a ticked box or a category. */
export function isFieldFilled(deal: RequiredFieldValues, field: RequirableField): boolean {
  const value: unknown = deal[REQUIRED_FIELD_PROPERTY[field]];
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return value !== null && value !== undefined;
}
