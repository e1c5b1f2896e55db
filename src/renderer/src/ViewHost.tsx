import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import type { ViewId } from './router/route';
import { DashboardView } from './views/dashboard/DashboardView';

// The dashboard is the first render and comes in the main bundle; every other view is a chunk of its
// own, fetched when first opened (same-origin scripts: the CSP's script-src 'self' allows them).
const ConnectionsView = lazy(() => import('./views/connections/ConnectionsView').then((m) => ({ default: m.ConnectionsView })));
const ChangesView = lazy(() => import('./views/changes/ChangesView').then((m) => ({ default: m.ChangesView })));
const ExposureView = lazy(() => import('./views/exposure/ExposureView').then((m) => ({ default: m.ExposureView })));
const RiskView = lazy(() => import('./views/risk/RiskView').then((m) => ({ default: m.RiskView })));
const HoldingsView = lazy(() => import('./views/holdings/HoldingsView').then((m) => ({ default: m.HoldingsView })));
const PositionsView = lazy(() => import('./views/positions/PositionsView').then((m) => ({ default: m.PositionsView })));
const SettingsView = lazy(() => import('./views/settings/SettingsView').then((m) => ({ default: m.SettingsView })));

/**
 * Moves focus to the open view's heading once that view is on screen. It sits inside the Suspense
 * boundary, keyed by view, so it mounts only when a lazily loaded view has arrived, never on its fallback.
 */
function FocusHeading({ host, skip }: { readonly host: RefObject<HTMLDivElement | null>; readonly skip: RefObject<boolean> }) {
  useEffect(() => {
    // The first view of a page load keeps the browser's own focus (the skip link comes first).
    if (skip.current) {
      skip.current = false;
      return;
    }
    host.current?.querySelector<HTMLElement>(':scope > :not([hidden]) h1, :scope > section h1')?.focus();
  }, [host, skip]);
  return null;
}

interface ViewHostProps {
  readonly view: ViewId;
  readonly params: URLSearchParams;
}

/** The open view. After a switch, focus moves to its heading so keyboard and screen-reader users start there. */
export function ViewHost({ view, params }: ViewHostProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Holdings stays mounted once opened (hidden when another view is): rebuilding a 20 000-row table on
  // every switch back would cost hundreds of milliseconds for nothing.
  const [keepHoldings, setKeepHoldings] = useState(view === 'holdings');
  if (view === 'holdings' && !keepHoldings) setKeepHoldings(true);
  const first = useRef(true);
  return (
    <div ref={ref}>
      <Suspense fallback={<p className="muted" aria-busy="true">Loading…</p>}>
      {view === 'dashboard' ? <DashboardView /> : null}
      {keepHoldings ? (
        <div hidden={view !== 'holdings'}>
          <HoldingsView active={view === 'holdings'} showUnpriced={view === 'holdings' && params.get('unpriced') === '1'} />
        </div>
      ) : null}
      {view === 'positions' ? <PositionsView /> : null}
      {view === 'exposure' ? <ExposureView /> : null}
      {view === 'risk' ? <RiskView /> : null}
      {view === 'changes' ? <ChangesView /> : null}
      {view === 'connections' ? <ConnectionsView startAdding={params.get('add') === '1'} /> : null}
      {view === 'settings' ? <SettingsView /> : null}
      <FocusHeading key={view} host={ref} skip={first} />
      </Suspense>
    </div>
  );
}
