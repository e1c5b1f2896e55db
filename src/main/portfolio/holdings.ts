import { Dec } from '../../shared/decimal';
import type { Holding } from '../../shared/domain/holding';
import type { GroupBy, HoldingGroup, HoldingsQuery } from '../../shared/domain/portfolio';
import { venues } from '../../shared/domain/venue-info';
import { totalsOf } from './valuation';

export function filterHoldings(holdings: readonly Holding[], filter: HoldingsQuery['filter']): Holding[] {
  if (!filter) return [...holdings];
  const text = filter.text?.trim().toLowerCase();
  return holdings.filter(
    (h) =>
      (!filter.venue || h.venue === filter.venue) &&
      (!filter.connectionId || h.connectionId === filter.connectionId) &&
      (!filter.kind || h.kind === filter.kind) &&
      (!text || [h.asset, h.accountLabel, h.accountId, h.exchange ?? '', h.wallet ?? '', venues[h.venue].name].some((field) => field.toLowerCase().includes(text))),
  );
}

function groupKey(holding: Holding, by: GroupBy): string {
  switch (by) {
    case 'asset':
      return holding.asset;
    case 'venue':
      return holding.venue;
    case 'account':
      return `${holding.venue}:${holding.accountLabel}`;
    case 'exchange':
      return holding.exchange ?? '(none)';
  }
}

/** Groups with subtotals, largest value first; each group's value is the sum of its rows. */
export function groupHoldings(holdings: readonly Holding[], by: GroupBy): HoldingGroup[] {
  const groups = new Map<string, Holding[]>();
  for (const holding of holdings) {
    const key = groupKey(holding, by);
    const list = groups.get(key);
    if (list) list.push(holding);
    else groups.set(key, [holding]);
  }
  return [...groups.entries()]
    .map(([key, members]) => {
      const totals = totalsOf(members);
      return { key, valueUsd: totals.totalUsd, unpricedCount: totals.unpricedCount, holdings: members };
    })
    .sort((a, b) => new Dec(b.valueUsd).comparedTo(a.valueUsd) || a.key.localeCompare(b.key));
}

/** A holding's sort key: a float is only a key (rounding is monotonic, so a > b between floats means a > b exactly). */
export function valueKey(valueUsd: string | null): number {
  return valueUsd === null ? Number.NEGATIVE_INFINITY : Number(valueUsd);
}

/** The flat lists' order: by value, largest first, unpriced last; equal floats compare exactly. */
export function compareByValue(aKey: number, aValue: string | null, bKey: number, bValue: string | null): number {
  if (aKey !== bKey) return bKey - aKey;
  if (aValue === null || bValue === null) return aValue === bValue ? 0 : aValue === null ? 1 : -1;
  return aValue === bValue ? 0 : new Dec(bValue).comparedTo(aValue);
}

/** Stable order for flat lists (compareByValue). */
export function sortByValue(holdings: readonly Holding[]): Holding[] {
  return holdings
    .map((holding) => ({ holding, key: valueKey(holding.valueUsd) }))
    .sort((a, b) => compareByValue(a.key, a.holding.valueUsd, b.key, b.holding.valueUsd))
    .map(({ holding }) => holding);
}
