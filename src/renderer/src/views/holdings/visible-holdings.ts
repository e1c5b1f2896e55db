import { Dec } from '../../../../shared/decimal';
import type { Holding } from '../../../../shared/domain/holding';
import { searchText } from './search-text';

/**
 * Free-text search and the small-balance filter, applied before the table sees the rows. A token worth
 * less than the threshold is hidden; an unpriced one is not (its value is unknown, not small), nor a position.
 */
export function visibleHoldings(holdings: readonly Holding[], search: string, smallBalanceUsd: string | null): Holding[] {
  const needle = search.trim().toLowerCase();
  const threshold = smallBalanceUsd === null ? null : new Dec(smallBalanceUsd);
  return holdings.filter(
    (h) =>
      (!needle || searchText(h).includes(needle)) &&
      !(threshold && h.kind === 'token' && h.valueUsd !== null && new Dec(h.valueUsd).abs().lt(threshold)),
  );
}
