import type { ReactNode } from 'react';
import { StateMessage } from './StateMessage';

interface LoadFailedProps {
  /** What was loaded, lower case: "the portfolio" reads "The portfolio could not be loaded". */
  readonly what: string;
  readonly error: string;
  readonly onRetry: () => void;
}

/** Why a view's data did not come, with a way to ask again. */
export function LoadFailed({ what, error, onRetry }: LoadFailedProps) {
  return (
    <StateMessage kind="error" title={`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be loaded`} onRetry={onRetry}>
      <p>{error}</p>
    </StateMessage>
  );
}

/** Says that a view's data is on its way. */
export function Loading({ what }: { readonly what: string }) {
  return <StateMessage kind="loading" title={`Loading ${what}…`} />;
}

interface LoadableProps<T> {
  readonly data: T | null | undefined;
  readonly error: string | null;
  readonly onRetry: () => void;
  /** What is loaded, lower case, for the loading and error titles. */
  readonly what: string;
  readonly children: (data: T) => ReactNode;
}

/**
 * Data once it has come; until then the error (with a retry) or a loading note. Data already shown stays
 * on screen when a reload fails: an old answer beats none, and the banners say the app is offline.
 */
export function Loadable<T>({ data, error, onRetry, what, children }: LoadableProps<T>) {
  if (data !== null && data !== undefined) return <>{children(data)}</>;
  return error ? <LoadFailed what={what} error={error} onRetry={onRetry} /> : <Loading what={what} />;
}
