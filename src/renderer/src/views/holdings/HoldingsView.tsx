import { useEffect } from 'react';
import { ExportButton } from '../../components/ExportButton';
import { NoConnections } from '../../components/NoConnections';
import { Loadable } from '../../components/Loadable';
import { PastSnapshot } from '../../components/PastSnapshot';
import { StateMessage } from '../../components/StateMessage';
import { ViewHeader } from '../../components/ViewHeader';
import { useConnectionsStore } from '../../stores/connections-store';
import { useHoldingsStore } from '../../stores/holdings-store';
import { useHoldingsUiStore } from '../../stores/holdings-ui-store';
import { useTimeTravelStore } from '../../stores/time-travel-store';
import { AsOfPicker } from './AsOfPicker';
import { HoldingsTable } from './HoldingsTable';
import { HoldingsToolbar } from './HoldingsToolbar';
import { PriceOriginsProvider } from './price-origins';

interface HoldingsViewProps {
  /** False while kept mounted behind another view. */
  readonly active: boolean;
  readonly showUnpriced: boolean;
}

export function HoldingsView({ active, showUnpriced }: HoldingsViewProps) {
  const at = useTimeTravelStore((state) => state.at);
  const view = useHoldingsStore((state) => (state.at === at ? state.view : null));
  const error = useHoldingsStore((state) => state.error);
  const noConnections = useConnectionsStore((state) => state.loaded && state.connections.length === 0);

  // The Dashboard may have loaded "now" meanwhile; coming back re-asks for this view's instant.
  useEffect(() => {
    if (active) void useHoldingsStore.getState().ensure(at);
  }, [at, active]);

  useEffect(() => {
    if (showUnpriced) useHoldingsUiStore.getState().showOnlyUnpriced();
  }, [showUnpriced]);

  return (
    <section className="view view--fill" aria-labelledby="holdings-title">
      <ViewHeader id="holdings-title" title="Holdings">
        <AsOfPicker />
        <ExportButton request={{ report: 'holdings', at: at ?? undefined }} label="Export holdings" />
        <ExportButton request={{ report: 'by-asset', at: at ?? undefined }} label="Export by asset" />
      </ViewHeader>
      <PastSnapshot asOf={view?.past ? view.asOf : null} subject="These are the holdings as they were" />
      <HoldingsToolbar />
      <Loadable data={view} error={error} onRetry={() => void useHoldingsStore.getState().reload()} what="holdings">
        {(view) =>
          view.holdings.length === 0 && noConnections ? (
            <NoConnections />
          ) : view.holdings.length === 0 ? (
            <StateMessage kind="empty" title={view.past ? 'No holdings at that time' : 'No holdings yet'}>
              <p>{view.past ? 'No connection had been read by then. Choose a later time.' : 'Your connections have not been read yet, or hold nothing. Sync now to read them.'}</p>
            </StateMessage>
          ) : (
            <PriceOriginsProvider bookPrices={view.bookPrices}>
              <HoldingsTable holdings={view.holdings} past={view.past} />
            </PriceOriginsProvider>
          )
        }
      </Loadable>
    </section>
  );
}
