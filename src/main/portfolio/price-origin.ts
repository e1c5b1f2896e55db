import type { Holding } from '../../shared/domain/holding';
import { originOfRow, type PriceOrigin } from '../../shared/domain/prices';
import type { StoredBookPrice } from '../store/set-codec';
import { isPriceSource } from './price-book';

type PricedRow = Pick<Holding, 'connectionId' | 'venue' | 'kind' | 'priceUsd' | 'sourceUpdatedAt' | 'fetchedAt'>;

/**
 * Where a row's price came from (originOfRow), knowing that a venue which never prices its tokens
 * (Cadenza) took every token price from the book: with nothing recorded, its snapshot was stored before
 * origins were, and the source is unknown.
 */
export function rowPriceOrigin(row: PricedRow, recorded: StoredBookPrice | undefined): PriceOrigin | null {
  const origin = originOfRow(row, recorded);
  if (origin?.kind === 'venue' && row.kind === 'token' && !isPriceSource(row.venue)) return { kind: 'book', venue: null, connectionId: null, at: null };
  return origin;
}
