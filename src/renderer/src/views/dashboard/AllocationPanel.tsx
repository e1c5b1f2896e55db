import { useMemo } from 'react';
import type { Holding } from '../../../../shared/domain/holding';
import { venues } from '../../../../shared/domain/venue-info';
import { AllocationBars } from './AllocationBars';
import { allocate } from './allocation';
import { exchangeName } from './exchange-names';

const byAsset = (h: Holding) => h.asset;
const byVenue = (h: Holding) => venues[h.venue].name;
const byExchange = (h: Holding) => exchangeName(h.exchange);

export function AllocationPanel({ holdings }: { readonly holdings: readonly Holding[] }) {
  const allocations = useMemo(
    () => ({ asset: allocate(holdings, byAsset), venue: allocate(holdings, byVenue), exchange: allocate(holdings, byExchange) }),
    [holdings],
  );
  return (
    <section className="panel panel--wide" aria-labelledby="allocation-title">
      <h2 id="allocation-title">Allocation</h2>
      <div className="allocation-grid">
        <AllocationBars title="By asset" allocation={allocations.asset} />
        <AllocationBars title="By venue" allocation={allocations.venue} />
        <AllocationBars title="By exchange" allocation={allocations.exchange} />
      </div>
    </section>
  );
}
