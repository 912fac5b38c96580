export const MS_PER_DAY = 86_400_000;

/**
 * Days from one instant to another, fractional. Not rounded: history times carry hours, and
 * a stage left after 6 hours must not count as 0 or 1 day in a median.
 */
export function daysBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / MS_PER_DAY;
}

/** Milliseconds of a date, `NaN` when missing, so typed columns can hold "no date". */
export function timeOrNaN(date: Date | null | undefined): number {
  return date ? date.getTime() : NaN;
}
