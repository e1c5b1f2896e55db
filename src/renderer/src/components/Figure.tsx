import type { ReactNode } from 'react';

/** One headline figure of a view's `<dl className="figures">`: what it is, then its value. */
export function Figure({ term, children }: { readonly term: ReactNode; readonly children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
