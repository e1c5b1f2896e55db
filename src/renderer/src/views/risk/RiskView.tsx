import { venues } from '../../../../shared/domain/venue';
import { api } from '../../api/api';
import { AccountName } from '../../components/AccountName';
import { Amount } from '../../components/Amount';
import { StateMessage } from '../../components/StateMessage';
import { ViewHeader } from '../../components/ViewHeader';
import { formatDateTimeSeconds } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { useTimeTravelStore } from '../../stores/time-travel-store';

const percent = (fraction: string | null) => (fraction === null ? null : `${(Number(fraction) * 100).toFixed(2)} %`);

/** Margin health per account and exchange, worst first; unknown is shown as unknown. */
export function RiskView() {
  const at = useTimeTravelStore((state) => state.at);
  const remote = useRemote(() => api.call('portfolio.risk', at ? { at } : {}), [at], at ? [] : ['portfolio.changed', 'connections.changed']);
  const view = remote.data;
  return (
    <section className="view" aria-labelledby="risk-title">
      <ViewHeader id="risk-title" title="Risk" />
      {at && view ? (
        <div className="banner banner--past" role="status">
          <strong>Past snapshot.</strong> Margin as it was on {formatDateTimeSeconds(view.asOf)}, not now.
        </div>
      ) : null}
      {remote.error && !view ? (
        <StateMessage kind="error" title="Margin health could not be loaded" onRetry={remote.reload}>
          <p>{remote.error}</p>
        </StateMessage>
      ) : !view ? (
        <StateMessage kind="loading" title="Loading margin health…" />
      ) : view.accounts.length === 0 ? (
        <StateMessage kind="empty" title="No margin accounts or positions">
          <p>Accounts that hold positions or report margin appear here, the one closest to liquidation first.</p>
        </StateMessage>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Margin health">
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Venue</th>
                <th scope="col">Exchange</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Equity</th>
                <th scope="col" className="num">Maint. margin</th>
                <th scope="col" className="num">uniMMR</th>
                <th scope="col" className="num">Nearest liquidation</th>
                <th scope="col" className="num">Positions</th>
              </tr>
            </thead>
            <tbody>
              {view.accounts.map((a) => (
                <tr key={`${a.connectionId}:${a.accountId}:${a.exchange ?? ''}`} data-account={a.accountId}>
                  <th scope="row">
                    <AccountName connectionId={a.connectionId} accountId={a.accountId} label={a.accountLabel} />
                  </th>
                  <td>{venues[a.venue].name}</td>
                  <td>{a.exchange ?? '—'}</td>
                  <td className={a.accountStatus && a.accountStatus !== 'NORMAL' ? 'text-down' : undefined}>{a.accountStatus ?? <span className="muted">unknown</span>}</td>
                  <td className="num">{a.equityUsd === null ? <span className="muted">unknown</span> : <Amount value={a.equityUsd} />}</td>
                  <td className="num">{a.maintMarginUsd === null ? <span className="muted">unknown</span> : <Amount value={a.maintMarginUsd} />}</td>
                  <td className="num">{a.uniMMR ?? <span className="muted">unknown</span>}</td>
                  <td className="num">{percent(a.nearestLiquidation) ?? <span className="muted">none</span>}</td>
                  <td className="num">{a.positions.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
