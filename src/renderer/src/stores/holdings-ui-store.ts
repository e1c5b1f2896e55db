import type { ColumnFiltersState, ExpandedState, GroupingState, SortingState, Updater, VisibilityState } from '@tanstack/react-table';
import { create } from 'zustand';
import { defaultColumnVisibility } from '../views/holdings/holdings-columns';

/** How the Holdings table is sorted, filtered and grouped: kept here so it survives a switch to another view. */
interface HoldingsUiState {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  grouping: GroupingState;
  expanded: ExpandedState;
  search: string;
  hideSmall: boolean;
  columnVisibility: VisibilityState;
  setColumnVisible(id: string, visible: boolean): void;
  setSorting(updater: Updater<SortingState>): void;
  setColumnFilters(updater: Updater<ColumnFiltersState>): void;
  setGrouping(grouping: GroupingState): void;
  setExpanded(updater: Updater<ExpandedState>): void;
  setSearch(search: string): void;
  setHideSmall(hideSmall: boolean): void;
  showOnlyUnpriced(): void;
}

const apply = <T,>(updater: Updater<T>, current: T): T => (typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater);

export const useHoldingsUiStore = create<HoldingsUiState>((set) => ({
  sorting: [{ id: 'value', desc: true }],
  columnFilters: [],
  grouping: [],
  expanded: {},
  search: '',
  hideSmall: false,
  columnVisibility: defaultColumnVisibility,
  setColumnVisible: (id, visible) => set((s) => ({ columnVisibility: { ...s.columnVisibility, [id]: visible } })),
  setSorting: (updater) => set((s) => ({ sorting: apply(updater, s.sorting) })),
  setColumnFilters: (updater) => set((s) => ({ columnFilters: apply(updater, s.columnFilters) })),
  // Groups start collapsed: grouping is asked for to see the subtotals; a group opens for its detail.
  setGrouping: (grouping) => set({ grouping, expanded: {} }),
  setExpanded: (updater) => set((s) => ({ expanded: apply(updater, s.expanded) })),
  setSearch: (search) => set({ search }),
  setHideSmall: (hideSmall) => set({ hideSmall }),
  // Unpriced holdings are worth "unknown", so the small-balance filter must not hide them here.
  showOnlyUnpriced: () => set({ columnFilters: [{ id: 'value', value: 'unpriced' }], search: '', hideSmall: false, grouping: [] }),
}));
