import { LANGUAGES, type Language } from '../i18n/language';
import type { PipelineDefinition } from '../stages/stage';

/**
 * The language a Stage column is written in, from the texts it holds: the language whose
 * labels appear most, `fallback` when none does (or on a tie). The add-on writes stage
 * names it fills in itself (a reverted paste, Lost at stage) in that language, so they
 * match the column's dropdown rather than the reader's interface.
 */
export function stageLabelLanguage(texts: Iterable<unknown>, definition: PipelineDefinition, fallback: Language): Language {
  const owner = new Map<string, Language[]>();
  for (const stage of definition.stages) {
    for (const language of LANGUAGES) {
      const label = stage.labels[language];
      owner.set(label, [...(owner.get(label) ?? []), language]);
    }
  }
  const counts: Record<Language, number> = { en: 0, fr: 0 };
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    const languages = owner.get(text.trim());
    // A label spelt the same in both languages (Qualification) says nothing.
    if (languages && languages.length === 1) counts[languages[0]]++;
  }
  if (counts.en === counts.fr) return fallback;
  return counts.en > counts.fr ? 'en' : 'fr';
}
