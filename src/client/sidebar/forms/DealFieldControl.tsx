import { columnLabel } from '../../../core/columns/column-label';
import type { DealColumn } from '../../../core/columns/deal-columns';
import type { ForecastCategory } from '../../../core/deals/deal';
import type { StageInfo } from '../../../core/sidebar/sidebar-api';
import { useLanguage, useTranslate } from '../translate';
import { controlAria } from './field-aria';
import { fieldKind } from './field-kind';
import { FormField } from './FormField';

interface Props {
  column: DealColumn;
  /** Prefix that makes the control's id unique in the page (one form may show the same column as another). */
  formId: string;
  value: string | boolean | undefined;
  onChange: (value: string | boolean) => void;
  required: boolean;
  error?: string;
  stages: StageInfo[];
  lostReasons: string[];
}

const CATEGORIES: readonly ForecastCategory[] = ['pipeline', 'best-case', 'commit', 'closed', 'omitted'];

/** One deal column as a form control of the right kind (text, number, date, checkbox, lost-reason list…). */
export function DealFieldControl({ column, formId, value, onChange, required, error, stages, lostReasons }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const id = `${formId}-${column.replace(/\W+/g, '-').toLowerCase()}`;
  const label = columnLabel(column, language);
  const kind = fieldKind(column);
  const hint = kind === 'percent' ? t('sidebar.field.percentHint') : undefined;
  const aria = controlAria(id, error, hint);
  const text = typeof value === 'string' ? value : '';
  const onText = (event: Event) => onChange((event.currentTarget as HTMLInputElement).value);
  let control;
  if (kind === 'checkbox') {
    control = <input type="checkbox" {...aria} name={column} checked={value === true} required={required} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />;
  } else if (kind === 'lostReason' || kind === 'stage' || kind === 'forecastCategory') {
    const options =
      kind === 'lostReason'
        ? lostReasons.map((reason) => ({ value: reason, label: reason }))
        : kind === 'stage'
          ? stages.map((stage) => ({ value: stage.key, label: stage.label }))
          : CATEGORIES.map((category) => ({ value: category, label: t(`forecastCategory.${category}`) }));
    // A reason already on the deal but no longer in the list stays selectable, so opening the form changes nothing by itself.
    if (text && !options.some((o) => o.value === text)) options.unshift({ value: text, label: text });
    control = (
      <select {...aria} name={column} value={text} required={required} onChange={onText}>
        {kind !== 'stage' && <option value="">{t('sidebar.field.choose')}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'textarea') {
    control = <textarea {...aria} name={column} rows={2} value={text} required={required} onInput={onText} />;
  } else {
    const inputType = kind === 'date' ? 'date' : kind === 'email' ? 'email' : 'text';
    const inputMode = kind === 'number' || kind === 'percent' ? 'decimal' : undefined;
    // Browser-native validation is off on the forms (noValidate): the messages come from our rules, in the sidebar's language.
    control = <input type={inputType} inputMode={inputMode} {...aria} name={column} value={text} required={required} onInput={onText} autoComplete="off" />;
  }
  return (
    <FormField id={id} label={label} required={required} error={error} hint={hint} inline={kind === 'checkbox'}>
      {control}
    </FormField>
  );
}
