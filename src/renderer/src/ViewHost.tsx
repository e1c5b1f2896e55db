import { useEffect, useRef, useState } from 'react';
import type { ViewId } from './router/route';
import { ConnectionsView } from './views/connections/ConnectionsView';
import { ChangesView } from './views/changes/ChangesView';
import { DashboardView } from './views/dashboard/DashboardView';
import { ExposureView } from './views/exposure/ExposureView';
import { RiskView } from './views/risk/RiskView';
import { HoldingsView } from './views/holdings/HoldingsView';
import { PositionsView } from './views/positions/PositionsView';
import { SettingsView } from './views/settings/SettingsView';

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
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.querySelector<HTMLElement>(':scope > :not([hidden]) h1, :scope > section h1')?.focus();
  }, [view]);
  return (
    <div ref={ref}>
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
    </div>
  );
}
