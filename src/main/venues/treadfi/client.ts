import type { z } from 'zod';
import { TokenCredentials } from '../../../shared/domain/venue';
import type { ClientContext, VenueClient } from '../connector';
import { parseAnswer } from '../shared/answer-schemas';
import { createVenueHttp, errorForStatus, type HttpAnswer } from '../shared/http';
import type { Rate } from '../shared/rate-limit';
import { maskSecrets, maskThenTruncate, maskedError } from '../shared/masking';
import { retryAfterMs } from '../shared/retry-after';
import { VenueError } from '../shared/venue-error';
import { readMetaOf } from '../shared/read-meta';
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

/** A 2xx JSON answer checked against its schema; anything else a VenueError. */
export function interpret<S extends z.ZodType>(answer: HttpAnswer, schema: S, endpoint: string, token = ''): z.output<S> {
  if (answer.status >= 200 && answer.status < 300 && answer.body !== undefined) return parseAnswer(schema, answer.body, 'treadfi', endpoint);
  throw withoutToken(errorOf(answer, endpoint, token), token);
}

function errorOf(answer: HttpAnswer, endpoint: string, token: string): VenueError {
  const detail = `${venueSaid(answer, token)} from ${endpoint}`;
  // DRF also says the wait in its detail, which errorForStatus does not read.
  if (answer.status === 429) return new VenueError('rate_limit', 'treadfi', `HTTP 429, ${detail}`, waitOf(answer));
  return errorForStatus('treadfi', answer, detail);
}

/**
 * DRF puts its reason in `detail`; other fronts (proxies, the WAF) may not answer JSON at all. The
 * token is masked before the reason is shortened: a cut through an echoed token would leave its start.
 */
function venueSaid(answer: HttpAnswer, token: string): string {
  const body = answer.body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const fields = body as Record<string, unknown>;
    const said = [fields.detail, fields.message, fields.error].find((value): value is string => typeof value === 'string' && value.trim() !== '');
    if (said !== undefined) return `“${maskThenTruncate(said.replace(/\s+/g, ' ').trim(), [token], 200)}”`;
  }
  if (body !== undefined) return 'no reason given';
  if (answer.text.trim() === '') return 'an empty body';
  return /<html|<!doctype/i.test(answer.text) ? 'an HTML page' : 'a body that is not JSON';
}

/** The header where there is one (shared reading); else DRF's own sentence, "Expected available in N seconds". */
function waitOf(answer: HttpAnswer): number | undefined {
  const header = retryAfterMs(answer.headers);
  if (header !== undefined) return header;
  const detail = (answer.body as { detail?: unknown } | undefined)?.detail;
  const seconds = typeof detail === 'string' ? /available in (\d+) seconds?/i.exec(detail)?.[1] : undefined;
  return seconds === undefined ? undefined : Number(seconds) * 1000;
}

function tokenOf(context: ClientContext): string {
  const parsed = TokenCredentials.safeParse(context.credentials);
  if (!parsed.success) throw new VenueError('auth', 'treadfi', 'this connection has no API token');
  // fetch would reject a header with other characters, quoting the whole header in its error.
  if (!/^[\x21-\x7e]+$/.test(parsed.data.token)) throw new VenueError('auth', 'treadfi', 'the API token has characters no API token contains');
  return parsed.data.token;
}

/** Whatever a venue or a proxy echoes, the token stays out of messages and logs. */
function withoutToken(error: unknown, token: string): unknown {
  return maskedError(error, (text) => maskSecrets(text, [token]));
}
