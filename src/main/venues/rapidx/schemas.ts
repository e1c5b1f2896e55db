import { z } from 'zod';
import { AssetRecord } from '../ltp-family/schemas';

/**
 * `data` of GET /api/v1/user/asset: portfolioId → that portfolio's asset records. The check pushes its
 * issue itself: superRefine would add an `addIssue` method to zod's payload object, and that one change
 * of its shape slowed every later field of every answer (about 3 ms of a 1,000-holding read).
 */
export const UserAssets = z.record(z.string().min(1), z.array(AssetRecord)).check((payload) => {
  for (const [portfolioId, records] of Object.entries(payload.value)) {
    records.forEach((record, index) => {
      // A record filed under another portfolio's key would put its money in the wrong account.
      if (record.portfolioId !== portfolioId) {
        payload.issues.push({ code: 'custom', input: record.portfolioId, path: [portfolioId, index, 'portfolioId'], message: `expected ${portfolioId}` });
      }
    });
  }
});
export type UserAssets = z.infer<typeof UserAssets>;
