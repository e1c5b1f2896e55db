import type { VenueRead } from '../connector';
import { assetRecordToHolding, type ReadMeta } from '../ltp-family/asset-record';
import type { UserAssets } from './schemas';

/** Every portfolio of the key's user, empty ones included in the count. */
export function normaliseUserAssets(portfolios: UserAssets, meta: ReadMeta): VenueRead {
  const records = Object.values(portfolios).flat();
  return {
    holdings: records.map((record) => assetRecordToHolding(record, 'rapidx', meta)),
    positions: [],
    accountTotals: [],
    accountCount: Object.keys(portfolios).length,
    warnings: [],
  };
}
