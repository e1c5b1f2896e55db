import { venues } from '../../../../shared/domain/venue-info';
import { api } from '../../api/api';
import { AccountName } from '../../components/AccountName';
import { Amount } from '../../components/Amount';
import { Loadable } from '../../components/Loadable';
import { PastSnapshot } from '../../components/PastSnapshot';
import { StateMessage } from '../../components/StateMessage';
import { ViewHeader } from '../../components/ViewHeader';
import { useRemoteAt } from '../../hooks/use-remote-at';
import { TableHead } from '../../components/TableHead';

const percent = (fraction: string | null) => (fraction === null ? null : `${(Number(fraction) * 100).toFixed(2)} %`);

/** Margin health per account and exchange, worst first; unknown is shown as unknown. */
export function RiskView() {
  const { at, remote } = useRemoteAt((query) => api.call('portfolio.risk', query));
  return (
    <section className="view" aria-labelledby="risk-title">
      <ViewHeader id="risk-title" title="Risk" />
      <PastSnapshot asOf={at && remote.data?.asOf} subject="Margin as it was" />
      <Loadable data={remote.data} error={remote.error} onRetry={remote.reload} what="margin health">
        {(view) =>
          view.accounts.length === 0 ? (
            <StateMessage kind="empty" title="No margin accounts or positions">
              <p>Accounts that hold positions or report margin appear here, the one closest to liquidation first.</p>
            </StateMessage>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label="Margin health">
                <TableHead columns={['Account', 'Venue', 'Exchange', 'Status', { label: 'Equity', num: true }, { label: 'Maint. margin', num: true }, { label: 'uniMMR', num: true }, { label: 'Nearest liquidation', num: true }, { label: 'Positions', num: true }]} />
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
          )
        }
      </Loadable>
    </section>
  );
}
