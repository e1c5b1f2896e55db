import type { AggregationFn, ColumnDef, FilterFn, Row, SortingFn } from '@tanstack/react-table';
import { sumDecimals } from '../../../../shared/decimal';
import type { Holding } from '../../../../shared/domain/holding';
import { venues } from '../../../../shared/domain/venue';
import { Amount } from '../../components/Amount';
import { compareDecimals } from './decimal-order';

export type ColumnFilterKind = 'text' | 'venue' | 'kind' | 'priced';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match the library's declaration to merge
  interface ColumnMeta<TData, TValue> {
    readonly width: number;
    readonly numeric?: boolean;
    readonly filter?: ColumnFilterKind;
  }
}

const byDecimal: SortingFn<Holding> = (a, b, id) => compareDecimals(a.getValue<string>(id), b.getValue<string>(id));

const sumValue: AggregationFn<Holding> = (_id, leaves) => sumDecimals(leaves.flatMap((r) => (r.original.valueUsd === null ? [] : [r.original.valueUsd])));

/** A quantity subtotal only means something when every row is the same asset. */
const sumQuantity: AggregationFn<Holding> = (_id, leaves) => {
  const asset = leaves[0]?.original.asset;
  return leaves.every((r) => r.original.asset === asset) ? sumDecimals(leaves.map((r) => r.original.quantity)) : undefined;
};

const pricedFilter: FilterFn<Holding> = (row, _id, wanted: string) => (wanted === 'unpriced' ? row.original.valueUsd === null : row.original.valueUsd !== null);

const textFilter: FilterFn<Holding> = (row, id, wanted: string) => String(row.getValue(id) ?? '').toLowerCase().includes(wanted.toLowerCase());

export const holdingColumns: ColumnDef<Holding>[] = [
  { id: 'asset', header: 'Asset', accessorFn: (h) => h.asset, filterFn: textFilter, meta: { width: 120, filter: 'text' } },
  { id: 'venue', header: 'Venue', accessorFn: (h) => h.venue, filterFn: 'equalsString', cell: ({ row }) => venues[row.original.venue].name, meta: { width: 90, filter: 'venue' } },
  { id: 'account', header: 'Account', accessorFn: (h) => h.accountLabel, filterFn: textFilter, meta: { width: 170, filter: 'text' } },
  { id: 'exchange', header: 'Exchange', accessorFn: (h) => h.exchange ?? '', filterFn: textFilter, meta: { width: 100, filter: 'text' } },
  { id: 'wallet', header: 'Wallet', accessorFn: (h) => h.wallet ?? '', filterFn: textFilter, meta: { width: 90, filter: 'text' } },
  { id: 'kind', header: 'Kind', accessorFn: (h) => h.kind, filterFn: 'equalsString', meta: { width: 80, filter: 'kind' } },
  {
    id: 'quantity',
    header: 'Quantity',
    accessorFn: (h) => h.quantity,
    sortingFn: byDecimal,
    sortDescFirst: true,
    aggregationFn: sumQuantity,
    cell: ({ row }) => <Amount kind="quantity" value={row.original.quantity} asset={row.original.asset} />,
    meta: { width: 160, numeric: true },
  },
  {
    id: 'price',
    header: 'Price',
    accessorFn: (h) => h.priceUsd ?? undefined,
    sortingFn: byDecimal,
    sortDescFirst: true,
    sortUndefined: 'last',
    cell: ({ row }) => <Amount kind="price" value={row.original.priceUsd} />,
    meta: { width: 120, numeric: true },
  },
  {
    id: 'value',
    header: 'Value (USD)',
    accessorFn: (h) => h.valueUsd ?? undefined,
    sortingFn: byDecimal,
    sortDescFirst: true,
    sortUndefined: 'last',
    filterFn: pricedFilter,
    aggregationFn: sumValue,
    cell: ({ row }) => <Amount value={row.original.valueUsd} />,
    meta: { width: 150, numeric: true, filter: 'priced' },
  },
  // Grouping by account needs the venue too: two venues can both have an account called "Main".
  { id: 'accountGroup', header: 'Account', accessorFn: (h) => `${venues[h.venue].name} · ${h.accountLabel}`, meta: { width: 0 } },
];

export const groupColumnFor = { asset: 'asset', venue: 'venue', account: 'accountGroup', exchange: 'exchange' } as const;

/** Label of a group row: the venue's name rather than its id. */
export function groupLabel(row: Row<Holding>): string {
  const value = String(row.groupingValue ?? '');
  return row.groupingColumnId === 'venue' && value in venues ? venues[value as keyof typeof venues].name : value || '(none)';
}
