import { useState } from 'react';
import { api } from '../../api/api';
import { NoConnections } from '../../components/NoConnections';
import { Loadable } from '../../components/Loadable';
import { ViewHeader } from '../../components/ViewHeader';
import { useSummaryStore } from '../../stores/summary-store';
import { useTimeTravelStore } from '../../stores/time-travel-store';
import { formatDateTimeSeconds } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { AllocationPanel } from './AllocationPanel';
import { ConnectionHealthStrip } from './ConnectionHealthStrip';
import { DataChecksPanel } from './DataChecksPanel';
import { HistoryChart } from './HistoryChart';
import { NetWorthPanel } from './NetWorthPanel';
import { UnpricedPanel } from './UnpricedPanel';

export function DashboardView() {
  const summary = useSummaryStore((state) => state.summary);
  const summaryError = useSummaryStore((state) => state.error);
  // Always "now", even while Holdings shows a past snapshot; computed by the portfolio from its kept set
  // summaries, so the dashboard never loads every holding to draw it.
  const allocation = useRemote(() => api.call('portfolio.allocation', {}), [], ['portfolio.changed', 'connections.changed']);
  const at = useTimeTravelStore((state) => state.at);
  const [unpricedOpen, setUnpricedOpen] = useState(false);

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
              <NetWorthPanel summary={summary} manualPrices={allocation.data?.manualPrices ?? []} unpricedOpen={unpricedOpen} onToggleUnpriced={() => setUnpricedOpen((open) => !open)} />
              <HistoryChart />
              {unpricedOpen && summary.unpriced.length > 0 ? <UnpricedPanel assets={summary.unpriced} holdings={summary.unpricedCount} /> : null}
              <ConnectionHealthStrip connections={summary.connections} />
              <Loadable data={allocation.data} error={allocation.error} onRetry={allocation.reload} what="allocation">
                {(allocation) => <AllocationPanel allocation={allocation} />}
              </Loadable>
              <DataChecksPanel />
            </div>
          )
        }
      </Loadable>
    </section>
  );
}
