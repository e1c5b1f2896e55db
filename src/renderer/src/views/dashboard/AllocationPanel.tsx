import type { AllocationView } from '../../../../shared/domain/portfolio';
import { AllocationBars } from './AllocationBars';

/** The allocation as the portfolio computes it: by asset, venue and exchange, each a share of the same total. */
export function AllocationPanel({ allocation }: { readonly allocation: AllocationView }) {
  return (
    <section className="panel panel--wide" aria-labelledby="allocation-title">
      <h2 id="allocation-title">Allocation</h2>
      <div className="allocation-grid">
        <AllocationBars title="By asset" allocation={allocation.byAsset} totalUsd={allocation.totalUsd} />
        <AllocationBars title="By venue" allocation={allocation.byVenue} totalUsd={allocation.totalUsd} />
        <AllocationBars title="By exchange" allocation={allocation.byExchange} totalUsd={allocation.totalUsd} />
      </div>
    </section>
  );
}
