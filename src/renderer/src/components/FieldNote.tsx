/** The line under a form's input (`${id}-note`, which the input names as its description): its error, announced, or else its hint. */
export function FieldNote({ id, error, hint }: { readonly id: string; readonly error: string | null; readonly hint: string }) {
  return (
    <p id={`${id}-note`} className={error ? 'field__error' : 'field__hint'} role={error ? 'alert' : undefined}>
      {error ?? hint}
    </p>
  );
}
