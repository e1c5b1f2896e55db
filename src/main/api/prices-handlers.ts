import type { Handlers } from '../../shared/contract';
import type { ManualPriceChange } from '../../shared/domain/prices';
import type { ManualPrices } from '../portfolio/manual-prices';
import type { Portfolio } from '../portfolio/portfolio';

interface Deps {
  readonly prices: ManualPrices;
  readonly portfolio: Portfolio;
  /** Reads one connection again now (the poller's sync.now). */
  readonly syncNow: (connectionId: string) => Promise<unknown>;
  readonly now: () => Date;
}

type PricesHandlers = Pick<Handlers, 'prices.list' | 'prices.set' | 'prices.remove'>;

/**
 * Manual prices. A stored read is never re-priced, so a change takes effect by reading again every
 * connection whose newest data the book priced, or could not price, for that asset: the new snapshot is
 * valued with it (a different value is a different snapshot, even when the venue's answer is the same).
 */
export function pricesHandlers({ prices, portfolio, syncNow, now }: Deps): PricesHandlers {
  const resync = async (asset: string): Promise<ManualPriceChange> => {
    const ids = portfolio.connectionsPricedByBook(asset);
    await Promise.all(ids.map((id) => syncNow(id)));
    return { prices: prices.list(), resynced: ids.length };
  };
  return {
    'prices.list': async () => prices.list(),
    'prices.set': async ({ asset, price }) => resync(prices.set(asset, price, now()).asset),
    'prices.remove': async ({ asset }) => {
      const removed = prices.remove(asset);
      return resync(removed);
    },
  };
}
