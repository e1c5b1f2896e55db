import { useSyncExternalStore } from 'react';

export const viewIds = ['dashboard', 'holdings', 'positions', 'exposure', 'risk', 'changes', 'connections', 'settings'] as const;
export type ViewId = (typeof viewIds)[number];

export const viewTitles: Record<ViewId, string> = {
  dashboard: 'Dashboard',
  holdings: 'Holdings',
  positions: 'Positions',
  exposure: 'Exposure',
  risk: 'Risk',
  changes: 'What changed',
  connections: 'Connections',
  settings: 'Settings',
};

export interface Route {
  /** Null when the URL names no view: the app picks one (see App). */
  readonly view: ViewId | null;
  readonly params: URLSearchParams;
}

function isViewId(value: string): value is ViewId {
  return (viewIds as readonly string[]).includes(value);
}

/** `#/holdings?unpriced=1`: a hash route, so a reload keeps the view and the server serves one page. */
function parse(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { view: isViewId(path) ? path : null, params: new URLSearchParams(query) };
}

let current = parse(window.location.hash);
const listeners = new Set<() => void>();
window.addEventListener('hashchange', () => {
  current = parse(window.location.hash);
  listeners.forEach((listener) => listener());
});

export function useRoute(): Route {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export function hrefFor(view: ViewId, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${view}${query ? `?${query}` : ''}`;
}

export function navigate(view: ViewId, params?: Record<string, string>): void {
  window.location.hash = hrefFor(view, params);
}
