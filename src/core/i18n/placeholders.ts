import type { Language } from './language';

/** Values for a string's `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** Which plural form a count takes: French uses the singular for 0 and 1, English for 1 only. */
export function pluralForm(language: Language, count: number): 'one' | 'other' {
  return (language === 'fr' ? Math.abs(count) < 2 : count === 1) ? 'one' : 'other';
}

/** A count given already formatted (`8,800`, `8 800`) as the number it is. */
function countOf(value: string | number): number {
  return typeof value === 'number' ? value : Number(value.replace(/[^\d.-]/g, ''));
}

/**
 * Replaces each `{name}` of `text` by `params.name`, and each `{name:one|other}` by the word
 * its count takes in `language` (`{count} {count:deal|deals}`: "1 deal", "2 deals"; in
 * French "0 affaire", "1 affaire", "2 affaires"). A placeholder without a value stays visible.
 */
export function fillPlaceholders(text: string, params: Params, language: Language = 'en'): string {
  const has = (name: string) => Object.prototype.hasOwnProperty.call(params, name);
  return text
    .replace(/\{(\w+):([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      has(name) ? (pluralForm(language, countOf(params[name])) === 'one' ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (has(name) ? String(params[name]) : whole));
}
