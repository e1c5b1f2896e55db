import { useState } from 'react';
import { Dec } from '../../../../shared/decimal';
import type { PriceCheck, PricePoint } from '../../../../shared/domain/prices';
import { api } from '../../api/api';
import { Amount } from '../../components/Amount';
import { Masked } from '../../components/Masked';
import { describeOrigin } from '../../format/price-origin';
import { useConnectionsStore } from '../../stores/connections-store';
import { TableHead } from '../../components/TableHead';
import { useRemote } from '../../hooks/use-remote';

/** A fraction as a percentage: 0.383781 → "38.4 %" (one place, so a column of spreads aligns), or the limit as set: 0.01 → "1 %". */
function percent(fraction: string, fixed = true): string {
  const value = new Dec(fraction).times(100);
  return `${fixed ? value.toFixed(1) : value.toString()} %`;
}

function End({ point }: { readonly point: PricePoint }) {
  const connections = useConnectionsStore((state) => state.connections);
  const labelOf = (id: string) => connections.find((c) => c.id === id)?.label;
  return (
    <>
      <Amount kind="price" value={point.priceUsd} />
      <span className="data-checks__source muted">{describeOrigin(point.origin, labelOf)}</span>
    </>
  );
}

/**
 * Assets whose rows are valued at prices spread wider than the domain's limit: listed to look at, never
 * corrected, averaged or hidden; each row keeps the price it was read with. Asked for apart from the
 * summary, after it: the net worth shows without waiting for every asset's prices to be compared.
 */
export function DataChecksPanel() {
  const checks = useRemote(() => api.call('portfolio.priceChecks', {}), [], ['portfolio.changed', 'connections.changed']).data;
  return checks && checks.length > 0 ? <DataChecks checks={checks} /> : null;
}

function DataChecks({ checks }: { readonly checks: readonly PriceCheck[] }) {
  // The table is built when first opened: with a thousand assets apart it was most of the dashboard's first render, closed.
  const [opened, setOpened] = useState(false);
  return (
    <section className="panel panel--wide data-checks" aria-labelledby="data-checks-title">
      <h2 id="data-checks-title">Data checks</h2>
      <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
        <summary>
          {checks.length} asset{checks.length === 1 ? ' is' : 's are'} priced more than {percent(checks[0]?.limit ?? '0', false)} apart across rows:{' '}
          {checks.map((c) => c.asset).join(', ')}
        </summary>
        <p className="muted">Every row keeps the price its venue gave it, so allocation and net worth add them as read. Hover a price in Holdings for where it came from.</p>
        {opened ? (
          <table className="table table--compact" aria-label="Price spreads">
          <TableHead columns={['Asset', { label: 'Spread', num: true }, 'Lowest price', 'Highest price', { label: 'Rows', num: true }]} />
          <tbody>
            {checks.map((c) => (
              <tr key={c.asset} data-asset={c.asset}>
                <th scope="row">{c.asset}</th>
                <td className="num">
                  <Masked text={percent(c.spread)} />
                </td>
                <td>
                  <End point={c.min} />
                </td>
                <td>
                  <End point={c.max} />
                </td>
                <td className="num">{c.rows}</td>
              </tr>
            ))}
          </tbody>
          </table>
        ) : null}
      </details>
    </section>
  );
}
