import { memo, useState, type ReactNode } from 'react';
import type { Position } from '../../../../shared/domain/portfolio';
import { venues } from '../../../../shared/domain/venue-info';
import { AccountName } from '../../components/AccountName';
import { Amount } from '../../components/Amount';
import { ColumnPicker } from '../../components/ColumnPicker';
import { byDistanceToLiquidation } from './positions-order';

function Leverage({ value }: { readonly value: string | null }) {
  return value === null ? <span className="muted">—</span> : <span title={value}>{value}×</span>;
}

/** Distance to liquidation as a percentage of the mark; under 10 % it is flagged. */
function Distance({ value }: { readonly value: string | null }) {
  if (value === null) return <span className="muted">—</span>;
  const percent = Number(value) * 100;
  return (
    <span className={percent < 10 ? 'text-down' : undefined} title={value}>
      {percent.toFixed(2)} %
    </span>
  );
}

interface PositionColumn {
  readonly id: string;
  readonly label: string;
  readonly numeric?: boolean;
  /** Offered in the column picker; hidden at first when `hidden` too. */
  readonly optional?: boolean;
  readonly hidden?: boolean;
  readonly cell: (p: Position) => ReactNode;
}

const columns: readonly PositionColumn[] = [
  { id: 'instrument', label: 'Instrument', cell: (p) => p.asset },
  { id: 'venue', label: 'Venue', optional: true, hidden: true, cell: (p) => venues[p.venue].name },
  { id: 'account', label: 'Account', optional: true, cell: (p) => <AccountName className="cell--clip" connectionId={p.connectionId} accountId={p.accountId} label={p.accountLabel} /> },
  { id: 'exchange', label: 'Exchange', optional: true, hidden: true, cell: (p) => p.exchange ?? '—' },
  { id: 'side', label: 'Side', cell: (p) => <span className={`side side--${p.side}`}>{p.side}</span> },
  { id: 'size', label: 'Size', numeric: true, cell: (p) => <Amount kind="quantity" value={p.quantity} /> },
  { id: 'notional', label: 'Notional', numeric: true, cell: (p) => <Amount value={p.exposureUsd} /> },
  { id: 'entry', label: 'Entry', numeric: true, optional: true, hidden: true, cell: (p) => <Amount kind="price" value={p.entryPrice} /> },
  { id: 'mark', label: 'Mark', numeric: true, cell: (p) => <Amount kind="price" value={p.markPrice} /> },
  {
    id: 'liquidation',
    label: 'Liq. price',
    numeric: true,
    // Null is the venue saying it cannot be liquidated (or giving no estimate): never shown as 0.
    cell: (p) => (p.liquidationPrice === null ? <span className="muted" title="No liquidation price: the venue gives none, or the position cannot be liquidated">none</span> : <Amount kind="price" value={p.liquidationPrice} />),
  },
  { id: 'distance', label: 'To liq.', numeric: true, cell: (p) => <Distance value={p.distanceToLiquidation} /> },
  { id: 'upnl', label: 'uPnL', numeric: true, cell: (p) => <Amount value={p.unrealizedPnl} className={p.unrealizedPnl?.startsWith('-') ? 'text-down' : 'text-up'} /> },
  { id: 'leverage', label: 'Leverage', numeric: true, cell: (p) => <Leverage value={p.leverage} /> },
  { id: 'initialMargin', label: 'Initial margin', numeric: true, optional: true, hidden: true, cell: (p) => <Amount value={p.initialMargin} /> },
  { id: 'maintMargin', label: 'Maint. margin', numeric: true, optional: true, hidden: true, cell: (p) => <Amount value={p.maintMargin} /> },
  { id: 'marginBalance', label: 'Margin balance', numeric: true, optional: true, hidden: true, cell: (p) => <Amount value={p.marginBalance} /> },
];

const pickable = columns.filter((c) => c.optional);
const initialVisibility = Object.fromEntries(columns.filter((c) => c.hidden).map((c) => [c.id, false]));

/** Positions are few (tens, not thousands), so a plain table is enough here; the key columns fit 1280 px. */
export const PositionsTable = memo(function PositionsTable({ positions }: { readonly positions: readonly Position[] }) {
  const [visibility, setVisibility] = useState<Record<string, boolean>>(initialVisibility);
  const shown = columns.filter((c) => visibility[c.id] !== false);
  return (
    <>
      <div className="toolbar toolbar--end">
        <ColumnPicker columns={pickable} visibility={visibility} onChange={(id, visible) => setVisibility((v) => ({ ...v, [id]: visible }))} />
      </div>
      <div className="table-scroll table-scroll--fill" tabIndex={0} aria-label="Positions table, scrollable">
        <table className="table table--positions" aria-label="Positions">
          <caption className="visually-hidden">Sorted by distance to liquidation, closest first</caption>
          <thead>
            <tr>
              {shown.map((c) => (
                <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {byDistanceToLiquidation(positions).map((p) => (
              <tr key={`${p.connectionId}|${p.accountId}|${p.wallet ?? ''}|${p.exchange ?? ''}|${p.asset}|${p.side}`}>
                {shown.map((c) => (
                  <td key={c.id} className={c.numeric ? 'num' : undefined} data-column={c.id}>
                    {c.cell(p)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
});
