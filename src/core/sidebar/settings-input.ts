import { DEAL_COLUMN_NAMES } from '../columns/deal-columns';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import { LABEL_KEY, RULE_ORDER, STAGE_KINDS, type LabelRole } from '../settings/settings-layout';
import { stageKeyFromLabel } from '../stages/stage-key';
import type { PipelineDefinition, Stage, StageKind } from '../stages/stage';
import { foldLabel } from '../text/fold';
import type { FieldError } from './sidebar-api';

const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;
const texts = (v: unknown): string[] | null =>
  Array.isArray(v) && v.length <= 100 && v.every((t) => typeof t === 'string' && t.length <= 200) ? (v as string[]).map((t) => t.trim()).filter(Boolean) : null;
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Checks a `SettingsData` from the browser, trusting nothing, and turns it into the
 * pipeline definition to write; errors carry the settings editor's field names. A stage
 * whose label changes keeps the old label as an alias, so history and cells still match.
 */
export function definitionFromSettings(input: unknown, old: PipelineDefinition, language: Language): { definition: PipelineDefinition; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const bad = (field: string, role: LabelRole | null) =>
    errors.push({ field, message: translate(language, 'cmd.invalid', { field: role ? translate(language, LABEL_KEY[role]) : field }) });
  const data = obj(input);
  const raw = Array.isArray(data.stages) && data.stages.length <= 50 ? data.stages : [];
  if (raw.length === 0) bad('stages', null);
  const owner = new Map<string, number>();
  const stages: Stage[] = raw.map((item, i) => {
    const s = obj(item);
    const f = `stages.${i}.`;
    const labels = obj(s.labels);
    const lang = (l: Language) => (isText(labels[l], 100) ? (labels[l] as string).trim() : (bad(`${f}labels.${l}`, l === 'en' ? 'labelEn' : 'labelFr'), ''));
    const en = lang('en');
    const fr = lang('fr');
    const key = isText(s.key, 100) ? s.key : stageKeyFromLabel(en);
    const kind = STAGE_KINDS.includes(s.kind as StageKind) ? (s.kind as StageKind) : (bad('stages', 'kind'), 'open');
    const p = s.probability;
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) bad(`${f}probability`, 'probability');
    const d = s.staleDays;
    if (d !== null && !(Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 10000)) bad(`${f}staleDays`, 'staleDays');
    const required = Array.isArray(s.requiredFields) && s.requiredFields.every((c) => DEAL_COLUMN_NAMES.includes(c)) ? (s.requiredFields as string[]) : (bad('stages', 'requiredFields'), []);
    const aliases = texts(s.aliases) ?? (bad(`${f}aliases`, 'aliases'), []);
    const before = old.stages.find((o) => o.key === key);
    for (const previous of before ? [before.labels.en, before.labels.fr] : []) {
      if (![en, fr, ...aliases].some((n) => foldLabel(n) === foldLabel(previous))) aliases.push(previous);
    }
    for (const [name, field] of [[key, 'stages'], [en, `${f}labels.en`], [fr, `${f}labels.fr`], ...aliases.map((a) => [a, `${f}aliases`])]) {
      const folded = foldLabel(name);
      if (folded && (owner.get(folded) ?? i) !== i) errors.push({ field, message: translate(language, 'cmd.duplicate', { value: name }) });
      owner.set(folded, i);
    }
    return { key, labels: { en, fr }, kind, probability: p as number, staleDays: d as number | null, requiredFields: required, aliases };
  });
  if (raw.length > 0 && !(['won', 'lost'] as StageKind[]).every((k) => stages.some((s) => s.kind === k))) errors.push({ field: 'stages', message: translate(language, 'cmd.wonLost') });
  const rules = obj(data.rules);
  if (!RULE_ORDER.every((r) => typeof rules[r] === 'boolean')) bad('', null);
  const reasons = obj(data.lostReasons);
  const lostReasons = { en: texts(reasons.en) ?? (bad('lostReasons.en', 'lostReasons.en'), []), fr: texts(reasons.fr) ?? (bad('lostReasons.fr', 'lostReasons.fr'), []) };
  const currency = typeof data.currency === 'string' && /^[A-Z]{3}$/.test(data.currency) ? data.currency : (bad('currency', 'currency'), '');
  return { definition: { stages, rules: { allowSkipForward: rules.allowSkipForward === true, allowBackward: rules.allowBackward === true, allowReopen: rules.allowReopen === true }, lostReasons, currency }, errors };
}
