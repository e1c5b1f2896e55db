import { Fragment, useState } from 'react';
import type { UnpricedAsset } from '../../../../shared/domain/prices';
import { venues } from '../../../../shared/domain/venue-info';
import { Amount } from '../../components/Amount';
import { describeOrigin, type LabelOf } from '../../format/price-origin';
import { hrefFor } from '../../router/route';
import { useConnectionsStore } from '../../stores/connections-store';
import { ManualPriceForm } from '../settings/ManualPriceForm';
import { TableHead } from '../../components/TableHead';

function Where({ asset }: { readonly asset: UnpricedAsset }) {
  const labelOf = useLabelOf();
  return (
    <ul className="unpriced__places">
      {asset.places.map((p) => (
        <li key={`${p.connectionId}:${p.accountLabel}`}>
          <span className="unpriced__place">
            <span className={`venue-badge venue-badge--${p.venue}`}>{venues[p.venue].name}</span> {labelOf(p.connectionId) ?? p.connectionId} · {p.accountLabel}
          </span>
          <Amount kind="quantity" value={p.quantity} asset={asset.asset} className="unpriced__quantity" />
        </li>
      ))}
    </ul>
  );
}

function useLabelOf(): LabelOf {
  const connections = useConnectionsStore((state) => state.connections);
  return (id) => connections.find((c) => c.id === id)?.label;
}

/**
 * What net worth leaves out, per asset: how much, where, and what it would be worth at a price known today
 * (never added to the total, which holds only the stored reads' values). Each asset can be given a price.
 */
export function UnpricedPanel({ assets, holdings }: { readonly assets: readonly UnpricedAsset[]; readonly holdings: number }) {
  const [pricing, setPricing] = useState<string | null>(null);
  const labelOf = useLabelOf();
  return (
    <section className="panel panel--wide unpriced" id="unpriced-breakdown" aria-labelledby="unpriced-title">
      <div className="panel__header">
        <h2 id="unpriced-title">Not in net worth</h2>
        <a href={hrefFor('holdings', { unpriced: '1' })}>
          Show the {holdings} holding{holdings === 1 ? '' : 's'} in Holdings
        </a>
      </div>
      <p className="muted">
        No venue priced these when they were read, so net worth leaves them out. A value is shown where a price is known today; it is not added.
      </p>
      <div className="table-wrap">
        <table className="table table--compact" aria-label="Unpriced assets">
          <TableHead columns={['Asset', { label: 'Quantity', num: true }, 'Where', { label: 'Value at today’s price (USD)', num: true }, { label: 'Actions', hidden: true }]} />
          <tbody>
            {assets.map((a) => (
              <Fragment key={a.asset}>
                <tr data-asset={a.asset}>
                  <th scope="row">{a.asset}</th>
                  <td className="num">
                    <Amount kind="quantity" value={a.quantity} asset={a.asset} />
                  </td>
                  <td>
                    <Where asset={a} />
                  </td>
                  <td className="num unpriced__value">
                    {a.indicative ? (
                      <>
                        <Amount value={a.indicative.valueUsd} />
                        <span className="unpriced__source muted">
                          at <Amount kind="price" value={a.indicative.priceUsd} />: {describeOrigin(a.indicative.origin, labelOf)}
                        </span>
                      </>
                    ) : (
                      <span className="muted">no price</span>
                    )}
                  </td>
                  <td className="unpriced__action">
                    <button type="button" className="button button--small" onClick={() => setPricing(pricing === a.asset ? null : a.asset)} aria-expanded={pricing === a.asset} aria-label={`Set price for ${a.asset}`}>
                      Set price
                    </button>
                  </td>
                </tr>
                {pricing === a.asset ? (
                  <tr className="unpriced__form-row">
                    <td colSpan={5}>
                      <ManualPriceForm id={`price-${a.asset}`} asset={a.asset} initialPrice={a.indicative?.origin.kind === 'manual' ? a.indicative.priceUsd : ''} onDone={() => setPricing(null)} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
