import { z } from 'zod';
import { AssetRecord } from '../ltp-family/schemas';

/** `data` of GET /api/v1/user/asset: portfolioId → that portfolio's asset records. */
export const UserAssets = z.record(z.string().min(1), z.array(AssetRecord)).superRefine((portfolios, context) => {
  for (const [portfolioId, records] of Object.entries(portfolios)) {
    records.forEach((record, index) => {
      // A record filed under another portfolio's key would put its money in the wrong account.
      if (record.portfolioId !== portfolioId) {
        context.addIssue({ code: 'custom', path: [portfolioId, index, 'portfolioId'], message: `expected ${portfolioId}` });
      }
    });
  }
});
export type UserAssets = z.infer<typeof UserAssets>;
