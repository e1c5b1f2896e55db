import { useMemo } from 'react';
import { api } from '../../api/api';
import { Amount } from '../../components/Amount';
import { ExportButton } from '../../components/ExportButton';
import { Figure } from '../../components/Figure';
import { NoConnections } from '../../components/NoConnections';
import { Loadable } from '../../components/Loadable';
import { PastSnapshot } from '../../components/PastSnapshot';
import { StateMessage } from '../../components/StateMessage';
import { ViewHeader } from '../../components/ViewHeader';
import { useRemoteAt } from '../../hooks/use-remote-at';
import { useConnectionsStore } from '../../stores/connections-store';
import { positionTotals } from './position-totals';
import { PositionsTable } from './PositionsTable';

export function PositionsView() {
  const noConnections = useConnectionsStore((state) => state.loaded && state.connections.length === 0);
  const { at, remote } = useRemoteAt((query) => api.call('positions.list', query));
  const positions = remote.data?.positions;
  const totals = useMemo(() => (positions ? positionTotals(positions) : null), [positions]);

  return (
    <section className="view" aria-labelledby="positions-title">
      <ViewHeader id="positions-title" title="Positions">
        <ExportButton request={{ report: 'positions', at: at ?? undefined }} label="Export positions" />
      </ViewHeader>
      <PastSnapshot asOf={at && remote.data?.asOf} subject="Positions as they were" />
      <Loadable data={positions && totals ? { positions, totals } : null} error={remote.error} onRetry={remote.reload} what="positions">
        {({ positions, totals }) =>
          positions.length === 0 ? (
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
                <Figure term="Positions">{positions.length}</Figure>
                <Figure term="Long notional"><Amount value={totals.longUsd} /></Figure>
                <Figure term="Short notional"><Amount value={totals.shortUsd} /></Figure>
                <Figure term="Unrealised PnL"><Amount value={totals.unrealizedPnl} /></Figure>
              </dl>
              <PositionsTable positions={positions} />
            </>
          )
        }
      </Loadable>
    </section>
  );
}
