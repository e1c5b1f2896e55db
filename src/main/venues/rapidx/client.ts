import type { ClientContext, VenueClient } from '../connector';
import { createSignedGet, readTrading, tradingEndpoints, type Endpoint } from '../ltp-family/client';
import { parseAnswer } from '../shared/answer-schemas';
import { withJitterMargin } from '../shared/rate-limit';
import { NameCache } from '../shared/name-cache';
import { readMetaOf } from '../shared/read-meta';
import { rapidxCodes } from './errors';
import { normaliseUserAssets } from './normalise';
import { readAccountNames } from './account-names';
import { UserAssets } from './schemas';

/** 20 requests per second (venue-docs/rapidx-all-portfolio-assets.txt). */
export const documentedRate = { count: 20, perMs: 1_000 };

export const userAssetEndpoint: Endpoint = {
  path: '/api/v1/user/asset',
  endpointClass: 'rapidx-user-asset',
  rate: withJitterMargin(documentedRate),
};

/** 300 requests per 60 s (one older page says 20 per 10 s: the same rate). */
export const positionDocumentedRate = { count: 300, perMs: 60_000 };

export const rapidxTradingEndpoints = tradingEndpoints('rapidx', positionDocumentedRate);

/**
 * One unpaged request returns every portfolio of a main-portfolio key (a sub-portfolio key gets 2003);
 * the same read takes the key's positions and margin, and the portfolio names about once an hour.
 */
export interface RapidxClientOptions {
  /** The clock that ages the cached names; context.now, which also dates the signed nonce, by default. */
  readonly namesClock?: () => Date;
}

export function createRapidxClient(context: ClientContext, options: RapidxClientOptions = {}): VenueClient {
  const get = createSignedGet('rapidx', context, rapidxCodes);
  const names = new NameCache((signal) => readAccountNames(get, signal), 'RapidX portfolio names', { now: options.namesClock ?? context.now });
  return {
    async read(signal) {
      const portfolios = parseAnswer(UserAssets, await get(userAssetEndpoint, [], signal), 'rapidx', `GET ${userAssetEndpoint.path}`);
      const trading = await readTrading('rapidx', get, rapidxTradingEndpoints, signal);
      const lookup = await names.get(signal);
      return normaliseUserAssets(portfolios, readMetaOf(context), { trading, names: lookup });
    },
  };
}
