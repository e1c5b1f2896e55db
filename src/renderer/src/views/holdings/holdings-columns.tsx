import type { AggregationFn, ColumnDef, FilterFn, Row, SortingFn } from '@tanstack/react-table';
import { sumDecimals } from '../../../../shared/decimal';
import type { Holding } from '../../../../shared/domain/holding';
import { venues } from '../../../../shared/domain/venue-info';
import { AccountName } from '../../components/AccountName';
import { Amount } from '../../components/Amount';
import { compareDecimals } from './decimal-order';
import { PriceCell } from './price-origins';

export type ColumnFilterKind = 'text' | 'venue' | 'kind' | 'priced';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match the library's declaration to merge
  interface ColumnMeta<TData, TValue> {
    readonly width: number;
    readonly numeric?: boolean;
    readonly filter?: ColumnFilterKind;
    /** Offered in the column picker; columns without it are always shown (or, for helpers, never). */
    readonly optional?: boolean;
  }
}

const byDecimal: SortingFn<Holding> = (a, b, id) => compareDecimals(a.getValue<string>(id), b.getValue<string>(id));

/** How every amount column sorts: by exact decimal, largest first, and an unknown amount (unpriced) last either way. */
const amountSorting = { sortingFn: byDecimal, sortDescFirst: true, sortUndefined: 'last' } satisfies Partial<ColumnDef<Holding>>;

const sumValue: AggregationFn<Holding> = (_id, leaves) => sumDecimals(leaves.flatMap((r) => (r.original.valueUsd === null ? [] : [r.original.valueUsd])));

/** A quantity subtotal only means something when every row is the same asset. */
const sumQuantity: AggregationFn<Holding> = (_id, leaves) => {
  const asset = leaves[0]?.original.asset;
  return leaves.every((r) => r.original.asset === asset) ? sumDecimals(leaves.map((r) => r.original.quantity)) : undefined;
};

const pricedFilter: FilterFn<Holding> = (row, _id, wanted: string) => (wanted === 'unpriced' ? row.original.valueUsd === null : row.original.valueUsd !== null);

const textFilter: FilterFn<Holding> = (row, id, wanted: string) => String(row.getValue(id) ?? '').toLowerCase().includes(wanted.toLowerCase());

export const holdingColumns: ColumnDef<Holding>[] = [
  {
    id: 'asset',
    header: 'Asset',
    accessorFn: (h) => h.asset,
    filterFn: textFilter,
    // A perp is not a product of price and quantity: it says so where the eye lands first.
    cell: ({ row }) =>
      row.original.kind === 'position' ? (
        <>
          {row.original.asset} <span className="tag tag--position">Position</span>
        </>
      ) : (
        row.original.asset
      ),
    meta: { width: 190, filter: 'text' },
  },
  { id: 'venue', header: 'Venue', accessorFn: (h) => h.venue, filterFn: 'equalsString', cell: ({ row }) => venues[row.original.venue].name, meta: { width: 100, filter: 'venue', optional: true } },
  {
    id: 'account',
    header: 'Account',
    accessorFn: (h) => h.accountLabel,
    filterFn: textFilter,
    cell: ({ row }) => <AccountName connectionId={row.original.connectionId} accountId={row.original.accountId} label={row.original.accountLabel} />,
    meta: { width: 170, filter: 'text', optional: true },
  },
  { id: 'exchange', header: 'Exchange', accessorFn: (h) => h.exchange ?? '', filterFn: textFilter, meta: { width: 110, filter: 'text', optional: true } },
  { id: 'wallet', header: 'Wallet', accessorFn: (h) => h.wallet ?? '', filterFn: textFilter, meta: { width: 100, filter: 'text', optional: true } },
  { id: 'kind', header: 'Kind', accessorFn: (h) => h.kind, filterFn: 'equalsString', meta: { width: 100, filter: 'kind', optional: true } },
  {
    id: 'quantity',
    header: 'Quantity',
    accessorFn: (h) => h.quantity,
    ...amountSorting,
    aggregationFn: sumQuantity,
    cell: ({ row }) => <Amount kind="quantity" value={row.original.quantity} asset={row.original.asset} />,
    meta: { width: 170, numeric: true },
  },
  {
    id: 'price',
    header: 'Price',
    accessorFn: (h) => h.priceUsd ?? undefined,
    ...amountSorting,
    // Where the price came from is on hover, and a manual price says so in the row.
    cell: ({ row }) => <PriceCell holding={row.original} />,
    meta: { width: 150, numeric: true },
  },
  {
    id: 'value',
    header: 'Value (USD)',
    accessorFn: (h) => h.valueUsd ?? undefined,
    ...amountSorting,
    filterFn: pricedFilter,
    aggregationFn: sumValue,
    // A position's value is its unrealised PnL, which is what it adds to net worth.
    cell: ({ row }) => (
      <>
        {row.original.kind === 'position' ? <span className="cell-label">uPnL </span> : null}
        <Amount value={row.original.valueUsd} />
      </>
    ),
    meta: { width: 180, numeric: true, filter: 'priced' },
  },
  // Grouping by account needs the venue too: two venues can both have an account called "Main".
  { id: 'accountGroup', header: 'Account', accessorFn: (h) => `${venues[h.venue].name} · ${h.accountLabel}`, meta: { width: 0 } },
];

/** Shown unless the user picks otherwise: the key columns fit 1280 px without sideways scrolling. */
export const defaultColumnVisibility: Record<string, boolean> = { account: false, wallet: false, kind: false, accountGroup: false };

export const groupColumnFor = { asset: 'asset', venue: 'venue', account: 'accountGroup', exchange: 'exchange' } as const;

/** Label of a group row: the venue's name rather than its id. */
export function groupLabel(row: Row<Holding>): string {
  const value = String(row.groupingValue ?? '');
  return row.groupingColumnId === 'venue' && value in venues ? venues[value as keyof typeof venues].name : value || '(none)';
}
