import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

/** Moves focus once the render that follows a state change has reached the page (Preact renders on a microtask). */
export function focusSoon(target: string | (() => HTMLElement | null)): void {
  setTimeout(() => {
    const element = typeof target === 'string' ? document.getElementById(target) : target();
    element?.focus();
  }, 0);
}

/**
 * After a refused submit, puts the focus on the first field in error (or the form-wide
 * message), so keyboard and screen-reader users land on what to fix. `errors` must be a new
 * object for each submit, which is what triggers the move.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement>, errors: Record<string, string>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (Object.keys(errors).length === 0 || !form.current) return;
    const target = form.current.querySelector<HTMLElement>('[aria-invalid="true"], .form-error');
    target?.focus();
  }, [errors]);
}
