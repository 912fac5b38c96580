import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { columnLabel } from '../../../core/columns/column-label';
import type { DealDetail, FieldError, SidebarState, StageInfo } from '../../../core/sidebar/sidebar-api';
import { callServer } from '../../rpc';
import type { RunCommand } from '../commands';
import { useFocusFirstError } from '../focus';
import { useLanguage, useTranslate } from '../translate';
import { DealFieldControl } from './DealFieldControl';
import { FormError } from './FormError';
import { errorsByField, formatErrors, toDealFields, type FormValues } from './form-values';
import { fieldsToAsk, moveErrors } from './move-check';

interface Props {
  deal: DealDetail;
  target: StageInfo;
  state: SidebarState;
  run: RunCommand;
  busy: boolean;
  /** `moved` tells the caller whether to put focus back on the button that opened the form or on the deal. */
  onClose: (moved: boolean) => void;
}

/** Moves the deal to `target` (advance, won or lost), asking only for what that stage still needs. */
export function MoveForm({ deal, target, state, run, busy, onClose }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const asked = useMemo(() => fieldsToAsk(deal, target), [deal, target]);
  const [values, setValues] = useState<FormValues>(() => (deal.lostReason && asked.includes('Lost reason') ? { 'Lost reason': deal.lostReason } : {}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  // The form replaces the button that opened it: focus follows, to its first field.
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus(), []);
  const formId = `move-${target.key}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const fields = toDealFields(values, asked, language);
    const formatProblems = formatErrors(values, asked, language);
    const badFormat = new Set(formatProblems.map((e) => e.field));
    const ruleProblems = moveErrors(deal, deal.stage, target, fields, asked, state.settings, language, t('sidebar.error.required', { field: columnLabel('Lost reason', language) }));
    const local: FieldError[] = [...formatProblems, ...ruleProblems.filter((e) => !badFormat.has(e.field))];
    if (local.length > 0) {
      setErrors(errorsByField(local, asked));
      return;
    }
    const refused = await run(
      () => callServer('moveDeal', deal.id, target.key, fields),
      () => t('sidebar.move.done', { deal: deal.name, stage: target.label }),
    );
    if (refused.length > 0) setErrors(errorsByField(refused, asked));
    else onClose(true);
  };

  return (
    <form ref={form} class="card move-form" aria-labelledby={`${formId}-title`} noValidate onSubmit={submit} data-target={target.key}>
      <h3 id={`${formId}-title`}>{t('sidebar.move.title', { stage: target.label })}</h3>
      <fieldset disabled={busy}>
        {asked.length === 0 && <p class="note">{t('sidebar.move.nothingNeeded')}</p>}
        {asked.map((column) => (
          <DealFieldControl
            key={column}
            column={column}
            formId={formId}
            value={values[column]}
            onChange={(value) => setValues({ ...values, [column]: value })}
            required
            error={errors[column]}
            stages={state.stages}
            lostReasons={state.lostReasons}
          />
        ))}
        <FormError id={`${formId}-error`} message={errors['']} />
        <div class="buttons">
          <button type="submit">{t('sidebar.move.submit', { stage: target.label })}</button>
          <button type="button" class="secondary" onClick={() => onClose(false)}>
            {t('sidebar.action.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
