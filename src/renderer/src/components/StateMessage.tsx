import type { ReactNode } from 'react';

interface StateMessageProps {
  readonly kind: 'loading' | 'empty' | 'error';
  readonly title: string;
  readonly children?: ReactNode;
  readonly onRetry?: () => void;
}

/** The loading, empty and error states every view shares, so each says what is going on and what to do. */
export function StateMessage({ kind, title, children, onRetry }: StateMessageProps) {
  return (
    <div className={`state state--${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={kind === 'loading'}>
      <h2>{title}</h2>
      {children}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
