/** Count, total, mean and median of a set of values; `null` mean and median when there are none. */
export interface SummaryStats {
  count: number;
  total: number;
  mean: number | null;
  median: number | null;
}

export const EMPTY_STATS: SummaryStats = { count: 0, total: 0, mean: null, median: null };

/**
 * Summarises `values[0..count)`. The buffer is reordered in place: medians use selection,
 * not a full sort, so that reports over 100 000 deals stay linear.
 */
export function summariseInPlace(values: Float64Array, count: number = values.length): SummaryStats {
  if (count === 0) return EMPTY_STATS;
  let total = 0;
  for (let i = 0; i < count; i++) total += values[i];
  return { count, total, mean: total / count, median: medianInPlace(values, count) };
}

/** Summarises a plain list without touching it. */
export function summarise(values: readonly number[]): SummaryStats {
  return summariseInPlace(Float64Array.from(values));
}

/** The middle value (mean of the two middle values for an even count) of `values[0..count)`, reordering them. */
export function medianInPlace(values: Float64Array, count: number = values.length): number | null {
  if (count === 0) return null;
  const upper = count >> 1;
  const upperValue = selectInPlace(values, count, upper);
  if (count % 2 === 1) return upperValue;
  // After selection everything below `upper` is ≤ the upper middle: the lower middle is their maximum.
  let lowerValue = values[0];
  for (let i = 1; i < upper; i++) if (values[i] > lowerValue) lowerValue = values[i];
  return (lowerValue + upperValue) / 2;
}

/** Hoare's quickselect: puts the k-th smallest of `values[0..count)` at index k and returns it. */
function selectInPlace(values: Float64Array, count: number, k: number): number {
  let left = 0;
  let right = count - 1;
  while (right > left) {
    // Median of three keeps sorted and constant inputs (common in sheets) from going quadratic.
    const middle = (left + right) >> 1;
    const pivot = medianOfThree(values[left], values[middle], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
