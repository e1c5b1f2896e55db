import { Dec } from '../../shared/decimal';
import type { Holding } from '../../shared/domain/holding';
import type { GroupBy, HoldingGroup, HoldingsQuery } from '../../shared/domain/portfolio';
import { venues } from '../../shared/domain/venue';
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

/**
 * Stable order for flat lists: by value, largest first, unpriced last. A float is only a sort key here
 * (rounding is monotonic, so a > b between floats means a > b exactly); equal floats compare exactly.
 */
export function sortByValue(holdings: readonly Holding[]): Holding[] {
  return holdings
    .map((holding) => ({ holding, key: holding.valueUsd === null ? Number.NEGATIVE_INFINITY : Number(holding.valueUsd) }))
    .sort((a, b) => {
      if (a.key !== b.key) return b.key - a.key;
      if (a.holding.valueUsd === null || b.holding.valueUsd === null) return a.holding.valueUsd === b.holding.valueUsd ? 0 : a.holding.valueUsd === null ? 1 : -1;
      return new Dec(b.holding.valueUsd).comparedTo(a.holding.valueUsd);
    })
    .map(({ holding }) => holding);
}
