import type { Column } from '@tanstack/react-table';
import type { Holding } from '../../../../shared/domain/holding';
import { VenueId } from '../../../../shared/domain/venue';
import { venues } from '../../../../shared/domain/venue-info';
import type { ColumnFilterKind } from './holdings-columns';

/** The values a choice filter offers, with the words shown for them. */
const choices: Record<Exclude<ColumnFilterKind, 'text'>, readonly (readonly [string, string])[]> = {
  venue: VenueId.options.map((id) => [id, venues[id].name] as const),
  kind: [
    ['token', 'Token'],
    ['position', 'Position'],
  ],
  priced: [
    ['priced', 'Priced'],
    ['unpriced', 'Unpriced'],
  ],
};

/** The filter control under a column's heading: text, or a choice where the values are few and known. */
export function ColumnFilter({ column, title }: { readonly column: Column<Holding>; readonly title: string }) {
  const kind = column.columnDef.meta?.filter;
  const value = (column.getFilterValue() as string | undefined) ?? '';
  const set = (next: string) => column.setFilterValue(next === '' ? undefined : next);
  const label = `Filter ${title}`;
  if (kind === 'text') return <input className="filter" aria-label={label} value={value} onChange={(e) => set(e.target.value)} placeholder="Filter" />;
  if (!kind) return null;
  const options = choices[kind];
  return (
    <select className="filter" aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
      <option value="">All</option>
      {options.map(([id, name]) => (
        <option key={id} value={id}>
          {name}
        </option>
      ))}
    </select>
  );
}
