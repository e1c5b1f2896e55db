import type { VenueRead } from '../connector';
import { assetRecordToHolding, type AssetRecord, type ReadMeta } from '../ltp-family/asset-record';
import { VenueError } from '../shared/venue-error';

/** All pages of the key's one portfolio; an empty portfolio is still one portfolio. */
export function normalisePortfolioAssets(records: readonly AssetRecord[], meta: ReadMeta): VenueRead {
  const portfolioIds = new Set(records.map((record) => record.portfolioId));
  // The key decides the portfolio (venues.md §2.2): records of another one would be filed under the wrong account.
  if (portfolioIds.size > 1) throw new VenueError('bad_response', 'connex', `assets of ${portfolioIds.size} portfolios in the answer of a one-portfolio key`);
  return {
    holdings: records.map((record) => assetRecordToHolding(record, 'connex', meta)),
    positions: [],
    accountTotals: [],
    accountCount: 1,
    warnings: [],
  };
}
