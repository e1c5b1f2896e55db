import { Dec } from '../../../../shared/decimal';
import type { UnderlyingExposure } from '../../../../shared/domain/exposure';
import { venues } from '../../../../shared/domain/venue';
import { api } from '../../api/api';
import { AccountName } from '../../components/AccountName';
import { Amount } from '../../components/Amount';
import { ExportButton } from '../../components/ExportButton';
import { StateMessage } from '../../components/StateMessage';
import { ViewHeader } from '../../components/ViewHeader';
import { formatDateTimeSeconds } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { useTimeTravelStore } from '../../stores/time-travel-store';

function stance(u: UnderlyingExposure): { label: string; className: string } {
  const sign = new Dec(u.netQuantity).comparedTo(0);
  return sign > 0 ? { label: 'Net long', className: 'text-up' } : sign < 0 ? { label: 'Net short', className: 'text-down' } : { label: 'Flat', className: 'muted' };
}

/** Net long, short or flat per coin across every venue, and where each leg sits. */
export function ExposureView() {
  const at = useTimeTravelStore((state) => state.at);
  const remote = useRemote(() => api.call('portfolio.exposure', at ? { at } : {}), [at], at ? [] : ['portfolio.changed', 'connections.changed']);
  const view = remote.data;
  return (
    <section className="view" aria-labelledby="exposure-title">
      <ViewHeader id="exposure-title" title="Exposure">
        <ExportButton request={{ report: 'exposure', at: at ?? undefined }} label="Export exposure" />
      </ViewHeader>
      {at && view ? (
        <div className="banner banner--past" role="status">
          <strong>Past snapshot.</strong> Exposure as it was on {formatDateTimeSeconds(view.asOf)}, not now.
        </div>
      ) : null}
      {remote.error && !view ? (
        <StateMessage kind="error" title="Exposure could not be loaded" onRetry={remote.reload}>
          <p>{remote.error}</p>
        </StateMessage>
      ) : !view ? (
        <StateMessage kind="loading" title="Loading exposure…" />
      ) : view.underlyings.length === 0 && view.cash.length === 0 ? (
        <StateMessage kind="empty" title="Nothing held yet">
          <p>Once a connection is read, each coin you hold or trade shows here with its spot and perp legs.</p>
        </StateMessage>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table" aria-label="Net exposure per coin">
              <thead>
                <tr>
                  <th scope="col">Coin</th>
                  <th scope="col">Stance</th>
                  <th scope="col" className="num">Spot</th>
                  <th scope="col" className="num">Perp</th>
                  <th scope="col" className="num">Net</th>
                  <th scope="col" className="num">Net (USD)</th>
                  <th scope="col" className="num">Gross (USD)</th>
                  <th scope="col">Legs</th>
                </tr>
              </thead>
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
      )}
    </section>
  );
}
