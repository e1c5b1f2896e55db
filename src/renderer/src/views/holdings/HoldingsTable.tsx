import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type Row,
  type Table,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef } from 'react';
import { sumDecimals } from '../../../../shared/decimal';
import type { Holding } from '../../../../shared/domain/holding';
import { Amount } from '../../components/Amount';
import { useHoldingsUiStore } from '../../stores/holdings-ui-store';
import { useSettingsStore } from '../../stores/settings-store';
import { ColumnFilter } from './ColumnFilter';
import { groupLabel, holdingColumns } from './holdings-columns';
import { HoldingsTotals } from './HoldingsTotals';
import { visibleHoldings } from './visible-holdings';

const ROW_HEIGHT = 33;

/** A group's heading row: its toggle and name across the text columns, then its subtotals under the numbers. */
function GroupRow({ row, table, index }: { readonly row: Row<Holding>; readonly table: Table<Holding>; readonly index: number }) {
  const label = groupLabel(row);
  const columns = table.getVisibleLeafColumns();
  const textColumns = columns.findIndex((column) => column.columnDef.meta?.numeric);
  const cellValue = (id: string) => row.getAllCells().find((c) => c.column.id === id)?.getValue<string | undefined>();
  const quantity = cellValue('quantity');
  return (
    <tr className="group-row" data-group={label} aria-rowindex={index + 3}>
      <td colSpan={textColumns}>
        <button type="button" className="group-toggle" onClick={row.getToggleExpandedHandler()} aria-expanded={row.getIsExpanded()}>
          <span aria-hidden="true">{row.getIsExpanded() ? '▾' : '▸'}</span> {label} <span className="muted">({row.getLeafRows().length})</span>
        </button>
      </td>
      {columns.slice(textColumns).map((column) => (
        <td key={column.id} className="num">
          {column.id === 'value' ? <Amount value={cellValue('value') ?? '0'} /> : null}
          {column.id === 'quantity' && quantity !== undefined ? <Amount kind="quantity" value={quantity} asset={label} /> : null}
        </td>
      ))}
    </tr>
  );
}

interface HoldingsTableProps {
  readonly holdings: readonly Holding[];
  readonly past: boolean;
}

/**
 * Every holding in one table: sorted, filtered and grouped in memory by TanStack Table, and only the rows
 * in view (plus a few) are in the DOM, so 20 000 rows scroll like 50. Its state is in the holdings UI
 * store, and it re-renders only when that state or the holdings change.
 */
export const HoldingsTable = memo(function HoldingsTable({ holdings, past }: HoldingsTableProps) {
  const sorting = useHoldingsUiStore((s) => s.sorting);
  const columnFilters = useHoldingsUiStore((s) => s.columnFilters);
  const grouping = useHoldingsUiStore((s) => s.grouping);
  const expanded = useHoldingsUiStore((s) => s.expanded);
  const search = useHoldingsUiStore((s) => s.search);
  const hideSmall = useHoldingsUiStore((s) => s.hideSmall);
  const columnVisibility = useHoldingsUiStore((s) => s.columnVisibility);
  const threshold = useSettingsStore((s) => s.settings.smallBalanceUsd);
  const { setSorting, setColumnFilters, setExpanded } = useHoldingsUiStore.getState();
  const data = useMemo(() => visibleHoldings(holdings, search, hideSmall ? threshold : null), [holdings, search, hideSmall, threshold]);

  const table = useReactTable({
    data,
    columns: holdingColumns,
    state: { sorting, columnFilters, grouping, expanded, columnVisibility },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onExpandedChange: setExpanded,
    groupedColumnMode: false,
    autoResetExpanded: false,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });

  const filtered = table.getFilteredRowModel().rows;
  const totals = useMemo(() => {
    const priced = filtered.flatMap((r) => (r.original.valueUsd === null ? [] : [r.original.valueUsd]));
    return { count: filtered.length, totalUsd: sumDecimals(priced), unpriced: filtered.length - priced.length };
  }, [filtered]);

  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columns = table.getVisibleLeafColumns();
  // Never narrower than its columns: a number is scrolled to, never cut.
  const minWidth = columns.reduce((sum, column) => sum + (column.columnDef.meta?.width ?? 0), 0);

  return (
    <>
      <HoldingsTotals count={totals.count} of={holdings.length} totalUsd={totals.totalUsd} unpriced={totals.unpriced} past={past} />
      <div ref={scrollRef} className={past ? 'table-scroll table-scroll--past' : 'table-scroll'} tabIndex={0} aria-label="Holdings table, scrollable">
        <table className="table table--holdings" aria-label="Holdings" aria-rowcount={rows.length + 2} style={{ minWidth }}>
          <colgroup>
            {columns.map((column) => (
              <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const sorted = column.getIsSorted();
                const title = String(column.columnDef.header);
                return (
                  <th key={column.id} scope="col" className={column.columnDef.meta?.numeric ? 'num' : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
                      {title}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
            <tr className="filter-row" aria-rowindex={2}>
              {columns.map((column) => (
                <td key={column.id}>
                  <ColumnFilter column={column} title={String(column.columnDef.header)} />
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 ? <tr aria-hidden="true" style={{ height: padTop }} /> : null}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              if (row.getIsGrouped()) return <GroupRow key={row.id} row={row} table={table} index={item.index} />;
              // Row indices count the two header rows, so assistive tech knows where it is in the whole table.
              return (
                <tr key={row.id} className={row.depth > 0 ? 'row--nested' : undefined} aria-rowindex={item.index + 3}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'num' : undefined} data-column={cell.column.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="table-empty muted">No holdings match these filters.</p> : null}
      </div>
    </>
  );
});
