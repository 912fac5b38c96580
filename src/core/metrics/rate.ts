/** Why a figure has no value (translated with `metric.reason.<reason>`). */
export type NoValueReason =
  | 'no-closed-deals'
  | 'no-deals-reached'
  | 'last-stage'
  | 'no-won-deals'
  | 'no-sales-cycle'
  | 'zero-sales-cycle'
  | 'no-open-deals';

/** A share `numerator / denominator` in [0, 1]; `null` with a reason instead of NaN when the denominator is 0. */
export type Rate =
  | { value: number; numerator: number; denominator: number; reason: null }
  | { value: null; numerator: number; denominator: 0; reason: NoValueReason };

export function rate(numerator: number, denominator: number, reasonWhenEmpty: NoValueReason): Rate {
  if (denominator === 0) return { value: null, numerator, denominator: 0, reason: reasonWhenEmpty };
  return { value: numerator / denominator, numerator, denominator, reason: null };
}

/** A figure that may be undefined for the data at hand, with the reason. */
export type Figure = { value: number; reason: null } | { value: null; reason: NoValueReason };

export function figure(value: number): Figure {
  return { value, reason: null };
}

export function noFigure(reason: NoValueReason): Figure {
  return { value: null, reason };
}
