import { useRef, useState } from 'preact/hooks';
import { columnLabel } from '../../../core/columns/column-label';
import type { DealColumn } from '../../../core/columns/deal-columns';
import type { FieldError, SidebarState } from '../../../core/sidebar/sidebar-api';
import { callServer } from '../../rpc';
import type { RunCommand } from '../commands';
import { focusSoon, useFocusFirstError } from '../focus';
import { useLanguage, useTranslate } from '../translate';
import { DealFieldControl } from './DealFieldControl';
import { FormError } from './FormError';
import { errorsByField, formatErrors, isBlank, toDealFields, type FormValues } from './form-values';
import { moveErrors } from './move-check';

interface Props {
  state: SidebarState;
  run: RunCommand;
  busy: boolean;
}

const BEFORE_STAGE: readonly DealColumn[] = ['Deal', 'Company', 'Contact', 'Email', 'Owner', 'Stage'];
const AFTER_STAGE: readonly DealColumn[] = ['Amount', 'Expected close', 'Next step', 'Next step due', 'Notes'];

/** Adds a deal, entering the chosen stage under the same required-field rules as every move. */
export function AddDealForm({ state, run, busy }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const firstStage = state.stages.find((s) => s.kind === 'open') ?? state.stages[0];
  const initial = (): FormValues => ({ Stage: firstStage?.key ?? '' });
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);

  const stage = state.stages.find((s) => s.key === values.Stage) ?? firstStage;
  const required = new Set<DealColumn>(['Deal', 'Stage', ...(stage ? stage.requiredFields.map((r) => r.field) : [])]);
  if (stage?.kind === 'lost') required.add('Lost reason');
  // A stage may require a column the form does not usually show (Lost reason, Probability…): it is asked right after Stage.
  const extra = [...required].filter((c) => !BEFORE_STAGE.includes(c) && !AFTER_STAGE.includes(c));
  const columns: DealColumn[] = [...BEFORE_STAGE, ...extra, ...AFTER_STAGE];

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!stage) return;
    const dataColumns = columns.filter((c) => c !== 'Stage');
    const fields = { ...toDealFields(values, dataColumns, language), Stage: stage.label };
    const formatProblems = formatErrors(values, dataColumns, language);
    const badFormat = new Set(formatProblems.map((e) => e.field));
    const local: FieldError[] = [...formatProblems];
    if (isBlank(values.Deal)) local.push({ field: 'Deal', message: t('sidebar.error.required', { field: columnLabel('Deal', language) }) });
    const reason = t('sidebar.error.required', { field: columnLabel('Lost reason', language) });
    for (const problem of moveErrors(null, null, stage, fields, dataColumns, state.settings, language, reason)) {
      if (!badFormat.has(problem.field)) local.push(problem);
    }
    if (local.length > 0) {
      setErrors(errorsByField(local, columns));
      return;
    }
    const name = String(values.Deal ?? '').trim();
    const refused = await run(
      () => callServer('addDeal', fields),
      (result) => t('sidebar.add.done', { deal: name, id: result.dealId }),
    );
    if (refused.length > 0) {
      setErrors(errorsByField(refused, columns));
      return;
    }
    setValues(initial());
    setErrors({});
    // Ready for the next deal: reps often enter several in a row.
    focusSoon('add-deal-deal');
  };

  return (
    <form ref={form} class="add-deal-form" aria-label={t('sidebar.add.title')} noValidate onSubmit={submit}>
      <fieldset disabled={busy}>
        {columns.map((column) => (
          <DealFieldControl
            key={column}
            column={column}
            formId="add-deal"
            value={values[column]}
            onChange={(value) => setValues({ ...values, [column]: value })}
            required={required.has(column)}
            error={errors[column]}
            stages={state.stages}
            lostReasons={state.lostReasons}
          />
        ))}
        <FormError id="add-deal-error" message={errors['']} />
        <div class="buttons">
          <button type="submit">{t('sidebar.add.submit')}</button>
        </div>
      </fieldset>
    </form>
  );
}
