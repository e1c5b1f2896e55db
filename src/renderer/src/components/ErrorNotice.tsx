/** An error across the view (a load or save that failed), announced at once; nothing when there is none. */
export function ErrorBanner({ message }: { readonly message: string | null | undefined }) {
  return message ? (
    <div className="banner banner--error" role="alert">
      {message}
    </div>
  ) : null;
}

/** An error on one line of a form or panel, announced at once; nothing when there is none. */
export function ErrorLine({ message, className = 'field__error' }: { readonly message: string | null | undefined; readonly className?: string }) {
  return message ? (
    <p className={className} role="alert">
      {message}
    </p>
  ) : null;
}
