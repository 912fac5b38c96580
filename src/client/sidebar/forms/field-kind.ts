import type { DealColumn } from '../../../core/columns/deal-columns';

/** Which control a deal column gets, and so which format the browser checks before sending. */
export type FieldKind = 'text' | 'email' | 'number' | 'percent' | 'date' | 'checkbox' | 'lostReason' | 'forecastCategory' | 'textarea' | 'stage';

const KINDS: Partial<Record<DealColumn, FieldKind>> = {
  Email: 'email',
  Amount: 'number',
  Score: 'number',
  Probability: 'percent',
  'Expected close': 'date',
  Created: 'date',
  'Last activity': 'date',
  'Next step due': 'date',
  Need: 'checkbox',
  Budget: 'checkbox',
  Authority: 'checkbox',
  Timing: 'checkbox',
  'Lost reason': 'lostReason',
  'Forecast category': 'forecastCategory',
  Notes: 'textarea',
  Stage: 'stage',
};

export function fieldKind(column: DealColumn): FieldKind {
  return KINDS[column] ?? 'text';
}
