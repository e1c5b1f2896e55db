import type { Column } from '@tanstack/react-table';
import type { Holding } from '../../../../shared/domain/holding';
import { VenueId, venues } from '../../../../shared/domain/venue';

/** The filter control under a column's heading: text, or a choice where the values are few and known. */
export function ColumnFilter({ column, title }: { readonly column: Column<Holding>; readonly title: string }) {
  const kind = column.columnDef.meta?.filter;
  const value = (column.getFilterValue() as string | undefined) ?? '';
  const set = (next: string) => column.setFilterValue(next === '' ? undefined : next);
  const label = `Filter ${title}`;
  if (kind === 'text') return <input className="filter" aria-label={label} value={value} onChange={(e) => set(e.target.value)} placeholder="Filter" />;
  if (kind === 'venue')
    return (
      <select className="filter" aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">All</option>
        {VenueId.options.map((id) => (
          <option key={id} value={id}>
            {venues[id].name}
          </option>
        ))}
      </select>
    );
  if (kind === 'kind')
    return (
      <select className="filter" aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">All</option>
        <option value="token">Token</option>
        <option value="position">Position</option>
      </select>
    );
  if (kind === 'priced')
    return (
      <select className="filter" aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">All</option>
        <option value="priced">Priced</option>
        <option value="unpriced">Unpriced</option>
      </select>
    );
  return null;
}
