import { useEffect, useState } from 'react';
import { Amount } from '../../components/Amount';
import { formatDateTime } from '../../format/date';
import { errorMessage } from '../../stores/error-message';
import { useManualPricesStore } from '../../stores/manual-prices-store';
import { ManualPriceForm } from './ManualPriceForm';
import { TableHead } from '../../components/TableHead';
import { ErrorLine } from '../../components/ErrorNotice';

/** Settings › Manual prices: the user's USD prices for assets no venue prices; venue prices always win. */
export function ManualPricesPanel() {
  const { prices, loaded, error } = useManualPricesStore();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  useEffect(() => {
    void useManualPricesStore.getState().load();
  }, []);

  async function remove(asset: string) {
    setRemoveError(null);
    setRemoving(asset);
    try {
      await useManualPricesStore.getState().remove(asset);
    } catch (e) {
      setRemoveError(errorMessage(e));
    } finally {
      setRemoving(null);
    }
  }

  return (
    <section className="panel manual-prices" aria-labelledby="manual-prices-title">
      <h2 id="manual-prices-title">Manual prices</h2>
      <p className="muted">
        A USD price for an asset no venue prices, such as a fiat balance. It values that asset only where no venue gives a price, and each row valued by it is marked
        manual with the date it was set. Saving or removing one reads the connections that hold the asset again.
      </p>
      <ErrorLine message={error} />
      <ErrorLine message={removeError} />
      {loaded && prices.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--compact" aria-label="Manual prices">
            <TableHead columns={['Asset', { label: 'Price (USD)', num: true }, 'Set', { label: 'Actions', hidden: true }]} />
            <tbody>
              {prices.map((p) => (
                <tr key={p.asset} data-asset={p.asset}>
                  <th scope="row">{p.asset}</th>
                  <td className="num">
                    <Amount kind="price" value={p.priceUsd} />
                  </td>
                  <td>
                    <time dateTime={p.setAt}>{formatDateTime(p.setAt)}</time>
                  </td>
                  <td>
                    <button type="button" className="button button--small button--danger-quiet" disabled={removing !== null} onClick={() => void remove(p.asset)} aria-label={`Remove the manual price of ${p.asset}`}>
                      {removing === p.asset ? 'Removing…' : 'Remove'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : loaded ? (
        <p className="muted">No manual prices.</p>
      ) : null}
      <ManualPriceForm id="manual-price-new" />
    </section>
  );
}
