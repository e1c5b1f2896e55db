import { memo } from 'react';
import type { Position } from '../../../../shared/domain/portfolio';
import { venues } from '../../../../shared/domain/venue';
import { Amount } from '../../components/Amount';

function Leverage({ value }: { readonly value: string | null }) {
  return value === null ? <span className="muted">—</span> : <span title={value}>{value}×</span>;
}

/** Positions are few (tens, not thousands), so a plain table is enough here. */
export const PositionsTable = memo(function PositionsTable({ positions }: { readonly positions: readonly Position[] }) {
  return (
    <div className="table-scroll table-scroll--auto" tabIndex={0} aria-label="Positions table, scrollable">
      <table className="table table--positions" aria-label="Positions">
        <thead>
          <tr>
            <th scope="col">Instrument</th>
            <th scope="col">Venue</th>
            <th scope="col">Account</th>
            <th scope="col">Exchange</th>
            <th scope="col">Side</th>
            <th scope="col" className="num">Size</th>
            <th scope="col" className="num">Notional</th>
            <th scope="col" className="num">Entry</th>
            <th scope="col" className="num">Mark</th>
            <th scope="col" className="num">uPnL</th>
            <th scope="col" className="num">Leverage</th>
            <th scope="col" className="num">Initial margin</th>
            <th scope="col" className="num">Maint. margin</th>
            <th scope="col" className="num">Margin balance</th>
          </tr>
        </thead>
        <tbody>
          {positions.map((p) => (
            <tr key={`${p.connectionId}|${p.accountId}|${p.wallet ?? ''}|${p.exchange ?? ''}|${p.asset}`}>
              <td>{p.asset}</td>
              <td>{venues[p.venue].name}</td>
              <td className="cell--clip" title={p.accountLabel}>
                {p.accountLabel}
              </td>
              <td>{p.exchange ?? '—'}</td>
              <td>
                <span className={`side side--${p.side}`}>{p.side}</span>
              </td>
              <td className="num">
                <Amount kind="quantity" value={p.quantity} />
              </td>
              <td className="num">
                <Amount value={p.exposureUsd} />
              </td>
              <td className="num">
                <Amount kind="price" value={p.entryPrice} />
              </td>
              <td className="num">
                <Amount kind="price" value={p.markPrice} />
              </td>
              <td className="num">
                <Amount value={p.unrealizedPnl} className={p.unrealizedPnl?.startsWith('-') ? 'text-down' : 'text-up'} />
              </td>
              <td className="num">
                <Leverage value={p.leverage} />
              </td>
              <td className="num">
                <Amount value={p.initialMargin} />
              </td>
              <td className="num">
                <Amount value={p.maintMargin} />
              </td>
              <td className="num">
                <Amount value={p.marginBalance} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
