/**
 * A strings table written as `key: [English, French]`, side by side so that neither
 * language can be forgotten (a missing half does not compile) and each key is stored once:
 * the tables are the largest part of the size-budgeted bundles (SPEC §8).
 */
export function bilingual<T extends Record<string, readonly [string, string]>>(pairs: T): { en: Record<keyof T, string>; fr: Record<keyof T, string> } {
  const en = {} as Record<keyof T, string>;
  const fr = {} as Record<keyof T, string>;
  for (const key of Object.keys(pairs) as (keyof T)[]) {
    en[key] = pairs[key][0];
    fr[key] = pairs[key][1];
  }
  return { en, fr };
}
