import type { StageKind } from '../../../core/stages/stage';
import { controlAria } from '../forms/field-aria';
import { FormField } from '../forms/FormField';
import { useLanguage, useTranslate } from '../translate';
import { RequiredFieldsPicker } from './RequiredFieldsPicker';
import { settingsField } from './settings-errors';
import type { StageDraft } from './settings-draft';

interface Props {
  stage: StageDraft;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (stage: StageDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Drag and drop: this card's handle was picked up / another card was dropped on this one. */
  onDragStart: () => void;
  onDropHere: () => void;
  /** A card is being dragged over this one (drop target highlight). */
  dropTarget: boolean;
  onDragOver: (over: boolean) => void;
}

const KINDS: readonly StageKind[] = ['open', 'won', 'lost'];

/** One stage of the settings editor: names, kind, probability, stale days, required fields, aliases, and its order buttons. */
export function StageSettingsCard({ stage, index, count, errors, onChange, onMove, onRemove, onDragStart, onDropHere, dropTarget, onDragOver }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const base = `stage-${stage.uid}`;
  const name = stage.labels[language] || stage.labels.en || stage.labels.fr || t('sidebar.settings.newStage');
  const text = (id: string, field: string, label: string, value: string, set: (value: string) => void, hint?: string, inputMode?: 'decimal' | 'numeric') => (
    <FormField id={id} label={label} error={errors[field]} hint={hint}>
      <input type="text" {...controlAria(id, errors[field], hint)} data-field={field} inputMode={inputMode} value={value} onInput={(e) => set((e.currentTarget as HTMLInputElement).value)} />
    </FormField>
  );
  return (
    <fieldset
      class={dropTarget ? 'stage-card drop-target' : 'stage-card'}
      data-stage-key={stage.key}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        if (!dropTarget) onDragOver(true);
      }}
      onDragLeave={() => onDragOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        onDropHere();
      }}
    >
      <legend>{t('sidebar.settings.stageNumber', { n: index + 1, name })}</legend>
      <div class="order-buttons">
        {/* Mouse reordering; the arrow buttons beside it do the same from the keyboard and for screen readers. */}
        <span
          class="drag-handle"
          id={`${base}-drag`}
          draggable
          title={t('sidebar.settings.drag', { stage: name })}
          aria-hidden="true"
          onDragStart={(e) => {
            if (e.dataTransfer) {
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(stage.uid));
            }
            onDragStart();
          }}
        >
          ⠿
        </span>
        <button type="button" class="icon" id={`${base}-up`} disabled={index === 0} aria-label={t('sidebar.settings.up', { stage: name })} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" class="icon" id={`${base}-down`} disabled={index === count - 1} aria-label={t('sidebar.settings.down', { stage: name })} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" class="icon danger" id={`${base}-remove`} aria-label={t('sidebar.settings.remove', { stage: name })} onClick={onRemove}>
          ✕
        </button>
      </div>
      <div class="two-columns">
        {text(`${base}-en`, settingsField.label(index, 'en'), t('settings.column.labelEn'), stage.labels.en, (v) => onChange({ ...stage, labels: { ...stage.labels, en: v } }))}
        {text(`${base}-fr`, settingsField.label(index, 'fr'), t('settings.column.labelFr'), stage.labels.fr, (v) => onChange({ ...stage, labels: { ...stage.labels, fr: v } }))}
      </div>
      <div class="three-columns">
        <FormField id={`${base}-kind`} label={t('settings.column.kind')}>
          <select id={`${base}-kind`} value={stage.kind} onChange={(e) => onChange({ ...stage, kind: (e.currentTarget as HTMLSelectElement).value as StageKind })}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`settings.kind.${kind}`)}
              </option>
            ))}
          </select>
        </FormField>
        {text(`${base}-probability`, settingsField.probability(index), `${t('settings.column.probability')} (%)`, stage.probability, (v) => onChange({ ...stage, probability: v }), undefined, 'decimal')}
        {text(`${base}-stale`, settingsField.staleDays(index), t('settings.column.staleDays'), stage.staleDays, (v) => onChange({ ...stage, staleDays: v }), undefined, 'numeric')}
      </div>
      <RequiredFieldsPicker id={`${base}-required`} selected={stage.requiredFields} onChange={(requiredFields) => onChange({ ...stage, requiredFields })} />
      {text(`${base}-aliases`, settingsField.aliases(index), t('settings.column.aliases'), stage.aliases, (v) => onChange({ ...stage, aliases: v }), t('sidebar.settings.aliasesHint'))}
    </fieldset>
  );
}
