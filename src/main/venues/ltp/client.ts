import type { ClientContext, VenueClient } from '../connector';
import { createSignedGet, type Endpoint } from '../ltp-family/client';
import type { QueryParams } from '../ltp-family/signing';
import { parseAnswer } from '../shared/answer-schemas';
import { withJitterMargin } from '../shared/rate-limit';
import { readMetaOf } from '../shared/read-meta';
import { ltpCodes } from './errors';
import { normaliseAccountCurrencyInfo } from './normalise';
import { AccountCurrencyInfo } from './schemas';

/** The LTP page shows no limit; the ConneX copy of the same endpoint says 3 per 10 s, the conservative value (venues.md §1.6). */
export const documentedRate = { count: 3, perMs: 10_000 };

export const accountCurrencyInfoEndpoint: Endpoint = {
  path: '/api/v1/asset/getAccountCurrencyInfo',
  endpointClass: 'ltp-account-currency-info',
  rate: withJitterMargin(documentedRate),
};

export interface LtpReadOptions {
  /** Only these accounts (sent comma-separated). */
  readonly accountIds?: readonly string[];
  /** Only this currency; the venue takes one at a time. */
  readonly currency?: string;
}

/** Every DMA account, wallet and the funding account the key's user can see, in one request. */
export function createLtpClient(context: ClientContext, options: LtpReadOptions = {}): VenueClient {
  const get = createSignedGet('ltp', context, ltpCodes);
  const params: QueryParams = [
    ...(options.accountIds && options.accountIds.length > 0 ? [['accountId', options.accountIds.join(',')] as const] : []),
    ...(options.currency === undefined ? [] : [['currency', options.currency] as const]),
  ];
  return {
    async read(signal) {
      const data = await get(accountCurrencyInfoEndpoint, params, signal);
      const wallets = parseAnswer(AccountCurrencyInfo, data, 'ltp', `GET ${accountCurrencyInfoEndpoint.path}`);
      return normaliseAccountCurrencyInfo(wallets, readMetaOf(context));
    },
  };
}
