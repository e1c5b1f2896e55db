import type { GroupBy } from '../../../../shared/domain/portfolio';
import { formatUsd } from '../../format/amount';
import { useHoldingsUiStore } from '../../stores/holdings-ui-store';
import { useSettingsStore } from '../../stores/settings-store';
import { ColumnPicker } from '../../components/ColumnPicker';
import { groupColumnFor, holdingColumns } from './holdings-columns';

const groupNames: Record<GroupBy, string> = { asset: 'Asset', venue: 'Venue', account: 'Account', exchange: 'Exchange' };
const optionalColumns = holdingColumns.flatMap((c) => (c.meta?.optional && c.id ? [{ id: c.id, label: String(c.header) }] : []));
const columnToGroup = Object.fromEntries(Object.entries(groupColumnFor).map(([group, column]) => [column, group])) as Record<string, GroupBy>;

export function HoldingsToolbar() {
  const search = useHoldingsUiStore((s) => s.search);
  const grouping = useHoldingsUiStore((s) => s.grouping);
  const hideSmall = useHoldingsUiStore((s) => s.hideSmall);
  const threshold = useSettingsStore((s) => s.settings.smallBalanceUsd);
  const columnVisibility = useHoldingsUiStore((s) => s.columnVisibility);
  const { setSearch, setGrouping, setHideSmall, setColumnVisible } = useHoldingsUiStore.getState();
  const groupBy = grouping[0] ? (columnToGroup[grouping[0]] ?? '') : '';

  return (
    <div className="toolbar" role="group" aria-label="Holdings filters">
      <input type="search" className="toolbar__search" aria-label="Search holdings" placeholder="Search asset, account, exchange…" value={search} onChange={(e) => setSearch(e.target.value)} />
      <label className="toolbar__item">
        Group by{' '}
        <select value={groupBy} onChange={(e) => setGrouping(e.target.value ? [groupColumnFor[e.target.value as GroupBy]] : [])}>
          <option value="">None</option>
          {(Object.keys(groupNames) as GroupBy[]).map((g) => (
            <option key={g} value={g}>
              {groupNames[g]}
            </option>
          ))}
        </select>
      </label>
      <ColumnPicker columns={optionalColumns} visibility={columnVisibility} onChange={setColumnVisible} />
      <label className="toolbar__item">
        <input type="checkbox" checked={hideSmall} onChange={(e) => setHideSmall(e.target.checked)} /> Hide balances under {formatUsd(threshold)}
      </label>
    </div>
  );
}
