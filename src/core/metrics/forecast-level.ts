import type { ForecastCategory } from '../deals/deal';
import { KIND_OPEN, KIND_WON } from './pipeline-index';

/** Category levels, from the narrowest: a deal adds its Amount to its level and every wider one. */
export const LEVEL: Record<ForecastCategory, number> = { closed: 0, commit: 1, 'best-case': 2, pipeline: 3, omitted: 4 };

/**
 * The forecast category a deal counts in: won deals are Closed and lost deals Omitted
 * whatever the column says; an open deal uses its Forecast category (an open deal marked
 * Closed counts as Commit: it is not closed until its stage says so), Pipeline when blank.
 */
export function forecastLevel(kind: number, category: ForecastCategory | null): number {
  if (kind === KIND_WON) return LEVEL.closed;
  if (kind !== KIND_OPEN) return LEVEL.omitted;
  // Compared one by one: a keyed lookup with a string read per deal is several times slower.
  if (category === 'commit' || category === 'closed') return LEVEL.commit;
  if (category === 'best-case') return LEVEL['best-case'];
  return category === 'omitted' ? LEVEL.omitted : LEVEL.pipeline;
}
