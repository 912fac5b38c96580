import { useRef, useState } from 'preact/hooks';
import type { Language } from '../../../core/i18n/language';
import type { SettingsData } from '../../../core/sidebar/sidebar-api';
import type { PipelineRules } from '../../../core/stages/stage';
import { callServer } from '../../rpc';
import type { RunCommand } from '../commands';
import { focusSoon, useFocusFirstError } from '../focus';
import { controlAria } from '../forms/field-aria';
import { FormError } from '../forms/FormError';
import { FormField } from '../forms/FormField';
import { errorsByField, parseNumber } from '../forms/form-values';
import { useLanguage, useTranslate } from '../translate';
import { draftFromSettings, newStageDraft, settingsFromDraft, type SettingsDraft, type StageDraft } from './settings-draft';
import { settingsErrors, settingsField } from './settings-errors';
import { StageSettingsCard } from './StageSettingsCard';

interface Props {
  settings: SettingsData;
  /** The deal the sidebar shows, which the save's answer shows again (null for none). */
  selectedDealId: string | null;
  run: RunCommand;
  busy: boolean;
}

const RULES: readonly (keyof PipelineRules)[] = ['allowSkipForward', 'allowBackward', 'allowReopen'];

/** Every field id the editor shows, so an error about any other goes to the form-wide message. */
function shownFields(draft: SettingsDraft): string[] {
  const fields = [settingsField.currency, settingsField.lostReasons('en'), settingsField.lostReasons('fr')];
  draft.stages.forEach((_, i) => fields.push(settingsField.label(i, 'en'), settingsField.label(i, 'fr'), settingsField.probability(i), settingsField.staleDays(i), settingsField.aliases(i)));
  return fields;
}

/** The pipeline definition (Pipeline Settings) as a form, checked with the same rules before it is saved. */
export function SettingsEditor({ settings, selectedDealId, run, busy }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  const setStage = (index: number, stage: StageDraft) => setDraft({ ...draft, stages: draft.stages.map((s, i) => (i === index ? stage : s)) });
  const moveStage = (index: number, delta: -1 | 1) => {
    const stages = [...draft.stages];
    const [stage] = stages.splice(index, 1);
    const to = index + delta;
    stages.splice(to, 0, stage);
    setDraft({ ...draft, stages });
    setErrors({});
    // Keep focus on the moved stage's button, or its other arrow once it reaches an end and this one is disabled.
    const atEnd = (delta < 0 && to === 0) || (delta > 0 && to === stages.length - 1);
    focusSoon(`stage-${stage.uid}-${(delta < 0) !== atEnd ? 'up' : 'down'}`);
  };
  // Drag and drop: the stage picked up, and the card it is over.
  const dragged = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dropAt, setDropAt] = useState<number | null>(null);
  const dropStage = (to: number) => {
    const from = draft.stages.findIndex((s) => s.uid === dragged.current);
    dragged.current = null;
    setDropAt(null);
    if (from < 0 || from === to) return;
    const stages = [...draft.stages];
    const [stage] = stages.splice(from, 1);
    stages.splice(to, 0, stage);
    setDraft({ ...draft, stages });
    setErrors({});
    const name = stage.labels[language] || stage.labels.en || stage.labels.fr || t('sidebar.settings.newStage');
    setAnnouncement(t('sidebar.settings.moved', { stage: name, n: to + 1 }));
  };
  const removeStage = (index: number) => {
    setDraft({ ...draft, stages: draft.stages.filter((_, i) => i !== index) });
    setErrors({});
    focusSoon('settings-add-stage');
  };
  const addStage = () => {
    const stage = newStageDraft('');
    // New stages are usually open ones: insert after the last open stage, before won and lost.
    let at = draft.stages.length;
    for (let i = draft.stages.length - 1; i >= 0; i--) {
      if (draft.stages[i].kind === 'open') {
        at = i + 1;
        break;
      }
    }
    const stages = [...draft.stages];
    stages.splice(at, 0, stage);
    setDraft({ ...draft, stages });
    setErrors({});
    focusSoon(`stage-${stage.uid}-en`);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const shown = shownFields(draft);
    const local = settingsErrors(draft, language);
    if (local.length > 0) {
      setErrors(errorsByField(local, [...shown, settingsField.stages]));
      return;
    }
    const refused = await run(
      () => callServer('saveSettings', settingsFromDraft(draft, (text) => parseNumber(text, language)), selectedDealId),
      () => t('sidebar.settings.saved'),
    );
    if (refused.length > 0) setErrors(errorsByField(refused, [...shown, settingsField.stages]));
    else setErrors({});
  };

  const lostReasons = (lang: Language) => {
    const id = `settings-lost-reasons-${lang}`;
    const field = settingsField.lostReasons(lang);
    return (
      <FormField id={id} label={t(`settings.lostReasons.${lang}`)} error={errors[field]} hint={t('sidebar.settings.lostReasonsHint')}>
        <textarea
          {...controlAria(id, errors[field], t('sidebar.settings.lostReasonsHint'))}
          rows={4}
          value={draft.lostReasons[lang]}
          onInput={(e) => setDraft({ ...draft, lostReasons: { ...draft.lostReasons, [lang]: (e.currentTarget as HTMLTextAreaElement).value } })}
        />
      </FormField>
    );
  };

  return (
    <form ref={form} class="settings-form" aria-label={t('sidebar.settings.title')} noValidate onSubmit={submit}>
      <fieldset disabled={busy}>
        <h3>{t('sidebar.settings.stages')}</h3>
        {draft.stages.map((stage, index) => (
          <StageSettingsCard
            key={stage.uid}
            stage={stage}
            index={index}
            count={draft.stages.length}
            errors={errors}
            onChange={(next) => setStage(index, next)}
            onMove={(delta) => moveStage(index, delta)}
            onRemove={() => removeStage(index)}
            onDragStart={() => (dragged.current = stage.uid)}
            onDropHere={() => dropStage(index)}
            dropTarget={dropAt === index}
            onDragOver={(over) => setDropAt(over ? index : (at) => (at === index ? null : at))}
          />
        ))}
        <p class="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
        <FormError id="settings-stages-error" message={errors[settingsField.stages]} />
        <button type="button" class="secondary" id="settings-add-stage" onClick={addStage}>
          {t('sidebar.settings.add')}
        </button>
        <fieldset class="rules">
          <legend>{t('sidebar.settings.rules')}</legend>
          {RULES.map((rule) => (
            <div class="field inline" key={rule}>
              <input
                type="checkbox"
                id={`settings-rule-${rule}`}
                checked={draft.rules[rule]}
                onChange={(e) => setDraft({ ...draft, rules: { ...draft.rules, [rule]: (e.currentTarget as HTMLInputElement).checked } })}
              />
              <label for={`settings-rule-${rule}`}>{t(`settings.rule.${rule}`)}</label>
            </div>
          ))}
        </fieldset>
        {lostReasons('en')}
        {lostReasons('fr')}
        <FormField id="settings-currency" label={t('settings.currency')} error={errors[settingsField.currency]}>
          <input
            type="text"
            {...controlAria('settings-currency', errors[settingsField.currency], undefined)}
            maxLength={3}
            class="short"
            value={draft.currency}
            onInput={(e) => setDraft({ ...draft, currency: (e.currentTarget as HTMLInputElement).value })}
          />
        </FormField>
        <FormError id="settings-error" message={errors['']} />
        <div class="buttons">
          <button type="submit">{t('sidebar.settings.save')}</button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setDraft(draftFromSettings(settings));
              setErrors({});
            }}
          >
            {t('sidebar.settings.discard')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
