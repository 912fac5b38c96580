import { useRef, useState } from 'preact/hooks';
import type { DealDetail, SidebarState } from '../../../core/sidebar/sidebar-api';
import { callServer } from '../../rpc';
import type { RunCommand } from '../commands';
import { focusSoon, useFocusFirstError } from '../focus';
import { useLanguage, useTranslate } from '../translate';
import { DealFieldControl } from './DealFieldControl';
import { FormError } from './FormError';
import { errorsByField, formatErrors, type FormValues } from './form-values';

interface Props {
  deal: DealDetail;
  state: SidebarState;
  run: RunCommand;
  busy: boolean;
}

const COLUMNS = ['Next step', 'Next step due'] as const;

/** Sets the deal's next step and its due date (both may be cleared: a deal can have none). */
export function NextStepForm({ deal, state, run, busy }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const [values, setValues] = useState<FormValues>({ 'Next step': deal.nextStep, 'Next step due': deal.nextStepDue ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  const submit = async (event: Event) => {
    event.preventDefault();
    const local = formatErrors(values, [...COLUMNS], language);
    if (local.length > 0) {
      setErrors(errorsByField(local, COLUMNS));
      return;
    }
    const text = String(values['Next step'] ?? '');
    const due = String(values['Next step due'] ?? '').trim();
    const refused = await run(
      () => callServer('setNextStep', deal.id, text, due),
      () => t('sidebar.nextStep.done', { deal: deal.name }),
    );
    setErrors(errorsByField(refused, COLUMNS));
    // The saved values come back in the new state and remount this form: keep the keyboard where it was.
    if (refused.length === 0) focusSoon('next-step-submit');
  };

  return (
    <form ref={form} class="next-step-form" aria-labelledby="next-step-title" noValidate onSubmit={submit}>
      <h3 id="next-step-title">{t('sidebar.nextStep.title')}</h3>
      <fieldset disabled={busy}>
        {COLUMNS.map((column) => (
          <DealFieldControl
            key={column}
            column={column}
            formId="next-step"
            value={values[column]}
            onChange={(value) => setValues({ ...values, [column]: value })}
            required={false}
            error={errors[column]}
            stages={state.stages}
            lostReasons={state.lostReasons}
          />
        ))}
        <FormError id="next-step-error" message={errors['']} />
        <div class="buttons">
          <button type="submit" id="next-step-submit">
            {t('sidebar.nextStep.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
