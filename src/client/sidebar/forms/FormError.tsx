interface Props {
  id: string;
  message: string | undefined;
}

/** A form-wide error (a transition rule, a server failure): announced, and focusable so focus can land on it. */
export function FormError({ id, message }: Props) {
  if (!message) return null;
  return (
    <p class="form-error" id={id} role="alert" tabIndex={-1}>
      {message}
    </p>
  );
}
