import type { ReactNode } from 'react';

interface ViewHeaderProps {
  readonly id: string;
  readonly title: string;
  readonly children?: ReactNode;
}

/** A view's title and actions; the heading takes focus after navigation (see ViewHost). */
export function ViewHeader({ id, title, children }: ViewHeaderProps) {
  return (
    <header className="view__header">
      <h1 id={id} tabIndex={-1}>
        {title}
      </h1>
      {children ? <div className="view__actions">{children}</div> : null}
    </header>
  );
}
