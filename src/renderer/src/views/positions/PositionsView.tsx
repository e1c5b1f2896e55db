import { useMemo } from 'react';
import { api } from '../../api/api';
import { Amount } from '../../components/Amount';
import { ExportButton } from '../../components/ExportButton';
import { NoConnections } from '../../components/NoConnections';
import { StateMessage } from '../../components/StateMessage';
import { ViewHeader } from '../../components/ViewHeader';
import { formatDateTimeSeconds } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { useConnectionsStore } from '../../stores/connections-store';
import { useTimeTravelStore } from '../../stores/time-travel-store';
import { positionTotals } from './position-totals';
import { PositionsTable } from './PositionsTable';

export function PositionsView() {
  const at = useTimeTravelStore((state) => state.at);
  const noConnections = useConnectionsStore((state) => state.loaded && state.connections.length === 0);
  // A past view never changes; only "now" follows new snapshots.
  const remote = useRemote(() => api.call('positions.list', at ? { at } : {}), [at], at ? [] : ['portfolio.changed', 'connections.changed']);
  const positions = remote.data?.positions;
  const totals = useMemo(() => (positions ? positionTotals(positions) : null), [positions]);

  return (
    <section className="view" aria-labelledby="positions-title">
      <ViewHeader id="positions-title" title="Positions">
        <ExportButton request={{ report: 'positions', at: at ?? undefined }} label="Export positions" />
      </ViewHeader>
      {at && remote.data ? (
        <div className="banner banner--past" role="status">
          <strong>Past snapshot.</strong> Positions as they were on {formatDateTimeSeconds(remote.data.asOf)}, not now.
        </div>
      ) : null}
      {remote.error && !remote.data ? (
        <StateMessage kind="error" title="Positions could not be loaded" onRetry={remote.reload}>
          <p>{remote.error}</p>
        </StateMessage>
      ) : !positions || !totals ? (
        <StateMessage kind="loading" title="Loading positions…" />
      ) : positions.length === 0 ? (
        noConnections ? (
          <NoConnections />
        ) : (
          <StateMessage kind="empty" title="No open positions">
            <p>Perpetuals and other positions your accounts hold appear here.</p>
          </StateMessage>
        )
      ) : (
        <>
          <dl className="figures" data-testid="position-totals">
            <div>
              <dt>Positions</dt>
              <dd>{positions.length}</dd>
            </div>
            <div>
              <dt>Long notional</dt>
              <dd>
                <Amount value={totals.longUsd} />
              </dd>
            </div>
            <div>
              <dt>Short notional</dt>
              <dd>
                <Amount value={totals.shortUsd} />
              </dd>
            </div>
            <div>
              <dt>Unrealised PnL</dt>
              <dd>
                <Amount value={totals.unrealizedPnl} />
              </dd>
            </div>
          </dl>
          <PositionsTable positions={positions} />
        </>
      )}
    </section>
  );
}
