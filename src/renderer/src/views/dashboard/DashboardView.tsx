import { useEffect, useState } from 'react';
import { NoConnections } from '../../components/NoConnections';
import { Loadable } from '../../components/Loadable';
import { ViewHeader } from '../../components/ViewHeader';
import { useHoldingsStore } from '../../stores/holdings-store';
import { useSummaryStore } from '../../stores/summary-store';
import { useTimeTravelStore } from '../../stores/time-travel-store';
import { formatDateTimeSeconds } from '../../format/date';
import { AllocationPanel } from './AllocationPanel';
import { ConnectionHealthStrip } from './ConnectionHealthStrip';
import { DataChecksPanel } from './DataChecksPanel';
import { HistoryChart } from './HistoryChart';
import { NetWorthPanel } from './NetWorthPanel';
import { UnpricedPanel } from './UnpricedPanel';

export function DashboardView() {
  const summary = useSummaryStore((state) => state.summary);
  const summaryError = useSummaryStore((state) => state.error);
  const holdings = useHoldingsStore((state) => (state.at === null ? state.view?.holdings : undefined));
  const holdingsError = useHoldingsStore((state) => state.error);
  const bookPrices = useHoldingsStore((state) => (state.at === null ? state.view?.bookPrices : undefined));
  const at = useTimeTravelStore((state) => state.at);
  const [unpricedOpen, setUnpricedOpen] = useState(false);

  // The dashboard is always "now", even while Holdings shows a past snapshot.
  useEffect(() => {
    void useHoldingsStore.getState().ensure(null);
  }, []);

  return (
    <section className="view" aria-labelledby="dashboard-title">
      <ViewHeader id="dashboard-title" title="Dashboard" />
      {at ? (
        <div className="banner banner--past banner--row" role="status">
          <span>
            <strong>Live figures.</strong> The dashboard always shows now; Holdings and Positions show {formatDateTimeSeconds(at)}.
          </span>
          <button type="button" className="button button--small" onClick={() => useTimeTravelStore.getState().setAt(null)}>
            Back to now everywhere
          </button>
        </div>
      ) : null}
      <Loadable data={summary} error={summaryError} onRetry={() => void useSummaryStore.getState().load()} what="the portfolio">
        {(summary) =>
          summary.connections.length === 0 ? (
            <NoConnections />
          ) : (
            <div className="dashboard">
              <NetWorthPanel summary={summary} bookPrices={bookPrices ?? []} unpricedOpen={unpricedOpen} onToggleUnpriced={() => setUnpricedOpen((open) => !open)} />
              <HistoryChart />
              {unpricedOpen && summary.unpriced.length > 0 ? <UnpricedPanel assets={summary.unpriced} holdings={summary.unpricedCount} /> : null}
              <ConnectionHealthStrip connections={summary.connections} />
              <Loadable data={holdings} error={holdingsError} onRetry={() => void useHoldingsStore.getState().reload()} what="allocation">
                {(holdings) => <AllocationPanel holdings={holdings} />}
              </Loadable>
              <DataChecksPanel />
            </div>
          )
        }
      </Loadable>
    </section>
  );
}
