import type { VenueRead } from '../connector';
import type { ReadMeta } from '../shared/read-meta';
import { assembleLtpFamilyRead, type ReadExtras } from '../ltp-family/normalise';
import type { UserAssets } from './schemas';

/** Every portfolio of the key's user, empty ones included in the count, with the key's positions and margin. */
export function normaliseUserAssets(portfolios: UserAssets, meta: ReadMeta, extras: ReadExtras = {}): VenueRead {
  return assembleLtpFamilyRead({ venue: 'rapidx', assets: Object.values(portfolios).flat(), accountCount: Object.keys(portfolios).length, meta, ...extras });
}
