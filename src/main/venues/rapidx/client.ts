import type { ClientContext, VenueClient } from '../connector';
import { createSignedGet, withJitterMargin, type Endpoint } from '../ltp-family/signed-get';
import { parseAnswer } from '../shared/answer-schemas';
import { normaliseUserAssets } from './normalise';
import { UserAssets } from './schemas';

/** 20 requests per second (venue-docs/rapidx-all-portfolio-assets.txt). */
export const documentedRate = { count: 20, perMs: 1_000 };

export const userAssetEndpoint: Endpoint = {
  path: '/api/v1/user/asset',
  endpointClass: 'rapidx-user-asset',
  rate: withJitterMargin(documentedRate),
};

/** One unpaged request returns every portfolio of a main-portfolio key; a sub-portfolio key gets 2003. */
export function createRapidxClient(context: ClientContext): VenueClient {
  const get = createSignedGet('rapidx', context);
  return {
    async read(signal) {
      const data = await get(userAssetEndpoint, [], signal);
      const portfolios = parseAnswer(UserAssets, data, 'rapidx', `GET ${userAssetEndpoint.path}`);
      return normaliseUserAssets(portfolios, { connectionId: context.connectionId, fetchedAt: context.now().toISOString() });
    },
  };
}
