import type { VenueRead } from '../connector';
import type { AssetRecord } from '../ltp-family/schemas';
import type { ReadMeta } from '../shared/read-meta';
import { assembleLtpFamilyRead, type ReadExtras } from '../ltp-family/normalise';
import { VenueError } from '../shared/venue-error';

/** All pages of the key's one portfolio, with its positions and margin; an empty portfolio is still one portfolio. */
export function normalisePortfolioAssets(records: readonly AssetRecord[], meta: ReadMeta, extras: ReadExtras = {}): VenueRead {
  const portfolioIds = new Set(records.map((record) => record.portfolioId));
  // The key decides the portfolio (venues.md §2.2): records of another one would be filed under the wrong account.
  if (portfolioIds.size > 1) throw new VenueError('bad_response', 'connex', `assets of ${portfolioIds.size} portfolios in the answer of a one-portfolio key`);
  return assembleLtpFamilyRead({ venue: 'connex', assets: records, accountCount: 1, meta, ...extras });
}
