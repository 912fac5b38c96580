import { blankDeal } from '../../../src/core/deals/blank-deal';
import type { Deal } from '../../../src/core/deals/deal';
import type { HistoryEntry } from '../../../src/core/history/history-entry';

/** A deal with every field blank, overridden by `fields`. */
export function makeDeal(fields: Partial<Deal> & { id: string }): Deal {
  return { ...blankDeal(0, fields.id), stageText: fields.stage ?? '', ...fields };
}

export function move(dealId: string, from: string | null, to: string, at: string): HistoryEntry {
  return { at: utc(at), dealId, from, to, user: '', via: 'edit', amount: null };
}

/** `2024-03-05` or `2024-03-05T10:00` as a UTC instant. */
export function utc(text: string): Date {
  return new Date(text.length <= 10 ? `${text}T00:00:00Z` : `${text}:00Z`);
}

/** `monthOf` for tests: calendar months in UTC. */
export function utcMonthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
