/** Ids of a field's hint and error, so the control can point at them with aria-describedby. */
export function hintId(id: string): string {
  return `${id}-hint`;
}

export function errorId(id: string): string {
  return `${id}-error`;
}

/** The attributes that tie a control to its label's hint and error for screen readers. */
export function controlAria(id: string, error: string | undefined, hint: string | undefined): { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
  const describedBy = [hint ? hintId(id) : '', error ? errorId(id) : ''].filter(Boolean).join(' ');
  return { id, ...(error ? { 'aria-invalid': 'true' as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}
