/** Count, total, mean and median of a set of values; `null` mean and median when there are none. */
export interface SummaryStats {
  count: number;
  total: number;
  mean: number | null;
  median: number | null;
}

export const EMPTY_STATS: SummaryStats = { count: 0, total: 0, mean: null, median: null };

/** Below this many values quickselect alone is as fast as the radix passes. */
const RADIX_MIN_COUNT = 512;
/** Buckets of the radix pass (a power of two). */
const RADIX_BUCKETS = 4096;
/** Index of the high 32-bit word of a float64 in a Uint32Array over it (sign, exponent, top of mantissa). */
export const HIGH_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
/** High words from here up are Infinity, NaN, or (sign bit set) negative numbers and −0. */
const INFINITY_HIGH_WORD = 0x7ff00000;

/**
 * Summarises `values[0..count)`, which it may reorder: medians use selection (radixSummary,
 * else quickselect), not a full sort, so that reports over 100 000 deals stay linear.
 */
export function summariseInPlace(values: Float64Array, count: number = values.length): SummaryStats {
  if (count === 0) return EMPTY_STATS;
  if (count >= RADIX_MIN_COUNT) {
    const summary = radixSummary(values, count);
    if (summary) return summary;
  }
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

/**
 * The summary of `values[0..count)` through a radix selection, or null (nothing done) when a
 * value is negative, −0 or not finite. The bits of non-negative finite doubles, read as
 * integers, order as the numbers do: one counting pass over the top bits of their high
 * words, shifted so that the values' range fills RADIX_BUCKETS buckets, finds the bucket of
 * the median; quickselect then only runs inside that bucket. Durations and amounts repeat
 * a lot, which makes quickselect over everything swap many equal values: this is several
 * times faster, and finds the very same numbers.
 */
function radixSummary(values: Float64Array, count: number): SummaryStats | null {
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * count);
  let total = 0;
  let lowest = INFINITY_HIGH_WORD;
  let highest = 0;
  for (let i = 0; i < count; i++) {
    const word = words[2 * i + HIGH_WORD];
    lowest = word < lowest ? word : lowest;
    highest = word > highest ? word : highest;
    total += values[i];
  }
  if (highest >= INFINITY_HIGH_WORD) return null;
  let shift = 0;
  while ((highest >>> shift) - (lowest >>> shift) >= RADIX_BUCKETS) shift++;
  const base = lowest >>> shift;
  const counts = new Int32Array(RADIX_BUCKETS);
  for (let i = 0; i < count; i++) counts[(words[2 * i + HIGH_WORD] >>> shift) - base]++;
  const upper = count >> 1;
  let key = 0;
  let below = 0;
  while (below + counts[key] <= upper) below += counts[key++];
  const bucket = new Float64Array(counts[key]);
  let size = 0;
  for (let i = 0; i < count; i++) if ((words[2 * i + HIGH_WORD] >>> shift) - base === key) bucket[size++] = values[i];
  const rank = upper - below;
  const upperValue = selectInPlace(bucket, size, rank);
  let median = upperValue;
  if (count % 2 === 0) {
    // The lower middle: the largest value ranked below the upper one, in this bucket or below it.
    let lowerValue = -Infinity;
    if (rank > 0) for (let i = 0; i < rank; i++) lowerValue = bucket[i] > lowerValue ? bucket[i] : lowerValue;
    else for (let i = 0; i < count; i++) if ((words[2 * i + HIGH_WORD] >>> shift) - base < key && values[i] > lowerValue) lowerValue = values[i];
    median = (lowerValue + upperValue) / 2;
  }
  return { count, total, mean: total / count, median };
}
