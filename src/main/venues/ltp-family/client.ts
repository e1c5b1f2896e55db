import type { ReadWarning } from '../../../shared/domain/holding';
import type { VenueId } from '../../../shared/domain/venue';
import type { ClientContext } from '../connector';
import { parseAnswer } from '../shared/answer-schemas';
import { createVenueHttp, type VenueHttp } from '../shared/http';
import { withJitterMargin, type Rate } from '../shared/rate-limit';
import { VenueError } from '../shared/venue-error';
import { isSoftRateLimit, ltpFamilyCodes, unwrapEnvelope, type CodeTable } from './errors';
import { MarginAccountList, PositionList, type MarginAccountRecord, type PositionRecord } from './schemas';
import { signedHeaders, sortParams, type QueryParams } from './signing';

export interface Endpoint {
  readonly path: string;
  /** Requests of one class share one rate gate per host. */
  readonly endpointClass: string;
  readonly rate: Rate;
}

export interface SignedGet {
  /** The envelope's `data` of one signed GET, or the VenueError the answer means. */
  (endpoint: Endpoint, params: QueryParams, signal?: AbortSignal): Promise<unknown>;
}

/** The one request path of the LTP family: sign, send through the shared HTTP layer, unwrap the envelope. */
export function createSignedGet(venue: VenueId, context: ClientContext, codes: CodeTable = ltpFamilyCodes): SignedGet {
  const credentials = context.credentials;
  const http: VenueHttp = createVenueHttp(venue, context.baseUrl, context.http, isSoftRateLimit);
  return async (endpoint, params, signal) => {
    if (!('apiKey' in credentials)) throw new VenueError('auth', venue, 'this connection has no API key and secret');
    const sorted = sortParams(params);
    const answer = await http.send({
      method: 'GET',
      path: endpoint.path,
      searchParams: sorted,
      // ky's retries resend these headers: the nonce stays within the venue's ±60 s for the retry policy's delays.
      headers: signedHeaders(credentials, sorted, context.now()),
      endpointClass: endpoint.endpointClass,
      rate: endpoint.rate,
      signal,
    });
    return unwrapEnvelope(venue, `GET ${endpoint.path}`, answer, codes);
  };
}

/** `GET /api/v1/trading/account`: 2 requests per second on both venues (venue-docs/ltp-family-positions-and-account.md). */
export const accountDocumentedRate = { count: 2, perMs: 1_000 };

export function tradingEndpoints(venue: 'rapidx' | 'connex', positionRate: { count: number; perMs: number }): TradingEndpoints {
  return {
    position: { path: '/api/v1/trading/position', endpointClass: `${venue}-trading-position`, rate: withJitterMargin(positionRate) },
    account: { path: '/api/v1/trading/account', endpointClass: `${venue}-trading-account`, rate: withJitterMargin(accountDocumentedRate) },
  };
}

export interface TradingEndpoints {
  readonly position: Endpoint;
  readonly account: Endpoint;
}

export interface TradingAnswers {
  readonly positions: readonly PositionRecord[];
  readonly accounts: readonly MarginAccountRecord[];
  readonly warnings: readonly ReadWarning[];
}

/**
 * Failures that leave the balances worth storing: a key that may not read this endpoint, or an answer
 * Holdfast no longer understands. Anything transient (rate limit, server, network) fails the whole read
 * instead, to be retried: a snapshot whose positions vanished for a moment would show a change that
 * never happened.
 */
const PARTIAL_KINDS: ReadonlySet<string> = new Set(['permission', 'bad_response']);

async function partial<T>(what: string, read: () => Promise<T[]>): Promise<{ records: T[]; warning: ReadWarning | null }> {
  try {
    return { records: await read(), warning: null };
  } catch (error) {
    if (!(error instanceof VenueError) || !PARTIAL_KINDS.has(error.kind)) throw error;
    return { records: [], warning: { accountId: null, accountLabel: null, message: `${what} were not read, so this read has the balances without them: ${error.message}` } };
  }
}

/**
 * Positions and per-exchange margin of the key's portfolio, one request each, after the assets and one
 * after the other: a read that fails stops at its first failure, as it did before positions were read.
 */
export async function readTrading(venue: 'rapidx' | 'connex', get: SignedGet, endpoints: TradingEndpoints, signal?: AbortSignal): Promise<TradingAnswers> {
  const positions = await partial('Positions', async () => parseAnswer(PositionList, await get(endpoints.position, [], signal), venue, `GET ${endpoints.position.path}`));
  const accounts = await partial('Margin accounts', async () => parseAnswer(MarginAccountList, await get(endpoints.account, [], signal), venue, `GET ${endpoints.account.path}`));
  return {
    positions: positions.records,
    accounts: accounts.records,
    warnings: [positions.warning, accounts.warning].filter((warning): warning is ReadWarning => warning !== null),
  };
}
