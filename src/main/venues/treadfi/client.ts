import { TokenCredentials } from '../../../shared/domain/venue';
import type { ClientContext, VenueClient } from '../connector';
import { createVenueHttp, type HttpAnswer } from '../shared/http';
import type { Rate } from '../shared/rate-limit';
import { readMetaOf } from '../shared/read-meta';
import { VenueError } from '../shared/venue-error';
import { interpret, withoutToken } from './errors';
import { normaliseCached, normaliseFallback } from './normalise';
import { AccountsAnswer, BalancesAnswer, CachedAnswer } from './schemas';

export interface TreadfiClientOptions {
  /** ASSUMPTION (venues.md §5.2): most of the docs say `Token`, a few examples `Bearer`. */
  readonly authScheme?: 'Token' | 'Bearer';
  /** Tread.fi documents no limit; a key may prove the default too careful or not careful enough. */
  readonly rate?: Rate;
}

/** Conservative, for want of a documented limit: a read is 2–3 requests. */
export const treadfiDefaultRate: Rate = { count: 2, perMs: 1_000 };

const treadfiEndpoints = {
  accounts: '/api/accounts/',
  cached: '/api/sor/get_cached_account_balance',
  balances: '/api/balances/',
} as const;

// venues.md §5.2: app.tread.fi seems to sit behind a WAF that may turn away non-browser user agents.
const browserUserAgent = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/**
 * Reads /api/accounts/ (with archived accounts, to know which to leave out), then the cached balances;
 * where the cached endpoint is missing or failing, /api/balances/ instead.
 */
export function createTreadfiClient(context: ClientContext, options: TreadfiClientOptions = {}): VenueClient {
  const baseUrl = context.baseUrl.replace(/\/+$/, '');
  const http = createVenueHttp('treadfi', baseUrl, context.http);
  const rate = options.rate ?? treadfiDefaultRate;
  const scheme = options.authScheme ?? 'Token';

  return {
    async read(signal) {
      const token = tokenOf(context);
      const get = async (path: string, searchParams?: [string, string][]) => {
        try {
          return await http.send({
            method: 'GET',
            path,
            searchParams,
            headers: { Authorization: `${scheme} ${token}`, Accept: 'application/json', 'User-Agent': browserUserAgent },
            endpointClass: 'api',
            rate,
            signal,
          });
        } catch (error) {
          throw withoutToken(error, token);
        }
      };

      const accounts = interpret(await get(treadfiEndpoints.accounts, [['include_archived', 'true']]), AccountsAnswer, treadfiEndpoints.accounts, token);
      const cached = await get(treadfiEndpoints.cached);
      if (!cachedUnavailable(cached)) {
        const answer = interpret(cached, CachedAnswer, treadfiEndpoints.cached, token);
        return normaliseCached(answer, accounts, readMetaOf(context));
      }
      const balances = interpret(await get(treadfiEndpoints.balances), BalancesAnswer, treadfiEndpoints.balances, token);
      return normaliseFallback(balances, accounts, readMetaOf(context), `HTTP ${cached.status}`);
    },
  };
}

/**
 * Missing (404, 405, 410) or still failing after the retries (5xx): /api/balances/ may well answer.
 * Never on 401/403 (the same token fails there too), 429 (so would the fallback), a 2xx we cannot
 * read (a changed API to report, not to hide), or a timeout or network failure (thrown before this:
 * the same host would most likely fail the same way, doubling the wait).
 */
function cachedUnavailable(answer: HttpAnswer): boolean {
  return answer.status === 404 || answer.status === 405 || answer.status === 410 || answer.status >= 500;
}

function tokenOf(context: ClientContext): string {
  const parsed = TokenCredentials.safeParse(context.credentials);
  if (!parsed.success) throw new VenueError('auth', 'treadfi', 'this connection has no API token');
  // fetch would reject a header with other characters, quoting the whole header in its error.
  if (!/^[\x21-\x7e]+$/.test(parsed.data.token)) throw new VenueError('auth', 'treadfi', 'the API token has characters no API token contains');
  return parsed.data.token;
}

export { interpret } from './errors';
