import { Dec } from '../../../../shared/decimal';
import type { UnderlyingExposure } from '../../../../shared/domain/exposure';
import { venues } from '../../../../shared/domain/venue-info';
import { api } from '../../api/api';
import { AccountName } from '../../components/AccountName';
import { Amount } from '../../components/Amount';
import { ExportButton } from '../../components/ExportButton';
import { Loadable } from '../../components/Loadable';
import { PastSnapshot } from '../../components/PastSnapshot';
import { StateMessage } from '../../components/StateMessage';
import { ViewHeader } from '../../components/ViewHeader';
import { useRemoteAt } from '../../hooks/use-remote-at';
import { TableHead } from '../../components/TableHead';

function stance(u: UnderlyingExposure): { label: string; className: string } {
  const sign = new Dec(u.netQuantity).comparedTo(0);
  return sign > 0 ? { label: 'Net long', className: 'text-up' } : sign < 0 ? { label: 'Net short', className: 'text-down' } : { label: 'Flat', className: 'muted' };
}

/** Net long, short or flat per coin across every venue, and where each leg sits. */
export function ExposureView() {
  const { at, remote } = useRemoteAt((query) => api.call('portfolio.exposure', query));
  return (
    <section className="view" aria-labelledby="exposure-title">
      <ViewHeader id="exposure-title" title="Exposure">
        <ExportButton request={{ report: 'exposure', at: at ?? undefined }} label="Export exposure" />
      </ViewHeader>
      <PastSnapshot asOf={at && remote.data?.asOf} subject="Exposure as it was" />
      <Loadable data={remote.data} error={remote.error} onRetry={remote.reload} what="exposure">
        {(view) =>
          view.underlyings.length === 0 && view.cash.length === 0 ? (
            <StateMessage kind="empty" title="Nothing held yet">
              <p>Once a connection is read, each coin you hold or trade shows here with its spot and perp legs.</p>
            </StateMessage>
          ) : (
            <>
              <div className="table-wrap">
                <table className="table" aria-label="Net exposure per coin">
                  <TableHead columns={['Coin', 'Stance', { label: 'Spot', num: true }, { label: 'Perp', num: true }, { label: 'Net', num: true }, { label: 'Net (USD)', num: true }, { label: 'Gross (USD)', num: true }, 'Legs']} />
                  <tbody>
                    {view.underlyings.map((u) => {
                      const s = stance(u);
                      return (
                        <tr key={u.underlying} data-underlying={u.underlying}>
                          <th scope="row">{u.underlying}</th>
                          <td className={s.className}>{s.label}</td>
                          <td className="num">{u.spotQuantity}</td>
                          <td className="num">{u.perpQuantity}</td>
                          <td className="num">{u.netQuantity}</td>
                          <td className="num">{u.netUsd === null ? <span className="muted">unpriced</span> : <Amount value={u.netUsd} />}</td>
                          <td className="num">{u.grossUsd === null ? <span className="muted">unpriced</span> : <Amount value={u.grossUsd} />}</td>
                          <td>
                            <ul className="legs">
                              {u.legs.map((leg, i) => (
                                <li key={i} title={leg.exchange ?? undefined}>
                                  {venues[leg.venue].name} · <AccountName connectionId={leg.connectionId} accountId={leg.accountId} label={leg.accountLabel} /> {leg.kind} {leg.instrument}: {leg.quantity}
                                </li>
                              ))}
                            </ul>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {view.cash.length > 0 ? (
                <section className="panel" aria-labelledby="cash-title">
                  <h2 id="cash-title">Cash (stablecoins)</h2>
                  <table className="table" aria-label="Cash">
                    <tbody>
                      {view.cash.map((c) => (
                        <tr key={c.asset}>
                          <th scope="row">{c.asset}</th>
                          <td className="num">{c.quantity}</td>
                          <td className="num">{c.valueUsd === null ? <span className="muted">unpriced</span> : <Amount value={c.valueUsd} />}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              ) : null}
            </>
          )
        }
      </Loadable>
    </section>
  );
}
