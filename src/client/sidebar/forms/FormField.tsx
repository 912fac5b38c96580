import type { ComponentChildren } from 'preact';
import { useTranslate } from '../translate';
import { errorId, hintId } from './field-aria';

interface Props {
  /** Id of the control inside, which must carry `controlAria(id, error, hint)`. */
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: string;
  /** Checkboxes read better with their label after the box. */
  inline?: boolean;
  children: ComponentChildren;
}

/** A labelled control with its hint and its error right under it. */
export function FormField({ id, label, required, error, hint, inline, children }: Props) {
  const t = useTranslate();
  const labelElement = (
    <label for={id}>
      {label}
      {required && (
        <abbr class="required" title={t('sidebar.field.required')} aria-hidden="true">
          {' *'}
        </abbr>
      )}
    </label>
  );
  return (
    <div class={`field${inline ? ' inline' : ''}${error ? ' has-error' : ''}`}>
      {inline ? (
        <>
          {children}
          {labelElement}
        </>
      ) : (
        <>
          {labelElement}
          {children}
        </>
      )}
      {hint && (
        <p class="hint" id={hintId(id)}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={errorId(id)}>
          {error}
        </p>
      )}
    </div>
  );
}
