import type { ClientContext, VenueClient } from '../connector';
import type { AssetRecord } from '../ltp-family/schemas';
import { createSignedGet, readTrading, tradingEndpoints, type Endpoint } from '../ltp-family/client';
import type { QueryParams } from '../ltp-family/signing';
import { parseAnswer } from '../shared/answer-schemas';
import { withJitterMargin } from '../shared/rate-limit';
import { VenueError } from '../shared/venue-error';
import { readMetaOf } from '../shared/read-meta';
import { connexCodes } from './errors';
import { normalisePortfolioAssets } from './normalise';
import { AssetPage } from './schemas';

/** 150 requests per 60 s (venue-docs/ltp-family-positions-and-account.md). */
export const positionDocumentedRate = { count: 150, perMs: 60_000 };

export const connexTradingEndpoints = tradingEndpoints('connex', positionDocumentedRate);

/** 20 requests per second (venue-docs/connex-portfolio-assets.txt). */
export const documentedRate = { count: 20, perMs: 1_000 };

export const portfolioAssetsEndpoint: Endpoint = {
  path: '/api/v1/trading/portfolio/assets',
  endpointClass: 'connex-portfolio-assets',
  rate: withJitterMargin(documentedRate),
};

/**
 * Far under the documented default of 1000 because the maximum is not stated (code 400002 exists);
 * a read of a few pages costs little at 20 requests per second.
 */
export const DEFAULT_PAGE_SIZE = 25;
/** A totalSize this far off means a broken answer, not a portfolio: stop instead of paging for ever. */
const MAX_PAGES = 1_000;

export interface ConnexReadOptions {
  /** Only this exchange's assets (BINANCE, OKX, ...). */
  readonly exchangeType?: string;
  readonly pageSize?: number;
}

/** The key's one portfolio, paged until ceil(totalSize / pageSize) pages are read. */
export function createConnexClient(context: ClientContext, options: ConnexReadOptions = {}): VenueClient {
  const get = createSignedGet('connex', context, connexCodes);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const endpoint = `GET ${portfolioAssetsEndpoint.path}`;

  async function page(number: number, signal?: AbortSignal): Promise<AssetPage> {
    const params: QueryParams = [
      ...(options.exchangeType === undefined ? [] : [['exchangeType', options.exchangeType] as const]),
      ['page', String(number)],
      ['pageSize', String(pageSize)],
    ];
    return parseAnswer(AssetPage, await get(portfolioAssetsEndpoint, params, signal), 'connex', endpoint);
  }

  async function allPages(signal?: AbortSignal): Promise<AssetRecord[]> {
    const records: AssetRecord[] = [];
    for (let number = 1; ; number++) {
      const answer = await page(number, signal);
      records.push(...answer.list);
      // The venue's own page size counts, in case it capped ours.
      const pageCount = Math.ceil(answer.totalSize / answer.pageSize);
      if (number >= pageCount || answer.list.length === 0) return records;
      if (number >= MAX_PAGES) throw new VenueError('bad_response', 'connex', `${endpoint}: totalSize ${answer.totalSize} needs more than ${MAX_PAGES} pages`);
    }
  }

  return {
    async read(signal) {
      // The portfolio list is not documented for ConneX (venues.md §3.2): its portfolios keep their ids as labels.
      const records = await allPages(signal);
      const trading = await readTrading('connex', get, connexTradingEndpoints, signal);
      return normalisePortfolioAssets(records, readMetaOf(context), { trading });
    },
  };
}
