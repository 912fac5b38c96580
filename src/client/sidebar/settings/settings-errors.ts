import type { Language } from '../../../core/i18n/language';
import { translate } from '../../../core/i18n/strings';
import type { FieldError } from '../../../core/sidebar/sidebar-api';
import { foldLabel } from '../../../core/text/fold';
import { parseNumber } from '../forms/form-values';
import { splitList, type SettingsDraft } from './settings-draft';

/**
 * Field ids of the settings editor, which are also the `field` of the errors saveSettings
 * may answer (`stages.2.labels.en`, `stages.2.probability`, `lostReasons.fr`, `currency`;
 * `stages` for the whole list), so server errors land next to the same inputs.
 */
export const settingsField = {
  label: (index: number, language: Language) => `stages.${index}.labels.${language}`,
  probability: (index: number) => `stages.${index}.probability`,
  staleDays: (index: number) => `stages.${index}.staleDays`,
  aliases: (index: number) => `stages.${index}.aliases`,
  stages: 'stages',
  lostReasons: (language: Language) => `lostReasons.${language}`,
  currency: 'currency',
};

/**
 * What is wrong with the draft before it is sent: every stage named in both languages, no
 * name or alias meaning two stages (names are matched folded, as the Stage column is), a
 * probability between 0 and 100 %, whole stale days, one won and one lost stage, lost
 * reasons in both languages, a three-letter currency.
 */
export function settingsErrors(draft: SettingsDraft, language: Language): FieldError[] {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const errors: FieldError[] = [];
  const owner = new Map<string, string>();
  draft.stages.forEach((stage, index) => {
    const claim = (name: string, field: string) => {
      const folded = foldLabel(name);
      if (!folded) return;
      const holder = owner.get(folded);
      if (holder !== undefined && holder !== String(index)) {
        const other = draft.stages[Number(holder)];
        errors.push({ field, message: t('sidebar.settings.error.duplicate', { value: name.trim(), stage: other.labels[language] || other.labels.en }) });
      } else {
        owner.set(folded, String(index));
      }
    };
    for (const lang of ['en', 'fr'] as const) {
      if (stage.labels[lang].trim() === '') errors.push({ field: settingsField.label(index, lang), message: t('sidebar.settings.error.name') });
      else claim(stage.labels[lang], settingsField.label(index, lang));
    }
    for (const alias of splitList(stage.aliases, /,/)) claim(alias, settingsField.aliases(index));
    const probability = parseNumber(stage.probability, language);
    if (probability === null || probability < 0 || probability > 100) errors.push({ field: settingsField.probability(index), message: t('sidebar.settings.error.probability') });
    if (stage.staleDays.trim() !== '' && !/^\d+$/.test(stage.staleDays.trim())) errors.push({ field: settingsField.staleDays(index), message: t('sidebar.settings.error.staleDays') });
  });
  if (!draft.stages.some((s) => s.kind === 'won')) errors.push({ field: settingsField.stages, message: t('sidebar.settings.error.noWon') });
  if (!draft.stages.some((s) => s.kind === 'lost')) errors.push({ field: settingsField.stages, message: t('sidebar.settings.error.noLost') });
  for (const lang of ['en', 'fr'] as const) {
    if (splitList(draft.lostReasons[lang], /\n/).length === 0) errors.push({ field: settingsField.lostReasons(lang), message: t('sidebar.settings.error.lostReasons') });
  }
  if (!/^[A-Za-z]{3}$/.test(draft.currency.trim())) errors.push({ field: settingsField.currency, message: t('sidebar.settings.error.currency') });
  return errors;
}
