import { z } from 'zod';
import { integerText } from '../shared/answer-schemas';
import { AssetRecord } from '../ltp-family/schemas';

/** `data` of one page of GET /api/v1/trading/portfolio/assets. */
export const AssetPage = z.looseObject({
  page: integerText,
  pageSize: integerText.refine((size) => size >= 1, 'expected a page size of at least 1'),
  // Ambiguous in the docs (current page or page count), so never used: the count comes from totalSize.
  pageNum: integerText.optional(),
  totalSize: integerText.refine((total) => total >= 0, 'expected a total of at least 0'),
  list: z.array(AssetRecord),
});
export type AssetPage = z.infer<typeof AssetPage>;
