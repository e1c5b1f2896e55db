import type { Holding } from '../../../../shared/domain/holding';
import { venues } from '../../../../shared/domain/venue-info';

const cache = new WeakMap<Holding, string>();

/** The lower-case text free-text search matches against, built once per holding. */
export function searchText(holding: Holding): string {
  let text = cache.get(holding);
  if (text === undefined) {
    text = [holding.asset, venues[holding.venue].name, holding.accountLabel, holding.accountId, holding.exchange ?? '', holding.wallet ?? '']
      .join('\u0000')
      .toLowerCase();
    cache.set(holding, text);
  }
  return text;
}
