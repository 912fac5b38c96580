import type { DealColumn } from '../../../core/columns/deal-columns';
import type { Language } from '../../../core/i18n/language';
import type { SettingsData } from '../../../core/sidebar/sidebar-api';
import type { PipelineRules, StageKind } from '../../../core/stages/stage';

/** A stage as the editor holds it: numbers and lists as typed, so a half-typed value is never lost or reformatted. */
export interface StageDraft {
  /** Stable identity while stages are reordered (React-style list key and element ids); keys may be blank for new stages. */
  uid: number;
  key: string;
  labels: Record<Language, string>;
  kind: StageKind;
  /** Percent, as typed. */
  probability: string;
  staleDays: string;
  requiredFields: DealColumn[];
  aliases: string;
}

export interface SettingsDraft {
  stages: StageDraft[];
  rules: PipelineRules;
  /** One reason per line. */
  lostReasons: Record<Language, string>;
  currency: string;
}

let nextUid = 1;

export function newStageDraft(name: string): StageDraft {
  return { uid: nextUid++, key: '', labels: { en: name, fr: name }, kind: 'open', probability: '', staleDays: '', requiredFields: [], aliases: '' };
}

/** Percent text without float noise: 0.07 × 100 is 7.000000000000001. */
function percentText(probability: number): string {
  return String(Math.round(probability * 100 * 100) / 100);
}

export function draftFromSettings(settings: SettingsData): SettingsDraft {
  return {
    stages: settings.stages.map((stage) => ({
      uid: nextUid++,
      key: stage.key,
      labels: { ...stage.labels },
      kind: stage.kind,
      probability: percentText(stage.probability),
      staleDays: stage.staleDays === null ? '' : String(stage.staleDays),
      requiredFields: [...stage.requiredFields],
      aliases: stage.aliases.join(', '),
    })),
    rules: { ...settings.rules },
    lostReasons: { en: settings.lostReasons.en.join('\n'), fr: settings.lostReasons.fr.join('\n') },
    currency: settings.currency,
  };
}

/** A key for a new stage from its English name (`First contact` → `first-contact`), unique among the others. */
export function stageKey(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'stage';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

export function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The draft as the server takes it; only call on a draft that `settingsErrors` passed. */
export function settingsFromDraft(draft: SettingsDraft, parsePercent: (text: string) => number | null): SettingsData {
  const taken = new Set(draft.stages.map((s) => s.key).filter(Boolean));
  return {
    stages: draft.stages.map((stage) => {
      let key = stage.key;
      if (!key) {
        key = stageKey(stage.labels.en || stage.labels.fr, taken);
        taken.add(key);
      }
      return {
        key,
        labels: { en: stage.labels.en.trim(), fr: stage.labels.fr.trim() },
        kind: stage.kind,
        probability: (parsePercent(stage.probability) ?? 0) / 100,
        staleDays: stage.staleDays.trim() === '' ? null : Number(stage.staleDays.trim()),
        requiredFields: [...stage.requiredFields],
        aliases: splitList(stage.aliases, /,/),
      };
    }),
    rules: { ...draft.rules },
    lostReasons: { en: splitList(draft.lostReasons.en, /\n/), fr: splitList(draft.lostReasons.fr, /\n/) },
    currency: draft.currency.trim().toUpperCase(),
  };
}
